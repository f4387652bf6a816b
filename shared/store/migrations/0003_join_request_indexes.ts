/**
 * Join requests are looked up by person (the network list shows where one stands) and, while pending, by
 * network (a coordinator's list). The person index now carries state and network too, so the first lookup
 * reads the index alone; the pending list uses the partial unique index of 0002, so the (network, state)
 * index only cost a write on every request and every decision.
 */
import type { Kysely } from 'kysely';

type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('join_requests_network_state_idx').execute();
  await db.schema.dropIndex('join_requests_person_idx').execute();
  await db.schema.createIndex('join_requests_person_state_idx').on('join_requests').columns(['person_id', 'state', 'network_id']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('join_requests_person_state_idx').execute();
  await db.schema.createIndex('join_requests_person_idx').on('join_requests').column('person_id').execute();
  await db.schema.createIndex('join_requests_network_state_idx').on('join_requests').columns(['network_id', 'state']).execute();
}
