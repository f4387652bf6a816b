/**
 * Runs the schema migrations. Kysely's Migrator holds a lock (a PostgreSQL advisory lock), so several
 * instances starting together migrate once and the others wait, then find nothing pending.
 */
import { Migrator, sql } from 'kysely';
import type { Store } from './database';
import { migrationsFor } from './migrations';

export interface MigrationStatus {
  applied: string[];
  pending: string[];
}

/** Applies pending migrations; returns the names applied now. Throws naming the failed migration. */
export async function migrateToLatest(store: Store): Promise<string[]> {
  const { error, results } = await (await migratorFor(store)).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Database migration ${failed ? `"${failed}" ` : ''}failed: ${reason}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Read-only: which migrations the database has and which it still lacks (for a readiness probe). */
export async function migrationStatus(store: Store): Promise<MigrationStatus> {
  const migrations = await (await migratorFor(store)).getMigrations();
  return {
    applied: migrations.filter((m) => m.executedAt !== undefined).map((m) => m.name),
    pending: migrations.filter((m) => m.executedAt === undefined).map((m) => m.name),
  };
}

async function migratorFor(store: Store): Promise<Migrator> {
  return new Migrator({
    db: store.db,
    provider: { getMigrations: async () => migrationsFor(store.dialect) },
    // On PostgreSQL, Kysely looks for its bookkeeping tables in every schema unless told which one;
    // pin them to the schema our tables go to, so each schema keeps its own migration history.
    migrationTableSchema: store.dialect === 'postgres' ? await currentSchema(store) : undefined,
  });
}

async function currentSchema(store: Store): Promise<string> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(store.db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('PostgreSQL has no current schema: check the search_path of the database user.');
  return schema;
}
