// Every environment variable Kollega reads in Azure (see .env.example), as the web app's app settings. Secrets
// are Key Vault references, resolved by App Service with the app's managed identity: no secret value passes
// through this module, which has no secure parameter.

@description('Name of the web app.')
param siteName string

@description('Name of the Application Insights component.')
param appInsightsName string

@description('Name of the Key Vault holding the secrets (its secrets and role assignment already exist).')
param keyVaultName string

@description('Whether Key Vault holds GRAPH-CLIENT-SECRET.')
param hasGraphClientSecret bool

@description('Whether Key Vault holds GRAPH-TOKEN-CACHE-KEY.')
param hasGraphTokenCacheKey bool

@description('MicrosoftAppId: the bot\'s app (client) id.')
param botAppId string

@description('MicrosoftAppTenantId: the bot app registration\'s tenant.')
param tenantId string

@description('GRAPH_TENANT_ID (empty: no Graph).')
param graphTenantId string

@description('GRAPH_CLIENT_ID (empty: no Graph).')
param graphClientId string

@description('TEAMS_APP_ID: the app\'s id in the tenant\'s Teams app catalog (empty: not installed for coordinators).')
param teamsAppCatalogId string

@description('GUEST_INVITE_REDIRECT_URL (empty: https://teams.microsoft.com).')
param guestInviteRedirectUrl string

@description('PUBLIC_URL: Kollega\'s https address.')
param publicUrl string

@description('TEAMS_MANIFEST_ID: the Teams app\'s manifest id, for links from cards into the tab; empty: the bot\'s app id.')
param teamsManifestId string

@description('EVENT_REMINDERS: minutes before an event, comma-separated.')
param eventReminders string

@description('OUTBOX_LEASE_SECONDS: how long an instance holds a piece of outbox work.')
param outboxLeaseSeconds int

@description('PERSONAL_DATA_RETENTION_DAYS: days personal data is kept.')
param personalDataRetentionDays int

@description('TAB_APP_ID_URI (empty: no Teams sign-in to the tab).')
param tabAppIdUri string

@description('TAB_ALLOWED_TENANTS, comma-separated tenant ids.')
param tabAllowedTenants string

resource site 'Microsoft.Web/sites@2024-11-01' existing = {
  name: siteName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' existing = {
  name: keyVaultName
}

// Versionless: App Service picks up a rotated secret by itself (within a day, or at once on a restart).
var secrets = '${vault.properties.vaultUri}secrets'

resource appSettings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    // Server. PORT is left out: App Service sets it and Kollega listens on it.
    NODE_ENV: 'production'
    HOST: '0.0.0.0'
    // Storage: PostgreSQL, shared by every instance.
    DATABASE_URL: '@Microsoft.KeyVault(SecretUri=${secrets}/DATABASE-URL)'
    // Bot registration.
    MicrosoftAppId: botAppId
    MicrosoftAppPassword: '@Microsoft.KeyVault(SecretUri=${secrets}/MicrosoftAppPassword)'
    MicrosoftAppType: 'SingleTenant'
    MicrosoftAppTenantId: tenantId
    // Microsoft Graph (all three or none).
    GRAPH_TENANT_ID: graphTenantId
    GRAPH_CLIENT_ID: graphClientId
    GRAPH_CLIENT_SECRET: hasGraphClientSecret ? '@Microsoft.KeyVault(SecretUri=${secrets}/GRAPH-CLIENT-SECRET)' : ''
    TEAMS_APP_ID: teamsAppCatalogId
    GUEST_INVITE_REDIRECT_URL: guestInviteRedirectUrl
    // Events.
    PUBLIC_URL: publicUrl
    TEAMS_MANIFEST_ID: teamsManifestId
    EVENT_REMINDERS: eventReminders
    // Several instances: how soon a crashed one's outbox work is taken over.
    OUTBOX_LEASE_SECONDS: string(outboxLeaseSeconds)
    // Personal data.
    PERSONAL_DATA_RETENTION_DAYS: string(personalDataRetentionDays)
    // The tab's sign-in and the on-behalf-of flow.
    TAB_APP_ID_URI: tabAppIdUri
    TAB_ALLOWED_TENANTS: tabAllowedTenants
    GRAPH_TOKEN_CACHE_KEY: hasGraphTokenCacheKey ? '@Microsoft.KeyVault(SecretUri=${secrets}/GRAPH-TOKEN-CACHE-KEY)' : ''
    // App Service and Application Insights.
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
    ApplicationInsightsAgent_EXTENSION_VERSION: '~3'
    WEBSITE_RUN_FROM_PACKAGE: '1' // the deployed zip is mounted read-only; Kollega writes nothing beside its code
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false' // the zip holds dist/ and production node_modules already
  }
}
