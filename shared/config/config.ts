/**
 * Configuration from the environment, validated once at start-up.
 * Every variable is documented in .env.example; an invalid one stops the process with a message naming it.
 */
import path from 'node:path';
import { z } from 'zod';
import { sealingKey } from '../graph/sealing';
import { defaultSeedFile } from './paths';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const optionalUrl = optionalText.refine((v) => v === undefined || /^https?:\/\/\S+$/.test(v), {
  message: 'must be an http(s) URL',
});

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  DATABASE_URL: optionalText.refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
    message: 'must be a postgres:// or postgresql:// URL (leave it empty for the embedded SQLite database)',
  }),
  DATABASE_SCHEMA: optionalText.refine((v) => v === undefined || /^[a-z_][a-z0-9_]{0,62}$/.test(v), {
    message: 'must be a plain lower-case PostgreSQL schema name',
  }),
  SEED_FILE: optionalText,
  MicrosoftAppId: optionalText.refine((v) => v === undefined || guid.test(v), {
    message: 'must be the bot\'s Microsoft App ID (a GUID)',
  }),
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
  MicrosoftAppTenantId: optionalText,
  // Bot Framework endpoint overrides: sovereign clouds, or a local OpenID/JWKS server in tests.
  BotOpenIdMetadata: optionalUrl,
  ToBotFromChannelOpenIdMetadataUrl: optionalUrl,
  ToBotFromEmulatorOpenIdMetadataUrl: optionalUrl,
  ToBotFromChannelTokenIssuer: optionalText,
  ToChannelFromBotLoginUrl: optionalUrl,
  ToChannelFromBotOAuthScope: optionalText,
  CallerId: optionalText,
  // Microsoft Graph (application permissions): Teams membership, guest invitations, installing the app.
  GRAPH_TENANT_ID: optionalText.refine((v) => v === undefined || guid.test(v), { message: 'must be the tenant id (a GUID) of the tenant that hosts the networks\' teams' }),
  GRAPH_CLIENT_ID: optionalText.refine((v) => v === undefined || guid.test(v), { message: 'must be the app (client) id, a GUID' }),
  GRAPH_CLIENT_SECRET: optionalText,
  GRAPH_BASE_URL: optionalUrl,
  GRAPH_AUTHORITY_HOST: optionalUrl,
  TEAMS_APP_ID: optionalText.refine((v) => v === undefined || guid.test(v), { message: 'must be the Teams app id from the app catalog (a GUID)' }),
  GUEST_INVITE_REDIRECT_URL: optionalUrl,
  // The Teams app's manifest id, when it is not the bot's app id: deep links from cards into the tab name it.
  TEAMS_MANIFEST_ID: optionalText.refine((v) => v === undefined || guid.test(v), { message: 'must be the manifest\'s id (a GUID)' }),
  // Where people reach Kollega from outside (links in cards, e.g. an event's .ics file).
  PUBLIC_URL: optionalText.refine((v) => v === undefined || /^https?:\/\/[^\s?#]+$/.test(v), {
    message: 'must be an http(s) URL without a query, e.g. https://kollega.example.org',
  }),
  // Minutes before an event's start when those going are reminded, comma-separated.
  EVENT_REMINDERS: z
    .string()
    .trim()
    .default('1440,15')
    .refine((v) => v === '' || /^\d+(\s*,\s*\d+)*$/.test(v), { message: 'must be minutes, comma-separated, e.g. 1440,15 (or empty for none)' })
    .transform((v) => (v === '' ? [] : [...new Set(v.split(',').map((m) => Number(m.trim())))].filter((m) => m > 0).sort((a, b) => b - a))),
  // How long an instance's claim on an outbox job lasts: after a crash, another instance takes the job then.
  OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(2).max(3600).default(60),
  // The tab's sign-in: Teams SSO tokens from Entra ID, checked here (signature, issuer, audience, expiry, tenant).
  TAB_APP_ID_URI: optionalText.refine((v) => v === undefined || /^api:\/\/\S+$/.test(v), { message: 'must be the app\'s Application ID URI, e.g. api://kollega.example.org/<client id>' }),
  TAB_ALLOWED_TENANTS: z
    .string()
    .trim()
    .default('')
    .refine((v) => v === '' || v.split(',').every((t) => guid.test(t.trim())), { message: 'must be tenant ids (GUIDs), comma-separated' })
    .transform((v) => (v === '' ? [] : [...new Set(v.split(',').map((t) => t.trim().toLowerCase()))])),
  ENTRA_AUTHORITY_HOST: optionalUrl,
  TAB_DEV_SIGN_IN: z
    .enum(['', 'true', 'false'])
    .default('')
    .transform((v) => v === 'true'),
  // How long personal data is kept: older rows are removed or anonymised every day. At least 30 days, so the audit
  // log and finished work stay long enough to look into a problem; at most ten years.
  PERSONAL_DATA_RETENTION_DAYS: optionalText
    .refine((v) => v === undefined || (/^\d+$/.test(v) && Number(v) >= 30 && Number(v) <= 3650), {
      message: 'must be a whole number of days from 30 to 3650, e.g. 1095 for three years',
    })
    .transform((v) => (v === undefined ? 1095 : Number(v))),
  // Seals coordinators' delegated Graph tokens (the on-behalf-of flow) in the database: 32 bytes, base64.
  GRAPH_TOKEN_CACHE_KEY: optionalText.refine((v) => v === undefined || sealingKey(v) !== undefined, {
    message: 'must be 32 random bytes in base64, e.g. from `openssl rand -base64 32`',
  }),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  nodeEnv: Env['NODE_ENV'];
  port: number;
  host: string;
  logLevel: Env['LOG_LEVEL'];
  dataDir: string;
  databaseUrl?: string;
  databaseSchema?: string;
  seedFile: string;
  /** Present when the bot runs authenticated; absent in local mode (Agents Playground, tests). */
  bot: BotCredentials | undefined;
  /** Raw Bot Framework settings handed to the adapter's authentication as they are. */
  botFrameworkSettings: Record<string, string>;
  /** Present when Graph credentials are set: Teams membership then follows Kollega's. */
  graph: GraphConfig | undefined;
  /** Kollega's address for links in cards (no trailing slash); absent, such links are left out. */
  publicUrl: string | undefined;
  /** The Teams app's manifest id (TEAMS_MANIFEST_ID, else the bot's app id): what a deep link into the tab names. */
  teamsManifestId: string | undefined;
  /** Minutes before an event's start when those going are reminded, longest first. */
  eventReminders: number[];
  /** Days personal data is kept before the daily sweep removes or anonymises it (PERSONAL_DATA_RETENTION_DAYS). */
  personalDataRetentionDays: number;
  /** How long a claim on an outbox job lasts (OUTBOX_LEASE_SECONDS). */
  outboxLeaseMs: number;
  tab: TabSignInConfig;
}

