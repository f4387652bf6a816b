/**
 * A person's book tip or practice is stored once per event and title: a double click on "Add" or a redelivered
 * activity finds the row already there instead of listing the tip twice.
 */
import type { Kysely } from 'kysely';

type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createIndex('event_contributions_once_idx')
    .on('event_contributions')
    .columns(['event_id', 'person_id', 'kind', 'title'])
    .unique()
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('event_contributions_once_idx').execute();
}
