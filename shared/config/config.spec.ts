import path from 'node:path';
import fs from 'node:fs';
import { ConfigError, envSchema, loadConfig } from './config';

const appId = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const tenantId = '6f1c4a2e-3b7d-4c8e-9a15-2d0b7e5f8c41';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('loadConfig', () => {
  it('runs on its embedded defaults with an empty environment: SQLite in ./data, port 3978, local bot mode', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3978);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toBe(path.resolve('data'));
    expect(config.bot).toBeUndefined();
    expect(config.botFrameworkSettings).toEqual({});
  });

  it('treats empty variables (as .env files leave them) as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', MicrosoftAppId: ' ', PORT: '4000' })).toMatchObject({
      databaseUrl: undefined,
      bot: undefined,
      port: 4000,
    });
  });

  it('takes bot credentials and hands every Bot Framework setting to the adapter', () => {
    const config = loadConfig({
      MicrosoftAppId: appId,
      MicrosoftAppPassword: 's3cret',
      MicrosoftAppTenantId: tenantId,
      BotOpenIdMetadata: 'http://127.0.0.1:5000/.well-known/openid-configuration',
    });
    expect(config.bot).toEqual({ appId, appPassword: 's3cret', appType: 'SingleTenant', tenantId });
    expect(config.botFrameworkSettings).toMatchObject({
      MicrosoftAppId: appId,
      MicrosoftAppType: 'SingleTenant',
      BotOpenIdMetadata: 'http://127.0.0.1:5000/.well-known/openid-configuration',
    });
  });

  it.each([
    [{ PORT: 'eighty' }, /^PORT: /],
    [{ PORT: '70000' }, /^PORT: /],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL: /],
    [{ NODE_ENV: 'staging' }, /^NODE_ENV: /],
    [{ DATABASE_URL: 'mysql://x@y/z' }, /^DATABASE_URL: .*postgres/],
    [{ DATABASE_SCHEMA: 'x' }, /^DATABASE_SCHEMA: .*DATABASE_URL/],
    [{ DATABASE_URL: 'postgres://h/db', DATABASE_SCHEMA: 'Bad-Name' }, /^DATABASE_SCHEMA: /],
    [{ MicrosoftAppId: 'not-a-guid', MicrosoftAppPassword: 'x', MicrosoftAppTenantId: tenantId }, /^MicrosoftAppId: /],
    [{ MicrosoftAppId: appId, MicrosoftAppTenantId: tenantId }, /^MicrosoftAppPassword: .*required/],
    [{ MicrosoftAppPassword: 'x' }, /^MicrosoftAppPassword: .*MicrosoftAppId/],
    [{ MicrosoftAppId: appId, MicrosoftAppPassword: 'x' }, /^MicrosoftAppTenantId: /],
    [{ NODE_ENV: 'production' }, /^MicrosoftAppId: .*production/],
    [{ BotOpenIdMetadata: 'file:///etc/passwd' }, /^BotOpenIdMetadata: /],
    [{ GRAPH_CLIENT_ID: appId }, /GRAPH_TENANT_ID, GRAPH_CLIENT_ID, GRAPH_CLIENT_SECRET: set all three/],
    [{ GRAPH_TENANT_ID: 'contoso', GRAPH_CLIENT_ID: appId, GRAPH_CLIENT_SECRET: 'x' }, /^GRAPH_TENANT_ID: /],
  ])('rejects %j with a message naming the variable', (env, expected) => {
    const problems = problemsOf(env as NodeJS.ProcessEnv);
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  it('turns Teams automation on only with all Graph credentials', () => {
    expect(loadConfig({}).graph).toBeUndefined();
    expect(loadConfig({ GRAPH_TENANT_ID: tenantId, GRAPH_CLIENT_ID: appId, GRAPH_CLIENT_SECRET: 's' }).graph).toEqual({
      tenantId,
      clientId: appId,
      clientSecret: 's',
      baseUrl: undefined,
      authorityHost: undefined,
      teamsAppId: undefined,
      guestRedirectUrl: 'https://teams.microsoft.com',
      delegatedTokenKey: undefined,
    });
  });

  it('reminds those going a day and a quarter of an hour before by default, or when and never as told', () => {
    expect(loadConfig({}).eventReminders).toEqual([1440, 15]);
    expect(loadConfig({ EVENT_REMINDERS: '30, 2880,30' }).eventReminders).toEqual([2880, 30]);
    expect(loadConfig({ EVENT_REMINDERS: '' }).eventReminders).toEqual([]);
    expect(problemsOf({ EVENT_REMINDERS: 'tomorrow' })).toEqual([expect.stringMatching(/^EVENT_REMINDERS: must be minutes/)]);
  });

  it('takes the public address for links in cards without a trailing slash, and refuses one that is no URL', () => {
    expect(loadConfig({}).publicUrl).toBeUndefined();
    expect(loadConfig({ PUBLIC_URL: 'https://kollega.example.org/' }).publicUrl).toBe('https://kollega.example.org');
    expect(problemsOf({ PUBLIC_URL: 'kollega.example.org' })).toEqual([expect.stringMatching(/^PUBLIC_URL: must be an http\(s\) URL/)]);
  });

  it('names the manifest in links into the tab: the bot\'s app id unless TEAMS_MANIFEST_ID says another, which must be a GUID', () => {
    const bot = { MicrosoftAppId: '11111111-2222-4333-8444-555555555555', MicrosoftAppPassword: 'x', MicrosoftAppTenantId: '66666666-7777-4888-8999-000000000000' };
    expect(loadConfig({}).teamsManifestId).toBeUndefined();
    expect(loadConfig(bot).teamsManifestId).toBe(bot.MicrosoftAppId);
    expect(loadConfig({ ...bot, TEAMS_MANIFEST_ID: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee' }).teamsManifestId).toBe('aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee');
    expect(problemsOf({ TEAMS_MANIFEST_ID: 'kollega' })).toEqual([expect.stringMatching(/^TEAMS_MANIFEST_ID: must be the manifest's id/)]);
  });

  it('signs in to the tab with Teams only when told the audience and the tenants, and never by developer sign-in in production', () => {
    const tenant = '6f1c4a2e-3b7d-4c8e-9a15-2d0b7e5f8c41';
    expect(loadConfig({}).tab).toEqual({ appIdUri: undefined, allowedTenants: [], authorityHost: 'https://login.microsoftonline.com', devSignIn: false });
    expect(loadConfig({ TAB_APP_ID_URI: 'api://kollega.example.org/app', TAB_ALLOWED_TENANTS: ` ${tenant.toUpperCase()} ` }).tab).toMatchObject({ allowedTenants: [tenant] });
    expect(problemsOf({ TAB_APP_ID_URI: 'api://kollega.example.org/app' })).toEqual([expect.stringMatching(/^TAB_APP_ID_URI, TAB_ALLOWED_TENANTS: set both/)]);
    expect(problemsOf({ TAB_APP_ID_URI: 'https://kollega.example.org', TAB_ALLOWED_TENANTS: 'contoso' })).toHaveLength(2);
    expect(loadConfig({ TAB_DEV_SIGN_IN: 'true' }).tab.devSignIn).toBe(true);
    const production = { NODE_ENV: 'production', MicrosoftAppId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301', MicrosoftAppPassword: 's', MicrosoftAppTenantId: tenant };
    expect(loadConfig(production).tab.devSignIn).toBe(false);
    expect(problemsOf({ ...production, TAB_DEV_SIGN_IN: 'true' })).toEqual([expect.stringMatching(/^TAB_DEV_SIGN_IN: .*refused when NODE_ENV=production/)]);
  });

  it('acts as the coordinator in Graph only with a sealing key, the tab\'s sign-in and Graph the same app', () => {
    const tenant = '6f1c4a2e-3b7d-4c8e-9a15-2d0b7e5f8c41';
    const key = Buffer.alloc(32, 7).toString('base64');
    const graph = { GRAPH_TENANT_ID: tenant, GRAPH_CLIENT_ID: appId, GRAPH_CLIENT_SECRET: 's' };
    const tab = { TAB_APP_ID_URI: `api://kollega.example.org/${appId}`, TAB_ALLOWED_TENANTS: tenant };
    expect(loadConfig({ ...graph, ...tab }).graph?.delegatedTokenKey).toBeUndefined();
    expect(loadConfig({ ...graph, ...tab, GRAPH_TOKEN_CACHE_KEY: key }).graph?.delegatedTokenKey).toEqual(Buffer.alloc(32, 7));
    expect(problemsOf({ ...graph, ...tab, GRAPH_TOKEN_CACHE_KEY: 'c2hvcnQ=' })).toEqual([expect.stringMatching(/^GRAPH_TOKEN_CACHE_KEY: must be 32 random bytes/)]);
    expect(problemsOf({ ...graph, GRAPH_TOKEN_CACHE_KEY: key })).toEqual([expect.stringMatching(/^GRAPH_TOKEN_CACHE_KEY: .*needs the tab's sign-in/)]);
    expect(problemsOf({ ...graph, ...tab, TAB_APP_ID_URI: 'api://kollega.example.org/another-app', GRAPH_TOKEN_CACHE_KEY: key }))
      .toEqual([expect.stringMatching(/^GRAPH_TOKEN_CACHE_KEY: TAB_APP_ID_URI must end in GRAPH_CLIENT_ID/)]);
    expect(JSON.stringify(problemsOf({ ...graph, GRAPH_TOKEN_CACHE_KEY: key }))).not.toContain(key);
  });

  it('keeps personal data three years unless told otherwise, and refuses a period too short or not in days', () => {
    expect(loadConfig({}).personalDataRetentionDays).toBe(1095);
    expect(loadConfig({ PERSONAL_DATA_RETENTION_DAYS: '' }).personalDataRetentionDays).toBe(1095);
    expect(loadConfig({ PERSONAL_DATA_RETENTION_DAYS: ' 730 ' }).personalDataRetentionDays).toBe(730);
    for (const bad of ['7', '3651', '2y', '-30', '365.5']) {
      expect(problemsOf({ PERSONAL_DATA_RETENTION_DAYS: bad })).toEqual([expect.stringMatching(/^PERSONAL_DATA_RETENTION_DAYS: must be a whole number of days from 30 to 3650/)]);
    }
  });

  it('has every variable it reads documented in .env.example', () => {
    const example = fs.readFileSync(path.join(__dirname, '..', '..', '.env.example'), 'utf8');
    const documented = new Set([...example.matchAll(/^([A-Za-z_]+)=/gm)].map((m) => m[1]));
    expect(Object.keys(envSchema.shape).filter((name) => !documented.has(name))).toEqual([]);
  });

  it('reports every bad variable at once, not one per start', () => {
    expect(problemsOf({ PORT: 'x', LOG_LEVEL: 'y' })).toHaveLength(2);
  });

  it('never puts a secret in its error message', () => {
    const problems = problemsOf({ MicrosoftAppId: appId, MicrosoftAppPassword: 'hunter2-secret' });
    expect(problems.join('\n')).not.toContain('hunter2-secret');
  });
});
