/**
 * The daily retention sweep for group mentoring: once a season ended before the retention period, its personal
 * rows go (places, applications, questions, feedback, attendance, votes, notices, notes); the season, its groups,
 * meetings and themes stay as the unit's record of what was held, without anyone's name.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../schema';
import type { SweepStep } from './steps';
import { changed, ERASED_PERSON_ID } from './subject';

const oldSeasons = (db: Kysely<Database>, day: string) => db.selectFrom('mentoring_seasons').select('id').where('ends_on', '<', day);
const oldGroups = (db: Kysely<Database>, day: string) => db.selectFrom('mentoring_groups').select('id').where('season_id', 'in', oldSeasons(db, day));
const oldMeetings = (db: Kysely<Database>, day: string) => db.selectFrom('mentoring_meetings').select('id').where('group_id', 'in', oldGroups(db, day));
const oldApplications = (db: Kysely<Database>, day: string) => db.selectFrom('mentoring_applications').select('id').where('group_id', 'in', oldGroups(db, day));
const oldThemes = (db: Kysely<Database>, day: string) => db.selectFrom('mentoring_themes').select('id').where('group_id', 'in', oldGroups(db, day));

export const sweepApplicationNotices: SweepStep = async (db, c) =>
  changed(await db.deleteFrom('mentoring_application_notices').where('application_id', 'in', oldApplications(db, c.day)).executeTakeFirst());
export const sweepMentoringApplications: SweepStep = async (db, c) => changed(await db.deleteFrom('mentoring_applications').where('group_id', 'in', oldGroups(db, c.day)).executeTakeFirst());

const ofOldMeetings =
  (table: 'mentoring_notices_sent' | 'mentoring_feedback' | 'mentoring_attendance' | 'mentoring_questions'): SweepStep =>
  async (db, c) =>
    changed(await db.deleteFrom(table).where('meeting_id', 'in', oldMeetings(db, c.day)).executeTakeFirst());

export const sweepMeetingNotices = ofOldMeetings('mentoring_notices_sent');
export const sweepMentoringFeedback = ofOldMeetings('mentoring_feedback');
export const sweepAttendance = ofOldMeetings('mentoring_attendance');
export const sweepQuestions = ofOldMeetings('mentoring_questions');

export const sweepThemeVotes: SweepStep = async (db, c) => changed(await db.deleteFrom('mentoring_theme_votes').where('theme_id', 'in', oldThemes(db, c.day)).executeTakeFirst());
export const sweepThemes: SweepStep = async (db, c) =>
  changed(await db.updateTable('mentoring_themes').set({ proposed_by: ERASED_PERSON_ID }).where('group_id', 'in', oldGroups(db, c.day)).where('proposed_by', '!=', ERASED_PERSON_ID).executeTakeFirst());
/** A mentor's notes may name the group's people: they go with the rest. */
export const sweepMeetingNotes: SweepStep = async (db, c) =>
  changed(await db.updateTable('mentoring_meetings').set({ notes: null, notes_by: null }).where('group_id', 'in', oldGroups(db, c.day)).where((eb) => eb.or([eb('notes', 'is not', null), eb('notes_by', 'is not', null)])).executeTakeFirst());
export const sweepGroupPlaces: SweepStep = async (db, c) => changed(await db.deleteFrom('mentoring_group_people').where('group_id', 'in', oldGroups(db, c.day)).executeTakeFirst());
export const sweepSeriesOrganizers: SweepStep = async (db, c) =>
  changed(await db.updateTable('mentoring_groups').set({ graph_organizer_id: null }).where('id', 'in', oldGroups(db, c.day)).where('graph_organizer_id', 'is not', null).executeTakeFirst());
export const sweepSeasonOpeners: SweepStep = async (db, c) =>
  changed(await db.updateTable('mentoring_seasons').set({ created_by: ERASED_PERSON_ID }).where('ends_on', '<', c.day).where('created_by', '!=', ERASED_PERSON_ID).executeTakeFirst());
