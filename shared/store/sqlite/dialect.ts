/**
 * Kysely's SQLite query compiler, adapter and introspector with Kollega's own driver (driver.ts). The adapter
 * declares transactional DDL, which SQLite has: migrations then run in one transaction, and with BEGIN
 * IMMEDIATE that transaction is the migration lock, so a second process opening the same file waits and then
 * finds nothing pending. (Kysely's stock SQLite adapter has no lock because it assumes one connection.)
 */
import {
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
} from 'kysely';
import { KollegaSqliteDriver, type SqliteDriverOptions } from './driver';

class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

export class KollegaSqliteDialect implements Dialect {
  /** The one driver of this database; the store asks it whether what was written is on disk. */
  readonly driver: KollegaSqliteDriver;

  constructor(options: SqliteDriverOptions) {
    this.driver = new KollegaSqliteDriver(options);
  }

  createDriver(): Driver {
    return this.driver;
  }

  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}
