/** The sealed token caches behind delegated Graph access, one row per Entra user (shared/graph/delegatedAccess.ts). */
import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { toTimestamp } from './util';

const key = (aadObjectId: string) => aadObjectId.toLowerCase();

export async function readGraphGrant(db: Kysely<Database>, aadObjectId: string): Promise<string | undefined> {
  const row = await db.selectFrom('graph_grants').select('sealed_cache').where('aad_object_id', '=', key(aadObjectId)).executeTakeFirst();
  return row?.sealed_cache;
}

export async function saveGraphGrant(db: Kysely<Database>, aadObjectId: string, sealedCache: string, now: Date): Promise<void> {
  const values = { sealed_cache: sealedCache, updated_at: toTimestamp(now) };
  await db
    .insertInto('graph_grants')
    .values({ aad_object_id: key(aadObjectId), ...values })
    .onConflict((oc) => oc.column('aad_object_id').doUpdateSet(values))
    .execute();
}

export async function deleteGraphGrant(db: Kysely<Database>, aadObjectId: string): Promise<void> {
  await db.deleteFrom('graph_grants').where('aad_object_id', '=', key(aadObjectId)).execute();
}

/** The table as the Graph module's vault for delegated tokens (it asks for read, write and remove by user). */
export function graphGrantVault(db: Kysely<Database>, now: () => Date) {
  return {
    read: (userId: string) => readGraphGrant(db, userId),
    write: (userId: string, sealed: string) => saveGraphGrant(db, userId, sealed, now()),
    remove: (userId: string) => deleteGraphGrant(db, userId),
  };
}
