// Production: two instances on Premium v3, General Purpose PostgreSQL with zone-redundant high availability and
// 35 days of backups, standard bot tier. Key Vault gets purge protection (main.bicep, from environmentName).
// Secrets and tenant-specific ids come from the deploying shell's environment, never from git; the names are
// Kollega's own (.env.example) plus POSTGRES_ADMIN_PASSWORD. See infra/README.md.
using './main.bicep'

param environmentName = 'prod'
param namePrefix = 'kollega'

param botAppId = readEnvironmentVariable('MicrosoftAppId')
param tenantId = readEnvironmentVariable('MicrosoftAppTenantId')
param botAppPassword = readEnvironmentVariable('MicrosoftAppPassword')
param botSku = 'S1'

param graphTenantId = readEnvironmentVariable('GRAPH_TENANT_ID', '')
param graphClientId = readEnvironmentVariable('GRAPH_CLIENT_ID', '')
param graphClientSecret = readEnvironmentVariable('GRAPH_CLIENT_SECRET', '')
param graphTokenCacheKey = readEnvironmentVariable('GRAPH_TOKEN_CACHE_KEY', '')
param teamsAppCatalogId = readEnvironmentVariable('TEAMS_APP_ID', '')
param guestInviteRedirectUrl = ''

param tabAllowedTenants = readEnvironmentVariable('TAB_ALLOWED_TENANTS', '')
param tabAppIdUri = readEnvironmentVariable('TAB_APP_ID_URI', '')

param eventReminders = '1440,15'

param appServicePlanSku = 'P0v3'
param instanceCount = 2

param postgresAdminLogin = 'kollegaadmin'
param postgresAdminPassword = readEnvironmentVariable('POSTGRES_ADMIN_PASSWORD')
param postgresSkuName = 'Standard_D2ds_v5'
param postgresSkuTier = 'GeneralPurpose'
param postgresStorageSizeGB = 64
param postgresHighAvailability = 'ZoneRedundant'
param postgresBackupRetentionDays = 35
