/**
 * Assembles Kollega: configuration, store (migrated and seeded), Graph when configured, the outbox worker,
 * the bot and the HTTP server. main.ts runs it as a process; the HTTP tests start it in-process on a free port.
 */
import type { AddressInfo } from 'node:net';
import type { Config } from '../shared/config/config';
import { createCalendarGraph, createDelegatedAccess, createTeamsGraph, type GraphTransportOptions } from '../shared/graph';
import { graphGrantVault } from '../shared/store/repositories/graphGrants';
import { enqueueMembershipSync } from '../shared/services/teamsMembership';
import { everyDayAt } from '../shared/jobs/daily';
import { enqueueRetentionSweep, RETENTION_TIME } from '../shared/services/retention';
import { createOutboxWorker, type OutboxWorker } from '../shared/jobs/worker';
import type { Logger } from '../shared/log/logger';
import type { RateLimit } from '../shared/jobs/pacing';
import type { SyncFile } from '../shared/store/sqlite/walSync';
import { openStore, type Store } from '../shared/store/database';
import { migrateToLatest } from '../shared/store/migrate';
import { loadSeed, readSeedFile } from '../shared/store/seed/loadSeed';
import { createAdapter } from './adapter';
import { createCallerResolver } from '../tab/api/auth/caller';
import { createDevTokens } from '../tab/api/auth/devTokens';
import { createEntraVerifier } from '../tab/api/auth/entraTokens';
import { createServer } from './http/server';
import { jobHandlers, onJobFailed } from './jobs';
import { KollegaBot } from './kollegaBot';
import { createProactive, type Proactive } from './proactive';
import { RecentlySeen } from './services';

export interface RunningKollega {
  url: string;
  store: Store;
  /** Messages people and channels first, through the references remembered at install. */
  proactive: Proactive;
  /** The durable outbox's worker (tests drive it with runDue). */
  outbox: OutboxWorker;
  /** Stops taking requests, lets those in flight finish, stops the outbox, then closes the database. */
  close(): Promise<void>;
}

export interface StartOptions {
  now?: () => Date;
  /** Tests only: how Graph and Entra ID are reached (a local emulator). */
  graphTransport?: GraphTransportOptions;
  /** Tests drive the outbox themselves (runDue) instead of its timer. */
  outboxPolling?: boolean;
  /** Tests only: how fast proactive messages may go into one conversation (default: Teams' limit). */
  conversationRateLimit?: RateLimit;
  /** Tests only: how SQLite's WAL reaches the disk (default fdatasync). */
  syncFile?: SyncFile;
}

export async function startKollega(config: Config, log: Logger, options: StartOptions = {}): Promise<RunningKollega> {
  const now = options.now ?? (() => new Date());
  const store = await openStore({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    schema: config.databaseSchema,
    onPoolError: (err) => log.warn({ err }, 'database connection lost; it will be reopened'),
    syncFile: options.syncFile,
  });
  try {
    const applied = await migrateToLatest(store);
    const counts = await loadSeed(store.db, await readSeedFile(config.seedFile));
    log.info({ database: store.dialect, migrationsApplied: applied, seed: counts }, 'database ready');
  } catch (err) {
    await store.close();
    throw err;
  }

  const adapter = createAdapter(config, log, () => store.durable());
  const proactive = createProactive(adapter, config.bot?.appId, store, now, options.conversationRateLimit);
  const graph = config.graph ? createTeamsGraph(config.graph, options.graphTransport) : undefined;
  // With a sealing key, meetings are made as the coordinator who gave access in the tab (the on-behalf-of flow).
  const delegatedCalendar = config.graph?.delegatedTokenKey
    ? createDelegatedAccess(config.graph, config.graph.delegatedTokenKey, graphGrantVault(store.db, now), options.graphTransport)
    : undefined;
  const calendar = config.graph ? createCalendarGraph(config.graph, options.graphTransport, delegatedCalendar) : undefined;
  // The manifest's id is the bot's app id unless TEAMS_MANIFEST_ID names another (as the Agents Toolkit's does).
  const tabs = { appId: config.teamsManifestId, publicUrl: config.publicUrl };
  const events = { meetingAutomation: Boolean(config.graph), graphTenantId: config.graph?.tenantId, reminderMinutes: config.eventReminders, publicUrl: config.publicUrl };
  const outbox = createOutboxWorker({
    store,
    log,
    now,
    lockMs: config.outboxLeaseMs,
    handlers: jobHandlers({ store, log, proactive, graph, calendar, graphConfig: config.graph, now, events, tabs, retentionDays: config.personalDataRetentionDays }),
    onFailed: onJobFailed({ store, proactive, now, events }),
  });
  // Members recorded while Teams membership was by hand now join their teams in bulk.
  if (graph) await enqueueMembershipSync(store.db, now());
  const bot = new KollegaBot({ store, log, now, teamsAutomation: Boolean(graph), outbox, recent: new RecentlySeen(), events, tabs });
  const devTokens = config.tab.devSignIn ? createDevTokens() : undefined;
  if (devTokens) log.warn('developer sign-in is on (TAB_DEV_SIGN_IN): anyone reaching the tab can act as anyone');
  const { appIdUri, allowedTenants, authorityHost } = config.tab;
  const entra = appIdUri ? createEntraVerifier({ appIdUri, allowedTenants, authorityHost }) : undefined;
  const callerOf = createCallerResolver({ store, now, entra, dev: devTokens });
  const server = createServer({ adapter, bot, store, log, api: { now, outbox, events, teamsAutomation: Boolean(graph), signIn: { devTokens }, delegatedCalendar }, callerOf });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  if (options.outboxPolling ?? true) outbox.start();
  // Old personal data goes every night; each instance's timer enqueues the day's one sweep (shared/services/retention.ts).
  const retention = everyDayAt(
    RETENTION_TIME,
    async () => {
      if (await enqueueRetentionSweep(store.db, now())) outbox.kick();
    },
    (err) => log.error({ err }, 'could not enqueue the retention sweep; the next day will'),
  );
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${port}`;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      retention.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await outbox.stop();
      await store.close();
    })());
  return { url, store, proactive, outbox, close };
}
