/**
 * Coffee sessions and network days: events, people's answers (with the waitlist's order), the announcement
 * cards posted to channels, members' contributions (book tips, practices) and the personal messages already sent
 * about an event (reminders, changes).
 * Portable types only, as in 0001.
 */
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('network_id', 'text', (c) => c.notNull().references('networks.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title_fi', 'text', (c) => c.notNull())
    .addColumn('title_sv', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text')
    .addColumn('description_fi', 'text', (c) => c.notNull())
    .addColumn('description_sv', 'text', (c) => c.notNull())
    .addColumn('description_en', 'text')
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('rsvp_deadline', 'text')
    .addColumn('capacity', 'integer')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('cancel_reason', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('people.id'))
    // The Teams meeting: made through Graph (pending → created or failed), or given by hand (manual).
    .addColumn('meeting_state', 'text', (c) => c.notNull())
    .addColumn('meeting_detail', 'text')
    .addColumn('join_url', 'text')
    .addColumn('graph_organizer_id', 'text')
    .addColumn('graph_event_id', 'text')
    // A random secret in the .ics link, so a link shared in the channel is the only way to it.
    .addColumn('ics_token', 'text', (c) => c.notNull())
    // Bumped by every change people see on the card: plan, answers, contributions.
    .addColumn('version', 'integer', (c) => c.notNull())
    // Bumped when the people with a seat change; the attendees sync brings Graph up to it (attendees_synced).
    .addColumn('attendees_version', 'integer', (c) => c.notNull())
    .addColumn('attendees_synced', 'integer', (c) => c.notNull())
    .addColumn('confirmed_count', 'integer', (c) => c.notNull())
    .addColumn('waitlisted_count', 'integer', (c) => c.notNull())
    .addColumn('maybe_count', 'integer', (c) => c.notNull())
    .addColumn('not_going_count', 'integer', (c) => c.notNull())
    .addColumn('contributions_count', 'integer', (c) => c.notNull())
    // The order of going answers: the waitlist is first come, first served.
    .addColumn('next_seq', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('events_kind_check', sql`kind in ('bookCoffee', 'ideaCoffee', 'networkDay', 'other')`)
    .addCheckConstraint('events_state_check', sql`state in ('scheduled', 'cancelled')`)
    .addCheckConstraint('events_meeting_state_check', sql`meeting_state in ('pending', 'created', 'manual', 'failed')`)
    .addCheckConstraint('events_capacity_check', sql`capacity is null or capacity >= 0`)
    .execute();
  await db.schema.createIndex('events_network_starts_idx').on('events').columns(['network_id', 'starts_at']).execute();

  await db.schema
    .createTable('event_rsvps')
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('status', 'text')
    .addColumn('seq', 'integer')
    .addColumn('answered_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_rsvps_pk', ['event_id', 'person_id'])
    .addCheckConstraint('event_rsvps_answer_check', sql`answer in ('going', 'maybe', 'notGoing')`)
    .addCheckConstraint('event_rsvps_status_check', sql`status is null or status in ('confirmed', 'waitlisted')`)
    .execute();
  await db.schema.createIndex('event_rsvps_queue_idx').on('event_rsvps').columns(['event_id', 'status', 'seq']).execute();
  await db.schema.createIndex('event_rsvps_person_idx').on('event_rsvps').column('person_id').execute();

  await db.schema
    .createTable('event_posts')
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id'))
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('activity_id', 'text')
    .addColumn('shown_version', 'integer')
    .addColumn('posted_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_posts_pk', ['event_id', 'conversation_id'])
    .execute();

  await db.schema
    .createTable('event_contributions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('author', 'text')
    .addColumn('age_group', 'text')
    .addColumn('isbn', 'text')
    .addColumn('note', 'text')
    .addColumn('description', 'text')
    .addColumn('library', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('event_contributions_kind_check', sql`kind in ('bookTip', 'practice')`)
    .execute();
  await db.schema.createIndex('event_contributions_event_idx').on('event_contributions').columns(['event_id', 'created_at']).execute();

  // One row per message and person (a reminder, news of a change), claimed before it goes: each is sent once.
  await db.schema
    .createTable('event_notices_sent')
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id'))
    .addColumn('notice', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_notices_sent_pk', ['event_id', 'notice', 'person_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['event_notices_sent', 'event_contributions', 'event_posts', 'event_rsvps', 'events']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
