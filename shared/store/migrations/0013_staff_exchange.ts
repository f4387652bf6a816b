/**
 * Staff exchange: applications with their plan, parties and costs; the full history of who did what; each
 * unit's budget per year; feedback once per direction; the guest's story, published with their consent; and the
 * personal messages already sent about an application (claimed, so each goes once). Portable types only.
 */
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('exchange_applications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id')) // the unit that pays: the home library's
    .addColumn('applicant_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    // Bumped on every change: a write names the version it read, so two tabs or two clicks cannot both win.
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('home_library_id', 'text', (c) => c.notNull()) // ids of shared/data/libraries.json
    .addColumn('host_library_id', 'text')
    .addColumn('starts_on', 'text') // YYYY-MM-DD; a draft may lack them
    .addColumn('ends_on', 'text')
    .addColumn('reciprocal', 'integer', (c) => c.notNull())
    .addColumn('return_visitor', 'text')
    .addColumn('return_starts_on', 'text')
    .addColumn('return_ends_on', 'text')
    .addColumn('expectations', 'text', (c) => c.notNull())
    .addColumn('expertise', 'text', (c) => c.notNull())
    .addColumn('language_practice', 'integer', (c) => c.notNull())
    .addColumn('supervisor_name', 'text', (c) => c.notNull())
    .addColumn('supervisor_email', 'text', (c) => c.notNull())
    .addColumn('supervisor_id', 'text', (c) => c.references('people.id')) // known from submission on
    .addColumn('host_contact_name', 'text', (c) => c.notNull())
    .addColumn('host_contact_email', 'text', (c) => c.notNull())
    .addColumn('host_contact_id', 'text', (c) => c.references('people.id'))
    .addColumn('travel_estimate_cents', 'integer', (c) => c.notNull())
    .addColumn('stay_estimate_cents', 'integer', (c) => c.notNull())
    .addColumn('mentor_name', 'text')
    .addColumn('mentor_email', 'text')
    .addColumn('granted_cents', 'integer')
    .addColumn('actual_travel_cents', 'integer')
    .addColumn('actual_stay_cents', 'integer')
    .addColumn('reimbursed_cents', 'integer')
    .addColumn('last_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'exchange_applications_state_check',
      sql`state in ('draft', 'supervisorReview', 'hostReview', 'coordinatorReview', 'changesRequested', 'approved', 'reimbursed', 'declined', 'withdrawn')`,
    )
    .addCheckConstraint('exchange_applications_money_check', sql`travel_estimate_cents >= 0 and stay_estimate_cents >= 0 and (granted_cents is null or granted_cents >= 0)`)
    .execute();
  await db.schema.createIndex('exchange_applications_applicant_idx').on('exchange_applications').column('applicant_id').execute();
  await db.schema.createIndex('exchange_applications_unit_idx').on('exchange_applications').columns(['unit_id', 'state']).execute();

  await db.schema
    .createTable('exchange_history')
    .addColumn('application_id', 'text', (c) => c.notNull().references('exchange_applications.id'))
    .addColumn('seq', 'integer', (c) => c.notNull()) // the application's version the step made
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('party', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('recorded_for', 'text') // set when a coordinator recorded an outside supervisor's or host's word
    .addColumn('reason', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('exchange_history_pk', ['application_id', 'seq'])
    .execute();

  await db.schema
    .createTable('exchange_budgets')
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('amount_cents', 'integer', (c) => c.notNull())
    .addColumn('set_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('set_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('exchange_budgets_pk', ['unit_id', 'year'])
    .addCheckConstraint('exchange_budgets_amount_check', sql`amount_cents >= 0`)
    .execute();

  await db.schema
    .createTable('exchange_feedback')
    .addColumn('application_id', 'text', (c) => c.notNull().references('exchange_applications.id'))
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('rating', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('given_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('exchange_feedback_pk', ['application_id', 'direction'])
    .addCheckConstraint('exchange_feedback_direction_check', sql`direction in ('guestToHost', 'guestToUnit', 'hostToGuest')`)
    .addCheckConstraint('exchange_feedback_rating_check', sql`rating between 1 and 5`)
    .execute();

  await db.schema
    .createTable('exchange_stories')
    .addColumn('application_id', 'text', (c) => c.primaryKey().references('exchange_applications.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text') // null: the guest took their consent back
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('exchange_notices')
    .addColumn('application_id', 'text', (c) => c.notNull().references('exchange_applications.id'))
    .addColumn('notice', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('exchange_notices_pk', ['application_id', 'notice', 'person_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['exchange_notices', 'exchange_stories', 'exchange_feedback', 'exchange_budgets', 'exchange_history', 'exchange_applications']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
