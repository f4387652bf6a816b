/**
 * Delegated Graph access a coordinator gave by signing in to the tab (the on-behalf-of flow): msal's token cache
 * for that user, sealed with GRAPH_TOKEN_CACHE_KEY, so any instance's outbox can act in their calendar later.
 */
import type { Kysely } from 'kysely';

type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('graph_grants')
    .addColumn('aad_object_id', 'text', (c) => c.primaryKey()) // lower case
    .addColumn('sealed_cache', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('graph_grants').execute();
}
