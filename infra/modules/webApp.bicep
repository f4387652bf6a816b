// The Linux App Service plan and the web app that runs Kollega (bot, tab API, tab and probes on one port).
// App settings are a separate resource (appSettings.bicep), written once Key Vault holds the secrets and the
// app's identity may read them.

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('Name of the App Service plan.')
param planName string

@description('Name of the web app, globally unique (it becomes <name>.azurewebsites.net).')
param siteName string

@description('App Service plan SKU. Basic or higher: Always On and health checks need it.')
param planSku string

@description('Number of instances. Kollega runs on several at once with PostgreSQL.')
@minValue(1)
@maxValue(30)
param instanceCount int

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: planSku
    capacity: instanceCount
  }
  properties: {
    reserved: true // Linux
  }
}

resource site 'Microsoft.Web/sites@2024-11-01' = {
  name: siteName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned' // reads the Key Vault references
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false // any instance serves any request; state is in PostgreSQL
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      // The package is deployed already built (npm run build); App Service sets PORT, which Kollega reads.
      appCommandLine: 'node --disable-warning=DEP0111 dist/bot/main.js'
      alwaysOn: true // the outbox (reminders, card updates) runs in the process
      healthCheckPath: '/readyz' // an instance whose database is unreachable leaves the load balancer
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

// No FTP publishing with a username and password; deployments go through the SCM endpoint.
resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

output name string = site.name
output id string = site.id
output defaultHostName string = site.properties.defaultHostName
output principalId string = site.identity.principalId
