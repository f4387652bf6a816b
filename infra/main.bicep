// Kollega in Azure, one environment per resource group: web app (Node 22, Linux), PostgreSQL flexible server,
// Key Vault, Azure Bot with its Teams channel, Log Analytics and Application Insights.
// Deploy: see infra/README.md. The Entra ID app registration is made outside this template.
targetScope = 'resourceGroup'

// --- Environment ---

@description('The environment; it picks the default sizes below and Key Vault\'s purge protection (prod).')
@allowed([
  'test'
  'prod'
])
param environmentName string

@description('Azure region of every regional resource (the bot is global).')
param location string = resourceGroup().location

@description('Start of every resource name: lower-case letters and digits, at most 10 (Key Vault names are short).')
@minLength(2)
@maxLength(10)
param namePrefix string = 'kollega'

// --- Bot and its app registration ---

@description('MicrosoftAppId: the app (client) id of the Entra app registration the bot signs in as.')
param botAppId string

@description('MicrosoftAppTenantId: the tenant of that app registration.')
param tenantId string

@description('MicrosoftAppPassword: a client secret of that app registration. Stored in Key Vault.')
@secure()
param botAppPassword string

@description('Azure Bot pricing tier: F0 (free) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = environmentName == 'prod' ? 'S1' : 'F0'

// --- Microsoft Graph (empty: no Graph; coordinators add people to teams by hand) ---

@description('GRAPH_TENANT_ID: the tenant that hosts the networks\' teams. Empty: no Graph.')
param graphTenantId string = ''

@description('GRAPH_CLIENT_ID: the app registration with the Graph permissions; may be the bot\'s own (botAppId).')
param graphClientId string = ''

@description('GRAPH_CLIENT_SECRET: its client secret. Stored in Key Vault.')
@secure()
param graphClientSecret string = ''

@description('GRAPH_TOKEN_CACHE_KEY: 32 random bytes in base64 (openssl rand -base64 32) sealing coordinators\' delegated tokens. Needs Graph and the tab\'s sign-in. Stored in Key Vault. Empty: application permissions only.')
@secure()
param graphTokenCacheKey string = ''

@description('TEAMS_APP_ID: Kollega\'s id in the tenant\'s Teams app catalog (after publishing), to install it for coordinators. Optional.')
param teamsAppCatalogId string = ''

@description('TEAMS_MANIFEST_ID: the Teams app\'s manifest id (the Agents Toolkit\'s TEAMS_APP_ID), for links from cards into the tab. Empty: the bot\'s app id.')
param teamsManifestId string = ''

@description('GUEST_INVITE_REDIRECT_URL: where a B2B guest lands after accepting. Empty: https://teams.microsoft.com.')
param guestInviteRedirectUrl string = ''

// --- The tab's sign-in (Teams SSO) ---

@description('TAB_ALLOWED_TENANTS: the tenants whose staff may sign in to the tab, comma-separated GUIDs. Empty: no Teams sign-in to the tab.')
param tabAllowedTenants string = ''

@description('TAB_APP_ID_URI: the Application ID URI the app registration exposes. Empty: api://<web app host>/<botAppId>. Used only with tabAllowedTenants.')
param tabAppIdUri string = ''

// --- Events ---

@description('EVENT_REMINDERS: minutes before an event when those going are reminded, comma-separated; empty: none.')
param eventReminders string = '1440,15'

@description('OUTBOX_LEASE_SECONDS: how long an instance holds a piece of outbox work; after a crash another takes it over then.')
@minValue(2)
@maxValue(3600)
param outboxLeaseSeconds int = 60

// --- Personal data ---

@description('PERSONAL_DATA_RETENTION_DAYS: days personal data is kept before the nightly sweep removes or anonymises it.')
@minValue(30)
@maxValue(3650)
param personalDataRetentionDays int = 1095

// --- Web app ---

@description('App Service plan SKU (Linux). Basic or higher.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
  'P3v3'
  'P1mv3'
  'P2mv3'
])
param appServicePlanSku string = environmentName == 'prod' ? 'P0v3' : 'B1'

@description('Number of web app instances (scale-out). Several share the PostgreSQL database.')
@minValue(1)
@maxValue(30)
param instanceCount int = environmentName == 'prod' ? 2 : 1

// --- PostgreSQL ---

@description('PostgreSQL administrator login; Kollega connects as this user. Cannot be changed later.')
param postgresAdminLogin string = 'kollegaadmin'

@description('PostgreSQL administrator password. Written into Key Vault as part of DATABASE-URL.')
@secure()
param postgresAdminPassword string

@description('PostgreSQL compute SKU, e.g. Standard_B1ms (Burstable) or Standard_D2ds_v5 (GeneralPurpose).')
param postgresSkuName string = environmentName == 'prod' ? 'Standard_D2ds_v5' : 'Standard_B1ms'

