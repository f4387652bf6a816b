/**
 * The personal messages already sent about an application to a support group (the coordinators' card, the
 * applicant's answer), one row per message and person, claimed before it goes: each is sent once across
 * instances, retries and restarts.
 */
import type { Kysely } from 'kysely';

type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('mentoring_application_notices')
    .addColumn('application_id', 'text', (c) => c.notNull().references('mentoring_applications.id'))
    .addColumn('notice', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mentoring_application_notices_pk', ['application_id', 'notice', 'person_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('mentoring_application_notices').execute();
}
