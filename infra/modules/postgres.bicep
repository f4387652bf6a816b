// Azure Database for PostgreSQL flexible server with Kollega's database.

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('Server name, globally unique (it becomes <name>.postgres.database.azure.com).')
param name string

@description('Compute SKU, e.g. Standard_B1ms (Burstable) or Standard_D2ds_v5 (GeneralPurpose).')
param skuName string

@description('Compute tier; it must match skuName.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param skuTier string

@description('Storage in GB.')
param storageSizeGB int

@description('High availability. Burstable servers cannot have it, so there it is always Disabled.')
@allowed([
  'Disabled'
  'SameZone'
  'ZoneRedundant'
])
param highAvailability string

@description('Days of point-in-time backups.')
@minValue(7)
@maxValue(35)
param backupRetentionDays int

@description('Administrator login; Kollega connects as this user.')
param administratorLogin string

@description('Administrator password.')
@secure()
param administratorLoginPassword string

@description('The database Kollega uses.')
param databaseName string

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: skuName
    tier: skuTier
  }
  properties: {
    version: '16'
    createMode: 'Default'
    administratorLogin: administratorLogin
    administratorLoginPassword: administratorLoginPassword
    authConfig: {
      activeDirectoryAuth: 'Disabled'
      passwordAuth: 'Enabled'
    }
    storage: {
      storageSizeGB: storageSizeGB
    }
    backup: {
      backupRetentionDays: backupRetentionDays
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: skuTier == 'Burstable' ? 'Disabled' : highAvailability
    }
    network: {
      publicNetworkAccess: 'Enabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: server
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// 0.0.0.0-0.0.0.0 is Azure's special rule "allow Azure services": the web app's outbound addresses are shared and
// change with scaling, so there is no fixed address to allow. It also admits other Azure tenants' resources to the
// port; TLS (the server requires it) and the password protect the data. For a closed network use VNet integration
// and a server with private access instead (chosen when the server is created; see infra/README.md).
resource allowAzureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: server
  name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

output fqdn string = server.properties.fullyQualifiedDomainName
output databaseName string = database.name
