/**
 * Kysely's SQLite dialect with two changes that matter when more than one process opens the same file
 * (two app instances, or the app and a maintenance script):
 * - transactions start with BEGIN IMMEDIATE, so they take the write lock up front and wait (busy_timeout)
 *   instead of failing with SQLITE_BUSY when a read-then-write transaction meets another writer;
 * - migrations run inside one transaction (SQLite can roll back DDL), which with BEGIN IMMEDIATE is the
 *   migration lock: a second instance waits, then finds nothing pending. Kysely's stock SQLite adapter has
 *   no lock because it assumes a single connection.
 */
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type SqliteDialectConfig,
} from 'kysely';

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
