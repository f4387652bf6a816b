/**
 * The Azure infrastructure (infra/) and the Agents Toolkit project file (m365agents.yml), checked by reading them:
 * no Bicep compiler is installed here and none can be downloaded, so the Bicep files are lexed (strings, comments,
 * interpolations) and their resources, parameters, outputs and app settings compared with what Kollega needs.
 * When a `bicep` binary is on PATH, main.bicep is also compiled.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const read = (rel: string): string => fs.readFileSync(path.join(root, rel), 'utf8');

// ---------------------------------------------------------------------------------------------------------------
// A small Bicep reader: enough structure for these checks, not a parser of the whole language.

interface Lexed {
  /** The source with comments blanked out (same length, same line breaks). */
  text: string;
  /** true where the character is code, false inside string literals and comments. */
  code: boolean[];
}

/** Marks strings (with `${...}` interpolations, which are code again) and blanks out comments. */
function lex(src: string): Lexed {
  const out = src.split('');
  const code = new Array<boolean>(src.length).fill(true);
  const stack: { mode: 'code' | 'string'; depth: number }[] = [{ mode: 'code', depth: 0 }];
  let i = 0;
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      code[k] = false;
      if (out[k] !== '\n') out[k] = ' ';
    }
  };
  while (i < src.length) {
    const top = stack[stack.length - 1];
    const c = src[i];
    if (top.mode === 'code') {
      if (src.startsWith('//', i)) {
        const end = src.indexOf('\n', i);
        const stop = end < 0 ? src.length : end;
        blank(i, stop);
        i = stop;
      } else if (src.startsWith('/*', i)) {
        const end = src.indexOf('*/', i + 2);
        const stop = end < 0 ? src.length : end + 2;
        blank(i, stop);
        i = stop;
      } else if (src.startsWith("'''", i)) {
        const end = src.indexOf("'''", i + 3);
        const stop = end < 0 ? src.length : end + 3;
        for (let k = i; k < stop; k++) code[k] = false;
        i = stop;
      } else if (c === "'") {
        code[i++] = false;
        stack.push({ mode: 'string', depth: 0 });
      } else if (c === '}' && top.depth === 0 && stack.length > 1) {
        code[i++] = false; // the end of an interpolation
        stack.pop();
      } else {
        if (c === '{') top.depth++;
        if (c === '}') top.depth--;
        i++;
      }
    } else {
      code[i] = false;
      if (c === '\\') {
        code[i + 1] = false;
        i += 2;
      } else if (c === "'") {
        i++;
        stack.pop();
      } else if (src.startsWith('${', i)) {
        code[i + 1] = false;
        i += 2;
        stack.push({ mode: 'code', depth: 0 });
      } else {
        i++;
      }
    }
  }
  return { text: out.join(''), code };
}

/** Index of the bracket closing the one at `open` ({, [ or (), counting only brackets in code. */
function closing(lexed: Lexed, open: number): number {
  const pairs: Record<string, string> = { '{': '}', '[': ']', '(': ')' };
  const opener = lexed.text[open];
  const closer = pairs[opener];
  let depth = 0;
  for (let i = open; i < lexed.text.length; i++) {
    if (!lexed.code[i]) continue;
    if (lexed.text[i] === opener) depth++;
    if (lexed.text[i] === closer && --depth === 0) return i;
  }
  throw new Error(`no closing ${closer} for position ${open}`);
}

/** The first code `{` at or after `from`. */
function nextBrace(lexed: Lexed, from: number): number {
  for (let i = from; i < lexed.text.length; i++) if (lexed.code[i] && lexed.text[i] === '{') return i;
  throw new Error(`no { after position ${from}`);
}

/** The entries `key: value` of the object literal whose `{` is at `open`, by key (values as written). */
function objectEntries(lexed: Lexed, open: number): Map<string, string> {
  const end = closing(lexed, open);
  const entries = new Map<string, string>();
  let depth = 0;
  let current = '';
  const flush = () => {
    const m = /^'?([A-Za-z_][\w.-]*)'?\s*:\s*([\s\S]*)$/.exec(current.trim());
    if (m) entries.set(m[1], m[2].trim());
    current = '';
  };
  for (let i = open + 1; i < end; i++) {
    const c = lexed.text[i];
    if (lexed.code[i] && '{[('.includes(c)) depth++;
    if (lexed.code[i] && '}])'.includes(c)) depth--;
    if (c === '\n' && depth === 0) flush();
    else current += c;
  }
  flush();
  return entries;
}

/** The object literal that is the value of `key:` inside the block `{...}` at `open` (its `{` index). */
function propertyObject(lexed: Lexed, open: number, key: string): number {
  const end = closing(lexed, open);
  const re = new RegExp(`\\b${key}\\s*:\\s*\\{`, 'g');
  re.lastIndex = open;
  const m = re.exec(lexed.text);
  if (!m || m.index > end) throw new Error(`no ${key}: { ... } in the block at ${open}`);
  return m.index + m[0].length - 1;
}

interface Resource {
  file: string;
  symbol: string;
  type: string;
  apiVersion: string;
  existing: boolean;
  /** The body between the braces, comments blanked out. */
  body: string;
  lexed: Lexed;
  open: number;
}

interface Param {
  name: string;
  type: string;
  defaultValue: string | undefined;
  decorators: string;
  secure: boolean;
  allowed: string[] | undefined;
}

