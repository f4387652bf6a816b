/**
 * Erasing a person from group mentoring. What they wrote or gave for themselves goes (applications, questions,
 * feedback, attendance, votes, a theme nobody has fixed to a meeting yet); what became the group's record stays
 * without them (a theme fixed to a meeting, the notes they kept as mentor, a season they opened).
 */
import { sql } from 'kysely';
import type { EraseStep } from './steps';
import { changed, entraIdsOf, ERASED_PERSON_ID } from './subject';

export const eraseApplicationNotices: EraseStep = async (db, s) => {
  let rows = changed(await db.deleteFrom('mentoring_application_notices').where('person_id', '=', s.person.id).executeTakeFirst());
  if (s.mentoringApplicationIds.length > 0) {
    rows += changed(await db.deleteFrom('mentoring_application_notices').where('application_id', 'in', s.mentoringApplicationIds).executeTakeFirst());
  }
  return rows;
};

export const eraseMentoringApplications: EraseStep = async (db, s) =>
  changed(await db.deleteFrom('mentoring_applications').where('person_id', '=', s.person.id).executeTakeFirst()) +
  changed(await db.updateTable('mentoring_applications').set({ decided_by: null }).where('decided_by', '=', s.person.id).executeTakeFirst());

export const eraseMeetingNotices: EraseStep = async (db, s) => changed(await db.deleteFrom('mentoring_notices_sent').where('person_id', '=', s.person.id).executeTakeFirst());

export const eraseMentoringFeedback: EraseStep = async (db, s) => changed(await db.deleteFrom('mentoring_feedback').where('person_id', '=', s.person.id).executeTakeFirst());

export const eraseAttendance: EraseStep = async (db, s) => changed(await db.deleteFrom('mentoring_attendance').where('person_id', '=', s.person.id).executeTakeFirst());

export const eraseQuestions: EraseStep = async (db, s) => changed(await db.deleteFrom('mentoring_questions').where('asked_by', '=', s.person.id).executeTakeFirst());

/** Their proposals nobody has fixed to a meeting: removed with their votes. */
const unfixedThemesOf = (personId: string) => sql<string>`(select id from mentoring_themes where proposed_by = ${personId} and meeting_id is null)`;

/** Their votes, and every vote on a proposal of theirs that goes; the themes they voted for are counted again. */
export const eraseThemeVotes: EraseStep = async (db, s) => {
  const voted = (await db.selectFrom('mentoring_theme_votes').select('theme_id').where('person_id', '=', s.person.id).execute()).map((r) => r.theme_id);
  const rows =
    changed(await db.deleteFrom('mentoring_theme_votes').where('person_id', '=', s.person.id).executeTakeFirst()) +
    changed(await db.deleteFrom('mentoring_theme_votes').where('theme_id', 'in', unfixedThemesOf(s.person.id)).executeTakeFirst());
  for (const themeId of voted) {
    await db.updateTable('mentoring_themes').set({ votes: sql<number>`(select count(*) from mentoring_theme_votes where theme_id = ${themeId})` }).where('id', '=', themeId).execute();
  }
  return rows;
};

export const eraseThemes: EraseStep = async (db, s) =>
  changed(await db.deleteFrom('mentoring_themes').where('proposed_by', '=', s.person.id).where('meeting_id', 'is', null).executeTakeFirst()) +
  changed(await db.updateTable('mentoring_themes').set({ proposed_by: ERASED_PERSON_ID }).where('proposed_by', '=', s.person.id).executeTakeFirst());

export const eraseNotesAuthor: EraseStep = async (db, s) => changed(await db.updateTable('mentoring_meetings').set({ notes_by: null }).where('notes_by', '=', s.person.id).executeTakeFirst());

export const eraseGroupPlaces: EraseStep = async (db, s) => changed(await db.deleteFrom('mentoring_group_people').where('person_id', '=', s.person.id).executeTakeFirst());

export const eraseSeriesOrganizer: EraseStep = async (db, s) => {
  const entra = entraIdsOf(s.person);
  return entra.length === 0 ? 0 : changed(await db.updateTable('mentoring_groups').set({ graph_organizer_id: null }).where('graph_organizer_id', 'in', entra).executeTakeFirst());
};

export const eraseSeasonOpener: EraseStep = async (db, s) => changed(await db.updateTable('mentoring_seasons').set({ created_by: ERASED_PERSON_ID }).where('created_by', '=', s.person.id).executeTakeFirst());
