/**
 * Kysely's SQLite dialect with two changes that matter when more than one process opens the same file
 * (two app instances, or the app and a maintenance script):
 * - transactions start with BEGIN IMMEDIATE, so they take the write lock up front and wait (busy_timeout)
 *   instead of failing with SQLITE_BUSY when a read-then-write transaction meets another writer;
 * - migrations run inside one transaction (SQLite can roll back DDL), which with BEGIN IMMEDIATE is the
 *   migration lock: a second instance waits, then finds nothing pending. Kysely's stock SQLite adapter has
 *   no lock because it assumes a single connection.
 */
import type BetterSqlite3 from 'better-sqlite3';
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type SqliteDatabase,
  type SqliteDialectConfig,
} from 'kysely';

/** How many distinct statements stay prepared; the app has far fewer, so this only bounds ad-hoc SQL. */
const maxCachedStatements = 500;

/**
 * better-sqlite3 prepares (compiles) a statement on every query Kysely sends; compiling is a large share of a
 * short query's cost. Prepared statements are reusable, so each SQL text is compiled once.
 */
export function withStatementCache(database: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => {
      cache.clear();
      database.close();
    },
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (!statement) {
        statement = database.prepare(sql);
        if (cache.size >= maxCachedStatements) cache.delete(cache.keys().next().value as string);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

export class KollegaSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}