export interface TabSignInConfig {
  /** Teams SSO is accepted when both are set: the audience of the tokens and the tenants allowed to sign in. */
  appIdUri: string | undefined;
  allowedTenants: string[];
  /** Entra ID's address (default https://login.microsoftonline.com); its keys are read from there. */
  authorityHost: string;
  /** A developer picks a seeded person outside Teams; refused with NODE_ENV=production. */
  devSignIn: boolean;
}

export interface GraphConfig {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  baseUrl?: string;
  authorityHost?: string;
  /** The app's id in the Teams app catalog, to install it for coordinators who never opened it. */
  teamsAppId?: string;
  /** Where a guest lands after accepting the B2B invitation. */
  guestRedirectUrl: string;
  /**
   * Meetings in a coordinator's calendar as the coordinator (on-behalf-of their tab sign-in), with delegated
   * tokens sealed by this key; absent, only the application's own permission is used.
   */
  delegatedTokenKey?: Buffer;
}

export interface BotCredentials {
  appId: string;
  appPassword?: string;
  appType: Env['MicrosoftAppType'];
  tenantId?: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const problems = crossFieldProblems(e);
  if (problems.length > 0) throw new ConfigError(problems);

  const botFrameworkSettings: Record<string, string> = {};
  for (const key of [
    'MicrosoftAppId',
    'MicrosoftAppPassword',
    'MicrosoftAppType',
    'MicrosoftAppTenantId',
    'BotOpenIdMetadata',
    'ToBotFromChannelOpenIdMetadataUrl',
    'ToBotFromEmulatorOpenIdMetadataUrl',
    'ToBotFromChannelTokenIssuer',
    'ToChannelFromBotLoginUrl',
    'ToChannelFromBotOAuthScope',
    'CallerId',
  ] as const) {
    const value = e[key];
    if (value !== undefined && (key !== 'MicrosoftAppType' || e.MicrosoftAppId)) botFrameworkSettings[key] = value;
  }

  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databaseSchema: e.DATABASE_SCHEMA,
    seedFile: e.SEED_FILE ? path.resolve(e.SEED_FILE) : defaultSeedFile,
    bot: e.MicrosoftAppId
      ? {
          appId: e.MicrosoftAppId,
          appPassword: e.MicrosoftAppPassword,
          appType: e.MicrosoftAppType,
          tenantId: e.MicrosoftAppTenantId,
        }
      : undefined,
    botFrameworkSettings,
    graph:
      e.GRAPH_TENANT_ID && e.GRAPH_CLIENT_ID && e.GRAPH_CLIENT_SECRET
        ? {
            tenantId: e.GRAPH_TENANT_ID,
            clientId: e.GRAPH_CLIENT_ID,
            clientSecret: e.GRAPH_CLIENT_SECRET,
            baseUrl: e.GRAPH_BASE_URL,
            authorityHost: e.GRAPH_AUTHORITY_HOST,
            teamsAppId: e.TEAMS_APP_ID,
            guestRedirectUrl: e.GUEST_INVITE_REDIRECT_URL ?? 'https://teams.microsoft.com',
            delegatedTokenKey: e.GRAPH_TOKEN_CACHE_KEY ? sealingKey(e.GRAPH_TOKEN_CACHE_KEY) : undefined,
          }
        : undefined,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    teamsManifestId: e.TEAMS_MANIFEST_ID ?? e.MicrosoftAppId,
    eventReminders: e.EVENT_REMINDERS,
    personalDataRetentionDays: e.PERSONAL_DATA_RETENTION_DAYS,
    outboxLeaseMs: e.OUTBOX_LEASE_SECONDS * 1000,
    tab: {
      appIdUri: e.TAB_APP_ID_URI,
      allowedTenants: e.TAB_ALLOWED_TENANTS,
      authorityHost: (e.ENTRA_AUTHORITY_HOST ?? 'https://login.microsoftonline.com').replace(/\/+$/, ''),
      devSignIn: e.TAB_DEV_SIGN_IN,
    },
  };
}

