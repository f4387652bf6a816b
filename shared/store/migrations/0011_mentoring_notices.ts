/**
 * The personal messages already sent about a support group's meeting (its agenda, the feedback request), one row
 * per message and person, claimed before it goes: each is sent once across instances, retries and restarts.
 */
import type { Kysely } from 'kysely';

type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('mentoring_notices_sent')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('mentoring_meetings.id'))
    .addColumn('notice', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mentoring_notices_sent_pk', ['meeting_id', 'notice', 'person_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('mentoring_notices_sent').execute();
}
