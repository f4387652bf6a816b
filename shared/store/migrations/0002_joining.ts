/**
 * Joining networks: join requests, memberships, the approval cards sent to coordinators, a durable outbox for
 * work done after the answer (Graph, proactive messages), and the audit log. Portable types only, as in 0001.
 */
import { sql, type Kysely } from 'kysely';
import type { StoreDialect } from '../database';

type AnyDb = Kysely<any>;

const serialId = (dialect: StoreDialect) =>
  [dialect === 'postgres' ? 'serial' : 'integer', (c: any) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement())] as const;

export async function up(db: AnyDb, dialect: StoreDialect): Promise<void> {
  // A person's e-mail (from Teams' member info) identifies coordinators named by e-mail; library is asked once.
  await db.schema.alterTable('people').addColumn('email', 'text').execute();
  await db.schema.alterTable('people').addColumn('library', 'text').execute();
  // A guest's user id in the tenant that hosts the teams, once invited: later adds and removals reuse it.
  await db.schema.alterTable('people').addColumn('guest_user_id', 'text').execute();
  await db.schema.createIndex('people_email_idx').on('people').column('email').execute();
  // The link people follow to the network's team ("Get link to team" in Teams), for the approval message.
  await db.schema.alterTable('networks').addColumn('teams_url', 'text').execute();

  await db.schema
    .createTable('join_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('network_id', 'text', (c) => c.notNull().references('networks.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('message', 'text')
    .addColumn('library', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('people.id'))
    .addColumn('decided_at', 'text')
    .addColumn('reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('join_requests_state_check', sql`state in ('pending', 'approved', 'declined', 'withdrawn')`)
    .execute();
  // One open request per person and network, enforced by the database (a double click races the check).
  await db.schema
    .createIndex('join_requests_one_pending_idx')
    .on('join_requests')
    .columns(['network_id', 'person_id'])
    .unique()
    .where(sql.ref('state'), '=', 'pending')
    .execute();
  await db.schema.createIndex('join_requests_network_state_idx').on('join_requests').columns(['network_id', 'state']).execute();
  await db.schema.createIndex('join_requests_person_idx').on('join_requests').column('person_id').execute();

  await db.schema
    .createTable('memberships')
    .addColumn('network_id', 'text', (c) => c.notNull().references('networks.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('join_request_id', 'text', (c) => c.references('join_requests.id'))
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .addColumn('left_at', 'text')
    // Where Teams membership stands: pending (outbox at work), done, manual (no Graph credentials), failed.
    .addColumn('teams_state', 'text', (c) => c.notNull())
    .addColumn('teams_detail', 'text')
    .addPrimaryKeyConstraint('memberships_pk', ['network_id', 'person_id'])
    .addCheckConstraint('memberships_teams_state_check', sql`teams_state in ('pending', 'done', 'manual', 'failed', 'removed')`)
    .execute();
  // A person's own networks are looked up on every network list they open.
  await db.schema.createIndex('memberships_person_idx').on('memberships').column('person_id').execute();

  await db.schema
    .createTable('approval_cards')
    .addColumn('join_request_id', 'text', (c) => c.notNull().references('join_requests.id'))
    .addColumn('coordinator_person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('activity_id', 'text')
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('approval_cards_pk', ['join_request_id', 'coordinator_person_id'])
    .execute();

  const [idType, idColumn] = serialId(dialect);
  await db.schema
    .createTable('outbox')
    .addColumn('id', idType, idColumn)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload_json', 'text', (c) => c.notNull())
    // The same work enqueued twice (a redelivered activity) is one job.
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('outbox_state_check', sql`state in ('pending', 'done', 'failed')`)
    .execute();
  await db.schema.createIndex('outbox_due_idx').on('outbox').columns(['state', 'next_attempt_at']).execute();

  const [auditIdType, auditIdColumn] = serialId(dialect);
  await db.schema
    .createTable('audit_log')
    .addColumn('id', auditIdType, auditIdColumn)
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('detail_json', 'text')
    .execute();
  await db.schema.createIndex('audit_log_subject_idx').on('audit_log').columns(['subject_type', 'subject_id', 'id']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['audit_log', 'outbox', 'approval_cards', 'memberships', 'join_requests']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  await db.schema.alterTable('networks').dropColumn('teams_url').execute();
  await db.schema.dropIndex('people_email_idx').ifExists().execute();
  await db.schema.alterTable('people').dropColumn('guest_user_id').execute();
  await db.schema.alterTable('people').dropColumn('library').execute();
  await db.schema.alterTable('people').dropColumn('email').execute();
}