interface BicepFile {
  file: string;
  lexed: Lexed;
  resources: Resource[];
  params: Map<string, Param>;
  outputs: Map<string, string>;
  modules: string[];
}

function readBicep(file: string): BicepFile {
  const lexed = lex(read(file));
  const { text } = lexed;
  const resources: Resource[] = [];
  for (const m of text.matchAll(/^resource\s+(\w+)\s+'([^'@]+)@([^']+)'\s+(existing\s+)?=/gm)) {
    const open = nextBrace(lexed, m.index + m[0].length);
    const [, symbol, type, apiVersion, existing] = m;
    resources.push({ file, symbol, type, apiVersion, existing: !!existing, body: text.slice(open + 1, closing(lexed, open)), lexed, open });
  }
  const params = new Map<string, Param>();
  const statement = /^(param|var|resource|module|output|func|targetScope|using|type|import|metadata)\b/gm;
  const starts = [...text.matchAll(statement)].map((m) => m.index);
  for (const m of text.matchAll(/^param\s+(\w+)\s+(\w+)(?:\s*=\s*(.+))?$/gm)) {
    const previous = Math.max(0, ...starts.filter((s) => s < m.index));
    const before = text.slice(previous, m.index);
    // The decorators are the lines that start with @ right above the declaration.
    const decorators = before.slice(before.search(/^@/m) >= 0 ? before.search(/^@/m) : before.length);
    const allowed = /@allowed\(\[([\s\S]*?)\]\)/.exec(decorators);
    params.set(m[1], {
      name: m[1],
      type: m[2],
      defaultValue: m[3]?.trim(),
      decorators,
      secure: /@secure\(\)/.test(decorators),
      allowed: allowed ? allowed[1].split('\n').map((v) => v.trim().replace(/^'(.*)'$/, '$1')).filter(Boolean) : undefined,
    });
  }
  const outputs = new Map<string, string>();
  for (const m of text.matchAll(/^output\s+(\w+)\s+\w+\s*=\s*(.+)$/gm)) outputs.set(m[1], m[2].trim());
  const modules = [...text.matchAll(/^module\s+\w+\s+'([^']+)'/gm)].map((m) => path.posix.join(path.posix.dirname(file), m[1]));
  return { file, lexed, resources, params, outputs, modules };
}

const main = readBicep('infra/main.bicep');
const bicepFiles = [main, ...main.modules.map(readBicep)];
const allResources = bicepFiles.flatMap((f) => f.resources);
const declared = (type: string) => allResources.filter((r) => r.type === type && !r.existing);
const one = (type: string): Resource => {
  const found = declared(type);
  expect(found.map((r) => `${r.file}: ${r.symbol}`)).toHaveLength(1);
  return found[0];
};
const moduleFile = (name: string) => bicepFiles.find((f) => f.file === `infra/modules/${name}.bicep`)!;
/** The `params: { ... }` main.bicep gives a module, by the module's symbolic name. */
function moduleParams(symbol: string): Map<string, string> {
  const m = new RegExp(`^module\\s+${symbol}\\s+'`, 'm').exec(main.lexed.text);
  if (!m) throw new Error(`main.bicep has no module ${symbol}`);
  return objectEntries(main.lexed, propertyObject(main.lexed, nextBrace(main.lexed, m.index), 'params'));
}
/** `key: value` with any whitespace, as written in a body. */
const has = (body: string, key: string, value: string) => new RegExp(`\\b${key}:\\s*${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*(?:\\n|$)`, 'm').test(body);

// ---------------------------------------------------------------------------------------------------------------
// What Kollega reads: every variable of .env.example, except these.

/** Variables of .env.example that are deliberately not app settings in Azure, each with its reason. */
const notAppSettings: Record<string, string> = {
  PORT: 'App Service sets it and Kollega listens on it',
  DATA_DIR: 'the SQLite folder; Azure uses PostgreSQL',
  DATABASE_SCHEMA: 'optional; the database is Kollega\'s own, so the default schema (public) is right',
  SEED_FILE: 'the seed shipped in the package is the one to load',
  LOG_LEVEL: 'the default, info, is right for Azure',
  TAB_DEV_SIGN_IN: 'local development only, and refused with NODE_ENV=production',
  BotOpenIdMetadata: 'Bot Framework endpoint override: sovereign clouds and tests only',
  ToBotFromChannelOpenIdMetadataUrl: 'Bot Framework endpoint override: sovereign clouds and tests only',
  ToBotFromEmulatorOpenIdMetadataUrl: 'Bot Framework endpoint override: sovereign clouds and tests only',
  ToBotFromChannelTokenIssuer: 'Bot Framework endpoint override: sovereign clouds and tests only',
  ToChannelFromBotLoginUrl: 'Bot Framework endpoint override: sovereign clouds and tests only',
  ToChannelFromBotOAuthScope: 'Bot Framework endpoint override: sovereign clouds and tests only',
  CallerId: 'Bot Framework endpoint override: sovereign clouds and tests only',
  GRAPH_BASE_URL: 'Graph\'s address; empty is the public cloud (and the tests\' emulator sets it)',
  GRAPH_AUTHORITY_HOST: 'Entra ID\'s address for Graph; empty is the public cloud',
  ENTRA_AUTHORITY_HOST: 'Entra ID\'s address for the tab\'s sign-in; empty is the public cloud',
  PUBLISHER_NAME: 'read by npm run package for the Teams app package, not by the server',
  PRIVACY_URL: 'read by npm run package for the Teams app package, not by the server',
  TERMS_OF_USE_URL: 'read by npm run package for the Teams app package, not by the server',
};

