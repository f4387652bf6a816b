/**
 * When paced work last went, by key (a channel's card updates, a meeting's attendees): shared by every instance,
 * so two servers, or two jobs picked up a few milliseconds apart, keep the gap Teams and Graph ask for.
 */
import type { Kysely } from 'kysely';

type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('spacing')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('last_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('spacing').execute();
}