@description('PostgreSQL compute tier, matching postgresSkuName.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = environmentName == 'prod' ? 'GeneralPurpose' : 'Burstable'

@description('PostgreSQL storage in GB.')
@allowed([
  32
  64
  128
  256
  512
])
param postgresStorageSizeGB int = 32

@description('PostgreSQL high availability (not on Burstable): Disabled, SameZone or ZoneRedundant.')
@allowed([
  'Disabled'
  'SameZone'
  'ZoneRedundant'
])
param postgresHighAvailability string = environmentName == 'prod' ? 'ZoneRedundant' : 'Disabled'

@description('Days of PostgreSQL point-in-time backups, 7 to 35.')
@minValue(7)
@maxValue(35)
param postgresBackupRetentionDays int = environmentName == 'prod' ? 35 : 7

// The Agents Toolkit leaves a ${{NAME}} placeholder in azure.parameters.json as it is when NAME is empty (e.g.
// TEAMS_APP_PUBLISHED_APP_ID before the first publish): such a value means "not set".
func unlessPlaceholder(value string) string => startsWith(value, '\${{') ? '' : value

var teamsAppId = unlessPlaceholder(teamsAppCatalogId)
var manifestId = unlessPlaceholder(teamsManifestId)
var allowedTenants = unlessPlaceholder(tabAllowedTenants)
var tokenCacheKey = unlessPlaceholder(graphTokenCacheKey)

// --- Names: deterministic; the suffix makes the globally unique ones unique ---

var isProd = environmentName == 'prod'
var suffix = uniqueString(resourceGroup().id)
var baseName = '${namePrefix}-${environmentName}'
var tags = {
  app: 'kollega'
  environment: environmentName
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'kollega-monitoring'
  params: {
    location: location
    tags: tags
    workspaceName: '${baseName}-logs'
    appInsightsName: '${baseName}-appi'
  }
}

module database 'modules/postgres.bicep' = {
  name: 'kollega-postgres'
  params: {
    location: location
    tags: tags
    name: '${baseName}-pg-${suffix}'
    skuName: postgresSkuName
    skuTier: postgresSkuTier
    storageSizeGB: postgresStorageSizeGB
    highAvailability: postgresHighAvailability
    backupRetentionDays: postgresBackupRetentionDays
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    databaseName: 'kollega'
  }
}

module webApp 'modules/webApp.bicep' = {
  name: 'kollega-webapp'
  params: {
    location: location
    tags: tags
    planName: '${baseName}-plan'
    siteName: '${baseName}-${suffix}'
    planSku: appServicePlanSku
    instanceCount: instanceCount
  }
}

module keyVault 'modules/keyVault.bicep' = {
  name: 'kollega-keyvault'
  params: {
    location: location
    tags: tags
    name: '${baseName}-${take(suffix, 8)}'
    enablePurgeProtection: isProd
    softDeleteRetentionInDays: isProd ? 90 : 7
    webAppPrincipalId: webApp.outputs.principalId
    botAppPassword: botAppPassword
    graphClientSecret: graphClientSecret
    graphTokenCacheKey: tokenCacheKey
    postgresHost: database.outputs.fqdn
    postgresDatabase: database.outputs.databaseName
    postgresLogin: postgresAdminLogin
    postgresPassword: postgresAdminPassword
  }
}

var webAppHost = webApp.outputs.defaultHostName
var botEndpoint = 'https://${webAppHost}/api/messages'

module appSettings 'modules/appSettings.bicep' = {
  name: 'kollega-appsettings'
  params: {
    siteName: webApp.outputs.name
    appInsightsName: monitoring.outputs.appInsightsName
    keyVaultName: keyVault.outputs.name // after the secrets and the role assignment exist
    hasGraphClientSecret: !empty(graphClientSecret)
    hasGraphTokenCacheKey: !empty(tokenCacheKey)
    botAppId: botAppId
    tenantId: tenantId
    graphTenantId: graphTenantId
    graphClientId: graphClientId
    teamsAppCatalogId: teamsAppId
    guestInviteRedirectUrl: guestInviteRedirectUrl
    publicUrl: 'https://${webAppHost}'
    teamsManifestId: manifestId
    eventReminders: eventReminders
    outboxLeaseSeconds: outboxLeaseSeconds
    personalDataRetentionDays: personalDataRetentionDays
    // Kollega wants both or neither.
    tabAppIdUri: empty(allowedTenants) ? '' : (empty(tabAppIdUri) ? 'api://${webAppHost}/${botAppId}' : tabAppIdUri)
    tabAllowedTenants: allowedTenants
  }
}

module bot 'modules/bot.bicep' = {
  name: 'kollega-bot'
  params: {
    tags: tags
    name: '${baseName}-bot-${suffix}'
    sku: botSku
    botAppId: botAppId
    tenantId: tenantId
    endpoint: botEndpoint
  }
}

// The Agents Toolkit writes these to its environment file upper-cased (webAppHostName -> WEBAPPHOSTNAME).
output webAppName string = webApp.outputs.name
output webAppResourceId string = webApp.outputs.id
output webAppHostName string = webAppHost
output botEndpoint string = botEndpoint
output keyVaultName string = keyVault.outputs.name
output postgresHost string = database.outputs.fqdn