/** App settings that hold secrets: Key Vault references, never values. */
const secretSettings = ['DATABASE_URL', 'MicrosoftAppPassword', 'GRAPH_CLIENT_SECRET', 'GRAPH_TOKEN_CACHE_KEY'];

const envExampleNames = [...read('.env.example').matchAll(/^([A-Za-z_][A-Za-z0-9_]*)=/gm)].map((m) => m[1]);

/** Secret-looking parameter names: these must be @secure() wherever they are declared (a bool only says whether). */
const secretName = /password|secret|cachekey/i;
const looksSecret = (p: Param) => secretName.test(p.name) && p.type !== 'bool';

function appSettings(): Map<string, string> {
  const settings = declared('Microsoft.Web/sites/config').filter((r) => has(r.body, 'name', "'appsettings'"));
  expect(settings).toHaveLength(1);
  return objectEntries(settings[0].lexed, propertyObject(settings[0].lexed, settings[0].open, 'properties'));
}

describe('infra/main.bicep and its modules', () => {
  it('reads every module main.bicep names, and nothing else is in infra/modules', () => {
    expect(main.modules.length).toBeGreaterThanOrEqual(5);
    const onDisk = fs.readdirSync(path.join(root, 'infra', 'modules')).filter((f) => f.endsWith('.bicep')).map((f) => `infra/modules/${f}`);
    expect(onDisk.sort()).toEqual([...main.modules].sort());
  });

  it('wires the modules as declared: each gets the parameters it requires and no others, and only outputs that exist are read', () => {
    const problems: string[] = [];
    for (const m of main.lexed.text.matchAll(/^module\s+(\w+)\s+'([^']+)'/gm)) {
      const [, symbol, rel] = m;
      const target = bicepFiles.find((f) => f.file === path.posix.join('infra', rel))!;
      const given = moduleParams(symbol);
      for (const name of given.keys()) if (!target.params.has(name)) problems.push(`${symbol}: ${name} is not a parameter of ${rel}`);
      for (const p of target.params.values()) if (p.defaultValue === undefined && !given.has(p.name)) problems.push(`${symbol}: ${p.name} is required by ${rel}`);
      for (const used of main.lexed.text.matchAll(new RegExp(`\\b${symbol}\\.outputs\\.(\\w+)`, 'g'))) {
        if (!target.outputs.has(used[1])) problems.push(`${symbol}.outputs.${used[1]} is not an output of ${rel}`);
      }
    }
    // Every parameter is used (beyond its declaration), in main.bicep and in each module.
    for (const f of bicepFiles) {
      for (const name of f.params.keys()) if ((f.lexed.text.match(new RegExp(`\\b${name}\\b`, 'g')) ?? []).length < 2) problems.push(`${f.file}: ${name} is never used`);
    }
    expect(problems).toEqual([]);
  });

  it('declares every promised resource, each at a stable (dated, not preview) API version', () => {
    for (const type of [
      'Microsoft.OperationalInsights/workspaces',
      'Microsoft.Insights/components',
      'Microsoft.Web/serverfarms',
      'Microsoft.Web/sites',
      'Microsoft.Web/sites/config',
      'Microsoft.DBforPostgreSQL/flexibleServers',
      'Microsoft.DBforPostgreSQL/flexibleServers/databases',
      'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules',
      'Microsoft.KeyVault/vaults',
      'Microsoft.KeyVault/vaults/secrets',
      'Microsoft.Authorization/roleAssignments',
      'Microsoft.BotService/botServices',
      'Microsoft.BotService/botServices/channels',
    ]) {
      expect({ type, declared: declared(type).length > 0 }).toEqual({ type, declared: true });
    }
    for (const r of allResources) expect(`${r.type}@${r.apiVersion}`).toMatch(/@\d{4}-\d{2}-\d{2}$/);
    // Application Insights is workspace-based.
    expect(has(one('Microsoft.Insights/components').body, 'WorkspaceResourceId', 'workspace.id')).toBe(true);
  });

  it('runs the built server on Node 22 LTS (Linux): https only, TLS 1.2, no FTP, Always On, /readyz, a managed identity', () => {
    const plan = one('Microsoft.Web/serverfarms').body;
    expect(has(plan, 'reserved', 'true')).toBe(true);
    const site = one('Microsoft.Web/sites').body;
    expect(has(site, 'linuxFxVersion', "'NODE|22-lts'")).toBe(true);
    expect(has(site, 'appCommandLine', "'node --disable-warning=DEP0111 dist/bot/main.js'")).toBe(true);
    expect(has(site, 'httpsOnly', 'true')).toBe(true);
    expect(has(site, 'minTlsVersion', "'1.2'")).toBe(true);
    expect(has(site, 'ftpsState', "'Disabled'")).toBe(true);
    expect(has(site, 'alwaysOn', 'true')).toBe(true);
    expect(has(site, 'healthCheckPath', "'/readyz'")).toBe(true);
    expect(has(site, 'type', "'SystemAssigned'")).toBe(true);
    // The start command is npm start's, so the two cannot drift apart.
    const start = JSON.parse(read('package.json')).scripts.start as string;
    expect(has(site, 'appCommandLine', `'${start}'`)).toBe(true);
  });

  it('scales out by a parameter (several instances share PostgreSQL)', () => {
    expect(has(one('Microsoft.Web/serverfarms').body, 'capacity', 'instanceCount')).toBe(true);
    expect(moduleFile('webApp').params.get('instanceCount')?.type).toBe('int');
    expect(main.params.get('instanceCount')?.type).toBe('int');
    expect(moduleParams('webApp').get('instanceCount')).toBe('instanceCount');
  });

  it('sets every variable of .env.example the server needs as an app setting, secrets only as Key Vault references', () => {
    const settings = appSettings();
    const needed = envExampleNames.filter((name) => !(name in notAppSettings));
    expect(needed.length).toBeGreaterThanOrEqual(15); // .env.example was read
    expect(needed.filter((name) => !settings.has(name))).toEqual([]);
    expect([...settings.keys()].filter((name) => name in notAppSettings)).toEqual([]);

    const reference = /^'@Microsoft\.KeyVault\(SecretUri=\$\{\w+\}\/([0-9A-Za-z-]+)\)'$/;
    const optionalReference = /^\w+ \? ('@Microsoft\.KeyVault\(SecretUri=\$\{\w+\}\/[0-9A-Za-z-]+\)') : ''$/;
    const secretNames = declared('Microsoft.KeyVault/vaults/secrets').map((r) => /\bname:\s*'([^']+)'/.exec(r.body)?.[1]);
    for (const name of secretSettings) {
      const value = settings.get(name) ?? '';
      const ref = reference.exec(value) ?? reference.exec(optionalReference.exec(value)?.[1] ?? '');
      expect({ name, value, keyVaultReference: !!ref }).toEqual({ name, value, keyVaultReference: true });
      expect(secretNames).toContain(ref?.[1]);
    }
    // No secret can reach a setting as a value: the module that writes them has no secure parameter.
    const writer = bicepFiles.find((f) => f.resources.some((r) => r.type === 'Microsoft.Web/sites/config' && !r.existing))!;
    expect([...writer.params.values()].filter((p) => p.secure || looksSecret(p)).map((p) => p.name)).toEqual([]);

    expect(settings.get('NODE_ENV')).toBe("'production'");
    expect(settings.get('HOST')).toBe("'0.0.0.0'");
    expect(settings.get('MicrosoftAppType')).toBe("'SingleTenant'");
    expect(settings.get('APPLICATIONINSIGHTS_CONNECTION_STRING')).toMatch(/\.properties\.ConnectionString$/);
    expect(settings.get('ApplicationInsightsAgent_EXTENSION_VERSION')).toBe("'~3'");
    expect(settings.get('SCM_DO_BUILD_DURING_DEPLOYMENT')).toBe("'false'");
    expect(settings.get('WEBSITE_RUN_FROM_PACKAGE')).toBe("'1'");
  });

  it('keeps the secrets in a Key Vault with RBAC and soft delete (purge protection in prod), readable by the web app', () => {
    const vault = one('Microsoft.KeyVault/vaults').body;
    expect(has(vault, 'enableRbacAuthorization', 'true')).toBe(true);
    expect(has(vault, 'enableSoftDelete', 'true')).toBe(true);
    expect(vault).toMatch(/enablePurgeProtection:/);
    expect(moduleParams('keyVault').get('enablePurgeProtection')).toBe('isProd');
    expect(main.lexed.text).toMatch(/var isProd = environmentName == 'prod'/);

    const names = declared('Microsoft.KeyVault/vaults/secrets').map((r) => /\bname:\s*'([^']+)'/.exec(r.body)?.[1]);
    expect(names.sort()).toEqual(['DATABASE-URL', 'GRAPH-CLIENT-SECRET', 'GRAPH-TOKEN-CACHE-KEY', 'MicrosoftAppPassword']);
    for (const name of names) expect(name).toMatch(/^[0-9A-Za-z-]{1,127}$/); // no underscores in Key Vault

    // Key Vault Secrets User, to the web app's managed identity, on this vault.
    const grant = one('Microsoft.Authorization/roleAssignments').body;
    const role = /roleDefinitionId:\s*subscriptionResourceId\('Microsoft\.Authorization\/roleDefinitions', (\w+)\)/.exec(grant)?.[1];
    expect(moduleFile('keyVault').lexed.text).toMatch(new RegExp(`^var ${role} = '4633458b-17de-408a-b874-0445c86b69e6'$`, 'm'));
    expect(has(grant, 'principalId', 'webAppPrincipalId')).toBe(true);
    expect(has(grant, 'principalType', "'ServicePrincipal'")).toBe(true);
    expect(has(grant, 'scope', 'vault')).toBe(true);
    expect(moduleParams('keyVault').get('webAppPrincipalId')).toBe('webApp.outputs.principalId');
    // The app settings wait for the secrets and the role assignment: they take the vault's name from its module.
    expect(moduleParams('appSettings').get('keyVaultName')).toBe('keyVault.outputs.name');
  });

  it('provisions PostgreSQL 16 with the kollega database, Azure services allowed, HA and backups as parameters', () => {
    const server = one('Microsoft.DBforPostgreSQL/flexibleServers').body;
    expect(has(server, 'version', "'16'")).toBe(true);
    expect(has(server, 'administratorLoginPassword', 'administratorLoginPassword')).toBe(true);
    expect(server).toMatch(/highAvailability:\s*\{\s*mode:[^\n]*highAvailability\s*\n/);
    expect(has(server, 'backupRetentionDays', 'backupRetentionDays')).toBe(true);
    expect(moduleParams('database').get('databaseName')).toBe("'kollega'");
    const rule = one('Microsoft.DBforPostgreSQL/flexibleServers/firewallRules').body;
    expect(has(rule, 'startIpAddress', "'0.0.0.0'")).toBe(true);
    expect(has(rule, 'endIpAddress', "'0.0.0.0'")).toBe(true);
    for (const name of ['postgresHighAvailability', 'postgresBackupRetentionDays', 'postgresSkuName', 'postgresSkuTier']) expect(main.params.has(name)).toBe(true);

    const url = declared('Microsoft.KeyVault/vaults/secrets').find((r) => has(r.body, 'name', "'DATABASE-URL'"))!;
    expect(url.body).toMatch(/value: 'postgresql:\/\/\$\{uriComponent\(\w+\)\}:\$\{uriComponent\(\w+\)\}@\$\{\w+\}:5432\/\$\{\w+\}\?sslmode=(require|verify-full)'/);
  });

  it('registers the bot (single tenant) at https://<web app>/api/messages, with its Teams channel', () => {
    const bot = one('Microsoft.BotService/botServices').body;
    expect(has(bot, 'kind', "'azurebot'")).toBe(true);
    expect(has(bot, 'location', "'global'")).toBe(true);
    expect(has(bot, 'msaAppType', "'SingleTenant'")).toBe(true);
    expect(has(bot, 'msaAppId', 'botAppId')).toBe(true);
    expect(has(bot, 'msaAppTenantId', 'tenantId')).toBe(true);
    expect(has(bot, 'endpoint', 'endpoint')).toBe(true);
    expect(bot).toMatch(/name:\s*sku\s*\n/);
    expect(main.lexed.text).toMatch(/var botEndpoint = 'https:\/\/\$\{webAppHost\}\/api\/messages'/);
    expect(moduleParams('bot').get('endpoint')).toBe('botEndpoint');
    const teams = one('Microsoft.BotService/botServices/channels').body;
    expect(has(teams, 'name', "'MsTeamsChannel'")).toBe(true);
    expect(has(teams, 'channelName', "'MsTeamsChannel'")).toBe(true);
    expect(has(teams, 'isEnabled', 'true')).toBe(true);
    expect(main.params.get('botSku')?.allowed).toEqual(['F0', 'S1']);
  });

  it('marks every secret parameter @secure() and describes every parameter', () => {
    for (const f of bicepFiles) {
      for (const p of f.params.values()) {
        if (looksSecret(p)) expect({ file: f.file, param: p.name, secure: p.secure }).toEqual({ file: f.file, param: p.name, secure: true });
        expect({ file: f.file, param: p.name, described: /@description\('/.test(p.decorators) }).toEqual({ file: f.file, param: p.name, described: true });
        // A secure parameter's default may only be empty.
        if (p.secure && p.defaultValue !== undefined) expect(p.defaultValue).toBe("''");
      }
    }
    const secure = [...main.params.values()].filter((p) => p.secure).map((p) => p.name);
    expect(secure.sort()).toEqual(['botAppPassword', 'graphClientSecret', 'graphTokenCacheKey', 'postgresAdminPassword']);
    expect(main.params.get('environmentName')?.allowed).toEqual(['test', 'prod']);
    expect(main.params.get('environmentName')?.defaultValue).toBeUndefined();
  });

  it('outputs the web app host, the bot endpoint, the Key Vault name and the PostgreSQL host, and nothing secret', () => {
    for (const name of ['webAppHostName', 'botEndpoint', 'keyVaultName', 'postgresHost', 'webAppResourceId']) expect(main.outputs.has(name)).toBe(true);
    for (const f of bicepFiles) {
      for (const [name, value] of f.outputs) {
        expect(name).not.toMatch(secretName);
        expect(value).not.toMatch(/ConnectionString|InstrumentationKey|listKeys|list\w*\(/);
        for (const p of f.params.values()) if (p.secure) expect(value).not.toMatch(new RegExp(`\\b${p.name}\\b`));
      }
    }
  });

  const bicep = (process.env.PATH ?? '')
    .split(path.delimiter)
    .map((dir) => path.join(dir, process.platform === 'win32' ? 'bicep.exe' : 'bicep'))
    .find((candidate) => fs.existsSync(candidate));
  if (bicep) {
    it('compiles: bicep build --stdout infra/main.bicep exits 0', () => {
      const run = spawnSync(bicep, ['build', '--stdout', 'infra/main.bicep'], { cwd: root, encoding: 'utf8' });
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: expect.any(String) });
    });
  } else {
    it.skip('compiles with bicep build --stdout infra/main.bicep (skipped: no bicep binary on PATH)', () => undefined);
  }
});

// ---------------------------------------------------------------------------------------------------------------

function literalProblems(param: Param, value: string): string[] {
  const problems: string[] = [];
  const literal = /^'([^']*)'$/.exec(value)?.[1] ?? (/^-?\d+$/.test(value) ? value : undefined);
  if (literal === undefined) return problems;
  if (param.allowed && !param.allowed.includes(literal)) problems.push(`${param.name}: ${value} is not one of ${param.allowed.join(', ')}`);
  const min = /@minValue\((-?\d+)\)/.exec(param.decorators)?.[1];
  const max = /@maxValue\((-?\d+)\)/.exec(param.decorators)?.[1];
  if (min !== undefined && Number(literal) < Number(min)) problems.push(`${param.name}: ${value} < ${min}`);
  if (max !== undefined && Number(literal) > Number(max)) problems.push(`${param.name}: ${value} > ${max}`);
  return problems;
}

