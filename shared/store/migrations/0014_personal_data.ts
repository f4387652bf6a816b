/**
 * Personal data: the daily retention sweep finds old audit entries and finished outbox work by time, and a
 * person's export reads the audit entries they made; without these indexes each would read the whole table.
 */
import type { Kysely } from 'kysely';

type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();
  await db.schema.createIndex('audit_log_actor_idx').on('audit_log').columns(['actor', 'id']).execute();
  await db.schema.createIndex('outbox_finished_idx').on('outbox').columns(['state', 'updated_at']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const index of ['outbox_finished_idx', 'audit_log_actor_idx', 'audit_log_at_idx']) await db.schema.dropIndex(index).ifExists().execute();
}