function crossFieldProblems(e: Env): string[] {
  const problems: string[] = [];
  if (!e.MicrosoftAppId && e.MicrosoftAppPassword) {
    problems.push('MicrosoftAppPassword: is set but MicrosoftAppId is not; set both, or neither for local mode');
  }
  if (e.MicrosoftAppId && e.MicrosoftAppType !== 'UserAssignedMSI' && !e.MicrosoftAppPassword) {
    problems.push('MicrosoftAppPassword: is required when MicrosoftAppId is set (unless MicrosoftAppType=UserAssignedMSI)');
  }
  if (e.MicrosoftAppId && e.MicrosoftAppType === 'SingleTenant' && !e.MicrosoftAppTenantId) {
    problems.push('MicrosoftAppTenantId: is required when MicrosoftAppType=SingleTenant');
  }
  if (e.NODE_ENV === 'production' && !e.MicrosoftAppId) {
    problems.push('MicrosoftAppId: is required when NODE_ENV=production (local mode accepts unauthenticated requests)');
  }
  const graphSet = [e.GRAPH_TENANT_ID, e.GRAPH_CLIENT_ID, e.GRAPH_CLIENT_SECRET].filter(Boolean).length;
  if (graphSet > 0 && graphSet < 3) {
    problems.push('GRAPH_TENANT_ID, GRAPH_CLIENT_ID, GRAPH_CLIENT_SECRET: set all three to automate Teams membership, or none');
  }
  if (e.TAB_DEV_SIGN_IN && e.NODE_ENV === 'production') {
    problems.push('TAB_DEV_SIGN_IN: developer sign-in lets anyone act as anyone; it is refused when NODE_ENV=production');
  }
  if (Boolean(e.TAB_APP_ID_URI) !== e.TAB_ALLOWED_TENANTS.length > 0) {
    problems.push('TAB_APP_ID_URI, TAB_ALLOWED_TENANTS: set both for the tab\'s Teams sign-in, or neither');
  }
  if (e.GRAPH_TOKEN_CACHE_KEY) {
    // The tab's SSO token can only be exchanged by the app it was issued to: the Graph app must be the tab's.
    const tabApp = e.TAB_APP_ID_URI?.split('/').pop()?.toLowerCase();
    if (!e.GRAPH_CLIENT_ID || !e.TAB_APP_ID_URI) {
      problems.push('GRAPH_TOKEN_CACHE_KEY: acting as the coordinator needs the tab\'s sign-in (TAB_APP_ID_URI) and Graph (GRAPH_*) set too');
    } else if (tabApp !== e.GRAPH_CLIENT_ID.toLowerCase()) {
      problems.push('GRAPH_TOKEN_CACHE_KEY: TAB_APP_ID_URI must end in GRAPH_CLIENT_ID, the app that exchanges the tab\'s token (api://<host>/<client id>)');
    }
  }
  if (e.DATABASE_SCHEMA && !e.DATABASE_URL) {
    problems.push('DATABASE_SCHEMA: applies to PostgreSQL only; set DATABASE_URL too');
  }
  return problems;
}
