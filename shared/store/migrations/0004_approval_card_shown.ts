/**
 * What each copy of an approval card shows now, as a fingerprint of the card last sent or put there: an update
 * that was deferred or retried skips the copies that already show the current state, instead of sending them
 * again and queueing behind Teams' rate limit once more.
 */
import type { Kysely } from 'kysely';

type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('approval_cards').addColumn('shown', 'text').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('approval_cards').dropColumn('shown').execute();
}
