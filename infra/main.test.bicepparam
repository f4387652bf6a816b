// The test environment: smallest sizes, one instance, free bot tier, no zone redundancy.
// Secrets and tenant-specific ids come from the deploying shell's environment, never from git; the names are
// Kollega's own (.env.example) plus POSTGRES_ADMIN_PASSWORD. See infra/README.md.
using './main.bicep'

param environmentName = 'test'
param namePrefix = 'kollega'

param botAppId = readEnvironmentVariable('MicrosoftAppId')
param tenantId = readEnvironmentVariable('MicrosoftAppTenantId')
param botAppPassword = readEnvironmentVariable('MicrosoftAppPassword')
param botSku = 'F0'

param graphTenantId = readEnvironmentVariable('GRAPH_TENANT_ID', '')
param graphClientId = readEnvironmentVariable('GRAPH_CLIENT_ID', '')
param graphClientSecret = readEnvironmentVariable('GRAPH_CLIENT_SECRET', '')
param graphTokenCacheKey = readEnvironmentVariable('GRAPH_TOKEN_CACHE_KEY', '')
param teamsAppCatalogId = readEnvironmentVariable('TEAMS_APP_ID', '')
param guestInviteRedirectUrl = ''

param tabAllowedTenants = readEnvironmentVariable('TAB_ALLOWED_TENANTS', '')
param tabAppIdUri = readEnvironmentVariable('TAB_APP_ID_URI', '')

param eventReminders = '1440,15'

param appServicePlanSku = 'B1'
param instanceCount = 1

param postgresAdminLogin = 'kollegaadmin'
param postgresAdminPassword = readEnvironmentVariable('POSTGRES_ADMIN_PASSWORD')
param postgresSkuName = 'Standard_B1ms'
param postgresSkuTier = 'Burstable'
param postgresStorageSizeGB = 32
param postgresHighAvailability = 'Disabled'
param postgresBackupRetentionDays = 7
