/**
 * Group mentoring: seasons, support groups with their mentors and members, applications, the monthly meetings
 * (one recurring Teams meeting per group, single meetings moved or cancelled), themes and votes, questions sent in
 * advance (an anonymous one has no author), attendance, and feedback once per person and meeting.
 * Portable types only, as in 0001.
 */
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('mentoring_seasons')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('name_fi', 'text', (c) => c.notNull())
    .addColumn('name_sv', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text')
    .addColumn('starts_on', 'text', (c) => c.notNull()) // YYYY-MM-DD, Finnish calendar day
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('mentoring_groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('season_id', 'text', (c) => c.notNull().references('mentoring_seasons.id'))
    .addColumn('network_id', 'text', (c) => c.references('networks.id'))
    .addColumn('name_fi', 'text', (c) => c.notNull())
    .addColumn('name_sv', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text')
    .addColumn('focus_fi', 'text', (c) => c.notNull())
    .addColumn('focus_sv', 'text', (c) => c.notNull())
    .addColumn('focus_en', 'text')
    .addColumn('capacity', 'integer')
    // The monthly rule (weekday, ordinal, start and end time) once the season's meetings are planned.
    .addColumn('meeting_rule_json', 'text')
    // The recurring Teams meeting: its organizer and the series master's id in their calendar.
    .addColumn('graph_organizer_id', 'text')
    .addColumn('graph_series_id', 'text')
    .addColumn('join_url', 'text')
    .addColumn('series_state', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('mentoring_groups_capacity_check', sql`capacity is null or capacity > 0`)
    .addCheckConstraint('mentoring_groups_series_state_check', sql`series_state in ('unplanned', 'pending', 'created', 'manual', 'failed')`)
    .execute();
  await db.schema.createIndex('mentoring_groups_season_idx').on('mentoring_groups').column('season_id').execute();

  await db.schema
    .createTable('mentoring_group_people')
    .addColumn('group_id', 'text', (c) => c.notNull().references('mentoring_groups.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mentoring_group_people_pk', ['group_id', 'person_id'])
    .addCheckConstraint('mentoring_group_people_role_check', sql`role in ('mentor', 'member')`)
    .execute();
  await db.schema.createIndex('mentoring_group_people_person_idx').on('mentoring_group_people').column('person_id').execute();

  await db.schema
    .createTable('mentoring_applications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text', (c) => c.notNull().references('mentoring_groups.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('message', 'text')
    .addColumn('reason', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('people.id'))
    .addColumn('decided_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('mentoring_applications_state_check', sql`state in ('pending', 'accepted', 'declined', 'withdrawn')`)
    .execute();
  // At most one pending application per person and group, whatever the race.
  await db.schema
    .createIndex('mentoring_applications_pending_uq')
    .on('mentoring_applications')
    .columns(['group_id', 'person_id'])
    .unique()
    .where(sql.ref('state'), '=', 'pending')
    .execute();

  await db.schema
    .createTable('mentoring_meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text', (c) => c.notNull().references('mentoring_groups.id'))
    // The occurrence's original date in the series (YYYY-MM-DD), which Graph's instances are matched by.
    .addColumn('series_date', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('graph_event_id', 'text') // the occurrence's id, once it was moved or cancelled through Graph
    .addColumn('notes', 'text')
    .addColumn('notes_by', 'text', (c) => c.references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('mentoring_meetings_series_date_uq', ['group_id', 'series_date'])
    .addCheckConstraint('mentoring_meetings_state_check', sql`state in ('scheduled', 'cancelled')`)
    .execute();

  await db.schema
    .createTable('mentoring_themes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text', (c) => c.notNull().references('mentoring_groups.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('title_key', 'text', (c) => c.notNull()) // normalized, for "already proposed"
    .addColumn('proposed_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('proposed_at', 'text', (c) => c.notNull())
    .addColumn('meeting_id', 'text', (c) => c.references('mentoring_meetings.id'))
    .addColumn('votes', 'integer', (c) => c.notNull())
    .addUniqueConstraint('mentoring_themes_title_uq', ['group_id', 'title_key'])
    .execute();

  await db.schema
    .createTable('mentoring_theme_votes')
    .addColumn('theme_id', 'text', (c) => c.notNull().references('mentoring_themes.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('voted_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mentoring_theme_votes_pk', ['theme_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('mentoring_questions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('mentoring_meetings.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('asked_by', 'text', (c) => c.references('people.id')) // null: anonymous, and never known
    .addColumn('asked_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('mentoring_attendance')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('mentoring_meetings.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addPrimaryKeyConstraint('mentoring_attendance_pk', ['meeting_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('mentoring_feedback')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('mentoring_meetings.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('usefulness', 'integer', (c) => c.notNull())
    .addColumn('wellbeing', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('given_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mentoring_feedback_pk', ['meeting_id', 'person_id'])
    .addCheckConstraint('mentoring_feedback_scale_check', sql`usefulness between 1 and 5 and wellbeing between 1 and 5`)
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'mentoring_feedback', 'mentoring_attendance', 'mentoring_questions', 'mentoring_theme_votes', 'mentoring_themes',
    'mentoring_meetings', 'mentoring_applications', 'mentoring_group_people', 'mentoring_groups', 'mentoring_seasons',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
