/** Kollega's administrators, from the seed: who may act as every network's coordinator. */
import type { Kysely } from 'kysely';

type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('admins')
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('email', 'text') // lower case
    .addColumn('aad_object_id', 'text') // lower case
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('admins').execute();
}
