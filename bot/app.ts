/**
 * Assembles Kollega: configuration, store (migrated and seeded), the bot and the HTTP server.
 * main.ts runs it as a process; the HTTP tests start it in-process on a free port.
 */
import type { AddressInfo } from 'node:net';
import type { Config } from '../shared/config/config';
import type { Logger } from '../shared/log/logger';
import { openStore, type Store } from '../shared/store/database';
import { migrateToLatest } from '../shared/store/migrate';
import { loadSeed, readSeedFile } from '../shared/store/seed/loadSeed';
import { createAdapter } from './adapter';
import { createServer } from './http/server';
import { KollegaBot } from './kollegaBot';
import { createProactive, type Proactive } from './proactive';

export interface RunningKollega {
  url: string;
  store: Store;
  /** Messages people and channels first, through the references remembered at install. */
  proactive: Proactive;
  /** Stops taking requests, lets those in flight finish, then closes the database. */
  close(): Promise<void>;
}

export async function startKollega(config: Config, log: Logger, now: () => Date = () => new Date()): Promise<RunningKollega> {
  const store = await openStore({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    schema: config.databaseSchema,
    onPoolError: (err) => log.warn({ err }, 'database connection lost; it will be reopened'),
  });
  try {
    const applied = await migrateToLatest(store);
    const counts = await loadSeed(store.db, await readSeedFile(config.seedFile));
    log.info({ database: store.dialect, migrationsApplied: applied, seed: counts }, 'database ready');
  } catch (err) {
    await store.close();
    throw err;
  }

  const bot = new KollegaBot({ store, log, now });
  const adapter = createAdapter(config, log);
  const server = createServer({ adapter, bot, store, log });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${port}`;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    })());
  return { url, store, proactive: createProactive(adapter, config.bot?.appId, store), close };
}
