// Key Vault with Kollega's secrets, readable by the web app's managed identity (RBAC, role Key Vault Secrets User).
// Secret names use hyphens: Key Vault does not allow underscores.

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('Key Vault name, globally unique, 3-24 characters.')
@minLength(3)
@maxLength(24)
param name string

@description('Purge protection: a deleted vault and its secrets cannot be purged before the retention ends. Cannot be turned off again.')
param enablePurgeProtection bool

@description('Days a deleted vault or secret can be recovered. Fixed when the vault is created.')
@minValue(7)
@maxValue(90)
param softDeleteRetentionInDays int

@description('Principal id of the web app\'s system-assigned managed identity.')
param webAppPrincipalId string

@description('The bot app registration\'s client secret (MicrosoftAppPassword).')
@secure()
param botAppPassword string

@description('The Graph app registration\'s client secret (GRAPH_CLIENT_SECRET). Empty: no secret is stored.')
@secure()
param graphClientSecret string

@description('The key that seals coordinators\' delegated tokens (GRAPH_TOKEN_CACHE_KEY). Empty: no secret is stored.')
@secure()
param graphTokenCacheKey string

@description('PostgreSQL server host name.')
param postgresHost string

@description('PostgreSQL database name.')
param postgresDatabase string

@description('PostgreSQL login Kollega uses.')
param postgresLogin string

@description('Its password.')
@secure()
param postgresPassword string

// Built-in role "Key Vault Secrets User": read secret values, nothing else.
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionInDays
    // Key Vault refuses false here once it was true, and false is the default: leave it out unless enabled.
    enablePurgeProtection: enablePurgeProtection ? true : null
    publicNetworkAccess: 'Enabled' // App Service reads the references over the public endpoint (no VNet here)
  }
}

resource botAppPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: 'MicrosoftAppPassword'
  properties: {
    value: botAppPassword
  }
}

// Key Vault stores no empty secret; without Graph the app setting stays empty instead.
resource graphClientSecretSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (!empty(graphClientSecret)) {
  parent: vault
  name: 'GRAPH-CLIENT-SECRET'
  properties: {
    value: graphClientSecret
  }
}

resource graphTokenCacheKeySecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (!empty(graphTokenCacheKey)) {
  parent: vault
  name: 'GRAPH-TOKEN-CACHE-KEY'
  properties: {
    value: graphTokenCacheKey
  }
}

// node-postgres reads it. sslmode=verify-full: node-postgres treats require as verify-full anyway (and warns); this
// says so. Azure's server certificate chains to a public root in Node's store, and the host name matches.
resource databaseUrlSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: 'DATABASE-URL'
  properties: {
    value: 'postgresql://${uriComponent(postgresLogin)}:${uriComponent(postgresPassword)}@${postgresHost}:5432/${postgresDatabase}?sslmode=verify-full'
  }
}

resource webAppReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, webAppPrincipalId, keyVaultSecretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: webAppPrincipalId
    principalType: 'ServicePrincipal' // skips the directory lookup that fails while a new identity replicates
  }
}

output name string = vault.name
