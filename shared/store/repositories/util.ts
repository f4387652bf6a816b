/** Small helpers shared by the repositories. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema';

/** Stored timestamps are ISO 8601 UTC with milliseconds ('2024-05-01T08:00:00.000Z'): they sort as text. */
export function toTimestamp(now: Date): string {
  if (Number.isNaN(now.getTime())) throw new Error('Invalid date given as "now"');
  return now.toISOString();
}

/** Runs fn in a transaction, or inside the caller's transaction if db already is one (Kysely cannot nest). */
export function inTransaction<T>(db: Kysely<Database>, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db as Transaction<Database>) : db.transaction().execute(fn);
}
