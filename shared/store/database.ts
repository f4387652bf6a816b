/**
 * Opens the app's database: SQLite in the data directory by default, PostgreSQL when DATABASE_URL says so.
 * Both engines sit behind the same Kysely<Database>, so repositories never branch on the engine.
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { Pool } from 'pg';
import type { Database } from './schema';
import { KollegaSqliteDialect } from './sqlite/dialect';
import { statementCache } from './sqlite/statementCache';
import { WalSync, type SyncFile } from './sqlite/walSync';

export type StoreDialect = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  dialect: StoreDialect;
  /**
   * Resolves once everything written so far is on disk. Writes resolve earlier (SQLite commits many requests'
   * writes together), so whatever leaves the process and reveals a write (an answer, a message, a Graph call)
   * awaits this first. PostgreSQL's commits are durable when they return, so there it resolves at once.
   * Never await it inside a transaction: the commit it waits for needs the connection the transaction holds.
   */
  durable(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** DATABASE_URL; unset or empty means SQLite in dataDir. */
  databaseUrl?: string;
  /** Where the SQLite file lives (created if missing). */
  dataDir: string;
  /** PostgreSQL only: schema to create if missing and put first on every connection's search_path. */
  schema?: string;
  /** PostgreSQL only: errors of idle pooled connections (e.g. a server restart). Without it they are ignored;
   *  the next query on a fresh connection reports the problem anyway. */
  onPoolError?: (error: Error) => void;
  /** SQLite only, for tests: how the WAL file is synced to disk (default fdatasync in libuv's thread pool). */
  syncFile?: SyncFile;
}

export const SQLITE_FILE_NAME = 'kollega.sqlite';
/** How long a SQLite writer waits for another process's write lock before failing. */
const SQLITE_BUSY_TIMEOUT_MS = 5000;
/** Unquoted PostgreSQL identifiers only: the name goes into a connection option, so keep it plain. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function openStore(opts: OpenStoreOptions): Promise<Store> {
  const url = opts.databaseUrl?.trim();
  if (!url) {
    if (opts.schema) throw new Error('The database schema option applies to PostgreSQL only; DATABASE_URL is not set.');
    return openSqlite(opts.dataDir, opts.syncFile);
  }
  if (/^postgres(ql)?:\/\//i.test(url)) return openPostgres(url, opts);
  // Name only the scheme: the URL may hold a password.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1] ?? 'no scheme';
  throw new Error(
    `DATABASE_URL must start with postgres:// or postgresql:// (got ${scheme}); leave DATABASE_URL unset to use SQLite in the data directory.`,
  );
}

/** Readiness check: throws if the database does not answer. */
export async function pingStore(store: Store): Promise<void> {
  await sql`select 1`.execute(store.db);
}

function openSqlite(dataDir: string, syncFile?: SyncFile): Store {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, SQLITE_FILE_NAME);
  const database = new BetterSqlite3(file);
  // WAL lets readers work while one writer writes; foreign keys are off by default in SQLite.
  database.pragma('journal_mode = WAL');
  // NORMAL: a COMMIT writes the WAL without syncing it; walSync.ts syncs it off the event loop, and nothing
  // leaves the process before that (Store.durable), so an answer is as durable as with FULL.
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  // SQLite's busy handler would sleep on the event loop; the driver waits for a busy file asynchronously.
  database.pragma('busy_timeout = 0');
  const wal = new WalSync(`${file}-wal`, syncFile);
  const dialect = new KollegaSqliteDialect({
    prepare: statementCache(database),
    inTransaction: () => database.inTransaction,
    afterCommit: () => wal.afterCommit(),
    busyTimeoutMs: SQLITE_BUSY_TIMEOUT_MS,
    close: async () => {
      await wal.close();
      database.close();
    },
  });
  const db = new Kysely<Database>({ dialect });
  return { db, dialect: 'sqlite', durable: () => dialect.driver.durable(), close: () => db.destroy() };
}

const CONNECT_TIMEOUT_MS = 5_000;

async function openPostgres(url: string, opts: OpenStoreOptions): Promise<Store> {
  const schema = opts.schema?.trim() || undefined;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(
      `Invalid database schema name "${schema}": use lower-case letters, digits and underscores, starting with a letter or underscore.`,
    );
  }
  // The search_path is a startup option, so every connection the pool ever opens uses the schema.
  // A server that does not answer fails a request after a few seconds instead of holding it (and the person) forever.
  const pool = new Pool({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  pool.on('error', (error) => opts.onPoolError?.(error));
  // pg-pool listens for errors only on idle clients. A connection that drops while checked out but between
  // queries (inside a transaction) would otherwise emit an unheard 'error' and end the process; its query
  // fails anyway, and the pool discards the broken client when it comes back.
  pool.on('connect', (client) => client.on('error', (error) => opts.onPoolError?.(error)));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    if (schema) await createSchemaIfMissing(db, schema);
    else await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, dialect: 'postgres', durable: () => Promise.resolve(), close: () => db.destroy() };
}

async function createSchemaIfMissing(db: Kysely<Database>, schema: string): Promise<void> {
  try {
    await db.schema.createSchema(schema).ifNotExists().execute();
  } catch (error) {
    // Two instances starting at once can both pass "if not exists"; the loser gets a unique violation.
    const found = await sql<{ n: string }>`select nspname as n from pg_namespace where nspname = ${schema}`.execute(db);
    if (found.rows.length === 0) throw error;
  }
}