describe('the parameter files', () => {
  const required = [...main.params.values()].filter((p) => p.defaultValue === undefined).map((p) => p.name);

  for (const environment of ['test', 'prod']) {
    it(`main.${environment}.bicepparam sets every parameter without a default, and secrets only from the environment`, () => {
      const text = lex(read(`infra/main.${environment}.bicepparam`)).text;
      expect(text.trim().split('\n')[0]).toBe("using './main.bicep'");
      const values = new Map([...text.matchAll(/^param\s+(\w+)\s*=\s*(.+)$/gm)].map((m) => [m[1], m[2].trim()]));
      expect(required.filter((name) => !values.has(name))).toEqual([]);
      expect([...values.keys()].filter((name) => !main.params.has(name))).toEqual([]);
      expect(values.get('environmentName')).toBe(`'${environment}'`);
      const problems: string[] = [];
      for (const [name, value] of values) {
        const param = main.params.get(name)!;
        if (param.secure && !/^readEnvironmentVariable\('[A-Za-z_][A-Za-z0-9_]*'(, '')?\)$/.test(value)) problems.push(`${name} = ${value}: a secret must come from readEnvironmentVariable`);
        problems.push(...literalProblems(param, value));
      }
      expect(problems).toEqual([]);
    });
  }

  it('azure.parameters.json gives the Agents Toolkit every required parameter, secrets from SECRET_ variables', () => {
    const json = JSON.parse(read('infra/azure.parameters.json')) as { $schema: string; parameters: Record<string, { value: unknown }> };
    expect(json.$schema).toMatch(/deploymentParameters\.json#$/);
    const names = Object.keys(json.parameters);
    expect(required.filter((name) => !names.includes(name))).toEqual([]);
    expect(names.filter((name) => !main.params.has(name))).toEqual([]);
    for (const [name, { value }] of Object.entries(json.parameters)) {
      const secure = main.params.get(name)!.secure;
      expect({ name, value, ok: secure ? /^\$\{\{SECRET_\w+\}\}$/.test(String(value)) : !/SECRET_/.test(String(value)) }).toEqual({ name, value, ok: true });
    }
    expect(json.parameters.environmentName.value).toBe('${{TEAMSFX_ENV}}');
    // The catalog id that publish writes (m365agents.yml) is what the server gets as TEAMS_APP_ID.
    expect(json.parameters.teamsAppCatalogId.value).toBe('${{TEAMS_APP_PUBLISHED_APP_ID}}');
    // An empty variable stays as ${{NAME}} in this file: main.bicep treats that as unset for the optional ones.
    expect(main.lexed.text).toMatch(/func unlessPlaceholder\(value string\) string => startsWith\(value, '\\\$\{\{'\) \? '' : value/);
  });
});

// ---------------------------------------------------------------------------------------------------------------

/** The lines of m365agents.yml without comments (full-line and trailing). */
const yml = read('m365agents.yml')
  .split('\n')
  .map((line) => line.replace(/(^|\s)#.*$/, '').replace(/\s+$/, ''))
  .filter((line) => line.trim() !== '');

/** The actions (`- uses:`) of each top-level stage, in order. */
function stages(): Map<string, string[]> {
  const result = new Map<string, string[]>();
  let stage: string | undefined;
  for (const line of yml) {
    const top = /^([A-Za-z][\w-]*):(.*)$/.exec(line);
    if (top) {
      stage = top[1];
      result.set(stage, []);
      continue;
    }
    const uses = /^\s*- uses:\s*(\S+)$/.exec(line);
    if (uses && stage) result.get(stage)!.push(uses[1]);
  }
  return result;
}

/** `key: value` pairs anywhere in the file. */
const ymlValues = (key: string) => yml.map((line) => new RegExp(`^\\s*-?\\s*${key}:\\s*(.+)$`).exec(line)?.[1]).filter((v): v is string => !!v);

function envFile(environment: string): Map<string, string> {
  return new Map([...read(`infra/env/.env.${environment}`).matchAll(/^([A-Z_][A-Z0-9_]*)=(.*)$/gm)].map((m) => [m[1], m[2]]));
}

describe('m365agents.yml (Microsoft 365 Agents Toolkit)', () => {
  it('is a v1.11 project file with the provision, deploy and publish stages', () => {
    const first = read('m365agents.yml').split('\n')[0];
    const schema = /^# yaml-language-server: \$schema=https:\/\/aka\.ms\/m365-agents-toolkits\/(v1\.\d+)\/yaml\.schema\.json$/.exec(first);
    expect(schema).not.toBeNull();
    expect(yml).toContain(`version: ${schema![1]}`);
    const s = stages();
    expect([...s.keys()]).toEqual(expect.arrayContaining(['version', 'environmentFolderPath', 'provision', 'deploy', 'publish']));
    // Only top-level keys the schema allows (additionalProperties: false).
    expect([...s.keys()].filter((k) => !['version', 'projectId', 'environmentFolderPath', 'additionalMetadata', 'provision', 'deploy', 'publish', 'share'].includes(k))).toEqual([]);

    const known = [
      'aadApp/create', 'aadApp/update', 'arm/deploy', 'cli/runNpmCommand', 'cli/runNpxCommand', 'azureAppService/zipDeploy',
      'teamsApp/create', 'teamsApp/validateManifest', 'teamsApp/validateAppPackage', 'teamsApp/zipAppPackage',
      'teamsApp/update', 'teamsApp/publishAppPackage', 'botAadApp/create', 'botFramework/create', 'file/createOrUpdateEnvironmentFile',
    ];
    for (const [stage, actions] of s) for (const action of actions) expect({ stage, action, known: known.includes(action) }).toEqual({ stage, action, known: true });

    // Each action is there, after the one it needs: the app registration's id and the web app's host before the
    // manifest and the package, the package before its validation and upload.
    const inOrder = (list: string[], ...actions: string[]) => {
      const at = actions.map((a) => list.indexOf(a));
      expect({ actions, found: at.every((i) => i >= 0), ordered: at.every((i, k) => k === 0 || i > at[k - 1]) }).toEqual({ actions, found: true, ordered: true });
    };
    inOrder(s.get('provision')!, 'teamsApp/create', 'aadApp/create', 'arm/deploy', 'aadApp/update', 'cli/runNpmCommand', 'teamsApp/validateAppPackage', 'teamsApp/update');
    expect(s.get('deploy')).toEqual(['cli/runNpmCommand', 'cli/runNpmCommand', 'cli/runNpmCommand', 'azureAppService/zipDeploy']);
    inOrder(s.get('publish')!, 'cli/runNpmCommand', 'teamsApp/validateAppPackage', 'teamsApp/publishAppPackage');
    // Install, package (provision); install, build, drop development dependencies, then zip: the web app runs what
    // was built (deploy); install, package (publish).
    expect(ymlValues('args')).toEqual(['ci', 'run package', 'ci', 'run build', 'prune --omit=dev', 'ci', 'run package']);
  });

  it('points at files that exist, at npm scripts that exist and at the package npm run package writes', () => {
    for (const key of ['environmentFolderPath', 'path', 'parameters', 'manifestPath', 'ignoreFile']) {
      const values = ymlValues(key);
      expect({ key, count: values.length > 0 }).toEqual({ key, count: true });
      for (const value of values) expect({ key, value, exists: fs.existsSync(path.join(root, value)) }).toEqual({ key, value, exists: true });
    }
    expect(ymlValues('path')).toEqual(['./infra/main.bicep']);
    expect(ymlValues('parameters')).toEqual(['./infra/azure.parameters.json']);
    expect(ymlValues('ignoreFile')).toEqual(['./infra/webappignore']);
    expect(ymlValues('artifactFolder')).toEqual(['.']);
    // Generated: by npm run package (build/appPackage/kollega.zip) and by aadApp/update.
    expect(new Set(ymlValues('appPackagePath'))).toEqual(new Set(['./build/appPackage/kollega.zip']));
    expect(ymlValues('outputFilePath').every((p) => p.startsWith('./build/'))).toBe(true);
    const scripts = JSON.parse(read('package.json')).scripts as Record<string, string>;
    for (const args of ymlValues('args').filter((a) => a.startsWith('run '))) expect(Object.keys(scripts)).toContain(args.slice(4));
    expect(read('manifest/package.mjs')).toContain("'kollega.zip'");
    expect(read('manifest/package.mjs')).toContain("join(repo, 'build', 'appPackage')");
  });

  it('uses only ${{VARIABLES}} that an environment file, an action, a Bicep output or the README defines', () => {
    const outputs = [...main.outputs.keys()].map((k) => k.toUpperCase());
    const written = yml.map((line) => /^\s+\w+:\s*([A-Z][A-Z0-9_]*)$/.exec(line)?.[1]).filter((v): v is string => !!v);
    const readme = read('infra/README.md');
    const environments = ['test', 'prod'].map(envFile);
    for (const [environment, vars] of [['test', environments[0]], ['prod', environments[1]]] as const) expect(vars.get('TEAMSFX_ENV')).toBe(environment);
    // aadApp/update makes the scope id when the manifest uses it.
    const generated = ['AAD_APP_ACCESS_AS_USER_PERMISSION_ID'];
    const sources = [read('m365agents.yml').split('\n').filter((l) => !l.trim().startsWith('#')).join('\n'), read('infra/azure.parameters.json'), read('infra/aad.manifest.json')];
    const used = new Set(sources.flatMap((s) => [...s.matchAll(/\$\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1])));
    expect(used.size).toBeGreaterThan(10);
    const undefinedVars = [...used].filter(
      (v) => !environments.every((e) => e.has(v)) && !written.includes(v) && !outputs.includes(v) && !generated.includes(v) && !(v.startsWith('SECRET_') && readme.includes(v)),
    );
    expect(undefinedVars).toEqual([]);
    // Secrets never sit in the environment files that go to git.
    for (const e of environments) expect([...e.keys()].filter((k) => k.startsWith('SECRET_'))).toEqual([]);
    expect(read('infra/env/.gitignore')).toMatch(/^\.env\.\*\.user$/m);
  });
});

describe('infra/aad.manifest.json (the Entra app registration)', () => {
  const manifest = JSON.parse(read('infra/aad.manifest.json'));
  const scopeId = '${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}';

  it('exposes access_as_user at api://<web app host>/<client id>, pre-authorized for the Teams clients', () => {
    expect(manifest.identifierUris).toEqual(['api://${{WEBAPPHOSTNAME}}/${{AAD_APP_CLIENT_ID}}']);
    // The same URI as main.bicep's TAB_APP_ID_URI default and as the app package gets.
    expect(main.lexed.text).toContain("'api://${webAppHost}/${botAppId}'");
    expect(yml).toContain('      TAB_APP_ID_URI: api://${{WEBAPPHOSTNAME}}/${{AAD_APP_CLIENT_ID}}');
    expect(manifest.api.oauth2PermissionScopes).toEqual([expect.objectContaining({ id: scopeId, value: 'access_as_user', type: 'User', isEnabled: true })]);
    const teamsClients = ['1fec8e78-bce4-4aaf-ab1b-5451cc387264', '5e3ce6c0-2b1f-4285-8d4b-75ee78787346'];
    expect(manifest.api.preAuthorizedApplications).toEqual(teamsClients.map((appId) => ({ appId, delegatedPermissionIds: [scopeId] })));
    // Kollega checks that a token's audience is the Application ID URI: v1.0 tokens carry it, v2.0 ones the client id.
    expect(manifest.api.requestedAccessTokenVersion).toBe(1);
    expect(read('tab/api/auth/entraTokens.ts')).toContain('audience: settings.appIdUri');
  });

  it('asks for the Graph application and delegated permissions Kollega uses', () => {
    const graph = '00000003-0000-0000-c000-000000000000';
    const permissions: [string, string, string][] = [
      ['0121dc95-1b9f-4aed-8bac-58c5ac466691', 'Role', 'TeamMember.ReadWrite.All'],
      ['35930dcf-aceb-4bd1-b99a-8ffed403c974', 'Role', 'ChannelMember.ReadWrite.All'],
      ['09850681-111b-4a89-9bed-3f2cae46d706', 'Role', 'User.Invite.All'],
      ['74ef0291-ca83-4d02-8c7e-d2391e6a444f', 'Role', 'TeamsAppInstallation.ReadWriteForUser.All'],
      ['ef54d2bf-783f-4e0f-bca1-3210c0444d99', 'Role', 'Calendars.ReadWrite'],
      ['1ec239c2-d7c9-4623-a91a-a9775856bb36', 'Scope', 'Calendars.ReadWrite (delegated)'],
      ['7427e0e9-2fba-42fe-b0c0-848c9e6a8182', 'Scope', 'offline_access'],
    ];
    expect(manifest.requiredResourceAccess).toEqual([{ resourceAppId: graph, resourceAccess: permissions.map(([id, type]) => ({ id, type })) }]);
    // The operator guide names each of them.
    const readme = read('infra/README.md');
    for (const [id, , name] of permissions) expect({ id, named: readme.includes(name.replace(' (delegated)', '')) }).toEqual({ id, named: true });
  });
});

// ---------------------------------------------------------------------------------------------------------------

const globs: Record<string, string> = { '**/': '(?:[^/]+/)*', '**': '.*', '*': '[^/]*', '?': '[^/]' };

/** gitignore patterns (no negation) as a predicate over repository-relative paths. */
function ignoreMatcher(text: string): (file: string) => boolean {
  const rules = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((pattern) => {
      expect(pattern.startsWith('!')).toBe(false);
      const dirOnly = pattern.endsWith('/');
      let p = dirOnly ? pattern.slice(0, -1) : pattern;
      const anchored = p.includes('/');
      p = p.replace(/^\//, '');
      const body = p
        .split(/(\*\*\/|\*\*|\*|\?)/)
        .map((part) => globs[part] ?? part.replace(/[.+^${}()|[\]\\]/g, '\\$&'))
        .join('');
      return new RegExp(`${anchored ? '^' : '(?:^|/)'}${body}${dirOnly ? '/' : '(?:$|/)'}`);
    });
  return (file) => rules.some((r) => r.test(file));
}

describe('infra/webappignore (what the deploy zip leaves out)', () => {
  const ignored = ignoreMatcher(read('infra/webappignore'));

  it('keeps what the server runs', () => {
    const keep = [
      'package.json',
      'package-lock.json',
      'dist/bot/main.js',
      'dist/bot/cards/welcome.card.json',
      'dist/tab/api/routes.js',
      'dist/shared/config/config.js',
      'dist/web/index.html',
      'node_modules/pg/lib/index.js',
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      ...fs.readdirSync(path.join(root, 'shared', 'store', 'seed')).filter((f) => f.endsWith('.json')).map((f) => `shared/store/seed/${f}`),
    ];
    expect(keep.filter(ignored)).toEqual([]);
    expect(read('shared/config/paths.ts')).toContain("path.join(projectRoot, 'shared', 'store', 'seed', 'seed.json')");
  });

  it('leaves out sources, tests, infrastructure, local configuration and data', () => {
    const drop = [
      '.git/HEAD',
      '.env',
      '.env.local',
      'data/kollega.sqlite',
      'bot/main.ts',
      'tab/api/routes.ts',
      'tab/web/index.html',
      'shared/config/config.ts',
      'test/infra/bicep.test.ts',
      'infra/main.bicep',
      'infra/env/.env.test.user',
      'manifest/manifest.template.json',
      'build/appPackage/kollega.zip',
      'docs/tab-fi-light-events.png',
    ];
    expect(drop.filter((f) => !ignored(f))).toEqual([]);
  });
});
