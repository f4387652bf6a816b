/**
 * A network's shared resources: its escape-room games and their bookings, each booking's claim on the game's days
 * (the primary key makes two loans of one game on one day impossible, whichever instance or engine writes them),
 * the personal messages already sent about a booking, the yearly reading challenge and the list of guides.
 * Portable types only.
 */
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('games')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('network_id', 'text', (c) => c.notNull().references('networks.id'))
    .addColumn('name_fi', 'text', (c) => c.notNull())
    .addColumn('name_sv', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('description_fi', 'text', (c) => c.notNull())
    .addColumn('description_sv', 'text', (c) => c.notNull())
    .addColumn('description_en', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('games_network_idx').on('games').column('network_id').execute();

  await db.schema
    .createTable('game_bookings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('game_id', 'text', (c) => c.notNull().references('games.id'))
    .addColumn('booker_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('library_id', 'text', (c) => c.notNull()) // an id of shared/data/libraries.json
    .addColumn('pick_up_on', 'text', (c) => c.notNull()) // YYYY-MM-DD, both days included
    .addColumn('return_on', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    // Bumped on every step: a step names the version it read, so a stale tab or a double click changes nothing.
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('message', 'text')
    .addColumn('reason', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('people.id'))
    .addColumn('handed_over_at', 'text')
    .addColumn('hand_over_note', 'text')
    .addColumn('returned_at', 'text')
    .addColumn('return_condition', 'text')
    .addColumn('return_note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('game_bookings_state_check', sql`state in ('requested', 'confirmed', 'handedOver', 'returned', 'declined', 'cancelled')`)
    .addCheckConstraint('game_bookings_condition_check', sql`return_condition is null or return_condition in ('complete', 'missingParts', 'damaged')`)
    .addCheckConstraint('game_bookings_period_check', sql`pick_up_on <= return_on`)
    .execute();
  await db.schema.createIndex('game_bookings_game_idx').on('game_bookings').columns(['game_id', 'pick_up_on']).execute();
  await db.schema.createIndex('game_bookings_booker_idx').on('game_bookings').column('booker_id').execute();

  await db.schema
    .createTable('game_booking_days')
    .addColumn('game_id', 'text', (c) => c.notNull().references('games.id'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('booking_id', 'text', (c) => c.notNull().references('game_bookings.id'))
    .addPrimaryKeyConstraint('game_booking_days_pk', ['game_id', 'day'])
    .execute();
  await db.schema.createIndex('game_booking_days_booking_idx').on('game_booking_days').column('booking_id').execute();

  await db.schema
    .createTable('game_booking_notices')
    .addColumn('booking_id', 'text', (c) => c.notNull().references('game_bookings.id'))
    .addColumn('notice', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('game_booking_notices_pk', ['booking_id', 'notice', 'person_id'])
    .execute();

  await db.schema
    .createTable('reading_challenges')
    .addColumn('network_id', 'text', (c) => c.notNull().references('networks.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('title_fi', 'text', (c) => c.notNull())
    .addColumn('title_sv', 'text', (c) => c.notNull())
    .addColumn('intro_fi', 'text', (c) => c.notNull())
    .addColumn('intro_sv', 'text', (c) => c.notNull())
    .addColumn('tasks_json', 'text', (c) => c.notNull()) // [{ fi, sv }], in order
    .addColumn('published_at', 'text') // null while the coordinator writes it
    .addColumn('updated_by', 'text', (c) => c.references('people.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reading_challenges_pk', ['network_id', 'year'])
    .execute();

  await db.schema
    .createTable('network_guides')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('network_id', 'text', (c) => c.notNull().references('networks.id'))
    .addColumn('title_fi', 'text', (c) => c.notNull())
    .addColumn('title_sv', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('editions_json', 'text', (c) => c.notNull()) // { fi?: { url, published }, sv?: ..., en?: ... }
    .addColumn('updated_by', 'text', (c) => c.references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('network_guides_network_idx').on('network_guides').columns(['network_id', 'created_at']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['network_guides', 'reading_challenges', 'game_booking_notices', 'game_booking_days', 'game_bookings', 'games']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
