/**
 * Runs a describe block once per database engine: SQLite in a fresh temporary directory and PostgreSQL in
 * a fresh random schema (dropped afterwards). Every test gets its own empty database, so tests never
 * depend on each other's rows.
 *
 * PostgreSQL tests FAIL, not skip, when the server is unreachable: a green run must mean both engines passed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { openStore, type Store, type StoreDialect } from '../../shared/store/database';
import { migrateToLatest } from '../../shared/store/migrate';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://root@127.0.0.1:5432/test';

export interface TestDatabase {
  readonly dialect: StoreDialect;
  /** The store opened for the current test. */
  readonly store: Store;
  /** Opens one more store on the same database (another app instance, started once what this one wrote is
   * committed); closed after the test. */
  openAnother(): Promise<Store>;
}

export interface EngineOptions {
  /** Apply the migrations before each test (default true). */
  migrate?: boolean;
}

const ENGINES: StoreDialect[] = ['sqlite', 'postgres'];

export function describeEachEngine(title: string, body: (db: TestDatabase) => void, options: EngineOptions = {}): void {
  describe.each(ENGINES)(`${title} [%s]`, (dialect) => {
    let current: { store: Store; others: Store[]; dispose: () => Promise<void>; openAnother: () => Promise<Store> } | undefined;

    beforeEach(async () => {
      current = dialect === 'sqlite' ? await freshSqlite() : await freshPostgres();
      if (options.migrate ?? true) await migrateToLatest(current.store);
    });

    afterEach(async () => {
      const done = current;
      current = undefined;
      await done?.dispose();
    });

    body({
      dialect,
      get store() {
        if (!current) throw new Error('The test database is only available inside a test');
        return current.store;
      },
      openAnother: () => {
        if (!current) throw new Error('The test database is only available inside a test');
        return current.openAnother();
      },
    });
  });
}

async function freshSqlite() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kollega-store-'));
  const others: Store[] = [];
  const store = await openStore({ dataDir });
  return {
    store,
    others,
    openAnother: async () => {
      await store.durable();
      const another = await openStore({ dataDir });
      others.push(another);
      return another;
    },
    dispose: async () => {
      for (const s of [...others, store]) await s.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function freshPostgres() {
  const schema = `test_${process.pid}_${randomBytes(6).toString('hex')}`;
  const open = async () => {
    try {
      return await openStore({ databaseUrl: TEST_DATABASE_URL, dataDir: os.tmpdir(), schema });
    } catch (error) {
      throw new Error(
        `PostgreSQL at ${redact(TEST_DATABASE_URL)} is not reachable: ${(error as Error).message}\n` +
          'Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start\n' +
          '(or point TEST_DATABASE_URL at another server).',
        { cause: error },
      );
    }
  };
  const others: Store[] = [];
  const store = await open();
  return {
    store,
    others,
    openAnother: async () => {
      const another = await open();
      others.push(another);
      return another;
    },
    dispose: async () => {
      for (const s of others) await s.close();
      try {
        await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(store.db);
      } finally {
        await store.close();
      }
    },
  };
}

/** Hide a password in the URL before printing it. */
function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

/**
 * Expects the promise to reject with an error the predicate accepts (e.g. isForeignKeyViolation).
 * Not `rejects.toThrow`: better-sqlite3's errors come from outside Jest's sandbox, so Jest does not see
 * them as Errors and reports "did not throw".
 */
export async function expectViolation(promise: Promise<unknown>, isExpected: (error: unknown) => boolean): Promise<void> {
  let failure: unknown;
  try {
    await promise;
  } catch (error) {
    failure = error;
  }
  if (failure === undefined) throw new Error('Expected the database to reject the statement, but it succeeded');
  if (!isExpected(failure)) throw new Error(`The database rejected the statement for another reason: ${String(failure)}`);
}
