// The Azure Bot registration that connects Teams to Kollega's /api/messages, with its Teams channel.

@description('Tags for every resource.')
param tags object

@description('Bot resource name (the bot handle), globally unique.')
param name string

@description('F0 (free, limited premium-channel messages) or S1 (standard).')
@allowed([
  'F0'
  'S1'
])
param sku string

@description('The bot app registration\'s app (client) id.')
param botAppId string

@description('The tenant of that app registration.')
param tenantId string

@description('The messaging endpoint, https://<web app host>/api/messages.')
param endpoint string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: 'Kollega'
    endpoint: endpoint
    msaAppId: botAppId
    msaAppTenantId: tenantId
    // Azure no longer creates multi-tenant bots; Kollega's MicrosoftAppType is SingleTenant to match.
    msaAppType: 'SingleTenant'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output name string = bot.name
