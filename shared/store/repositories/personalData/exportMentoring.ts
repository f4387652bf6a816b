/** The export's mentoring area: their groups, applications, themes, votes, questions, feedback and notes. */
import type { Kysely } from 'kysely';
import type { PersonalDataExport } from '../../../api/personalDataContract';
import type { Database } from '../../schema';
import type { ExportSubject } from './exportProfile';

const localized = (r: { fi: string; sv: string; en: string | null }) => ({ fi: r.fi, sv: r.sv, en: r.en });
const groupName = ['g.name_fi as fi', 'g.name_sv as sv', 'g.name_en as en'] as const;

export async function mentoringArea(db: Kysely<Database>, { person }: ExportSubject): Promise<PersonalDataExport['mentoring']> {
  const id = person.id;
  const groups = await db
    .selectFrom('mentoring_group_people as gp')
    .innerJoin('mentoring_groups as g', 'g.id', 'gp.group_id')
    .select(['gp.group_id', ...groupName, 'gp.role', 'gp.added_at'])
    .where('gp.person_id', '=', id)
    .orderBy('gp.added_at')
    .execute();
  const applications = await db
    .selectFrom('mentoring_applications as a')
    .innerJoin('mentoring_groups as g', 'g.id', 'a.group_id')
    .select(['a.id', 'a.group_id', ...groupName, 'a.state', 'a.message', 'a.reason', 'a.created_at', 'a.decided_at'])
    .where('a.person_id', '=', id)
    .orderBy('a.created_at')
    .execute();
  const themes = await db.selectFrom('mentoring_themes').select(['id', 'group_id', 'title', 'proposed_at']).where('proposed_by', '=', id).orderBy('proposed_at').execute();
  const votes = await db
    .selectFrom('mentoring_theme_votes as v')
    .innerJoin('mentoring_themes as t', 't.id', 'v.theme_id')
    .select(['v.theme_id', 't.title', 'v.voted_at'])
    .where('v.person_id', '=', id)
    .orderBy('v.voted_at')
    .execute();
  const questions = await db
    .selectFrom('mentoring_questions as q')
    .innerJoin('mentoring_meetings as m', 'm.id', 'q.meeting_id')
    .select(['q.meeting_id', 'm.starts_at', 'q.text', 'q.asked_at'])
    .where('q.asked_by', '=', id)
    .orderBy('q.asked_at')
    .execute();
  const feedback = await db
    .selectFrom('mentoring_feedback as f')
    .innerJoin('mentoring_meetings as m', 'm.id', 'f.meeting_id')
    .select(['f.meeting_id', 'm.starts_at', 'f.usefulness', 'f.wellbeing', 'f.comment', 'f.given_at'])
    .where('f.person_id', '=', id)
    .orderBy('f.given_at')
    .execute();
  const attended = await db
    .selectFrom('mentoring_attendance as a')
    .innerJoin('mentoring_meetings as m', 'm.id', 'a.meeting_id')
    .select(['a.meeting_id', 'm.starts_at'])
    .where('a.person_id', '=', id)
    .orderBy('m.starts_at')
    .execute();
  const notes = await db.selectFrom('mentoring_meetings').select(['id', 'starts_at', 'notes']).where('notes_by', '=', id).orderBy('starts_at').execute();
  const seasons = await db.selectFrom('mentoring_seasons').select(['id', 'name_fi as fi', 'name_sv as sv', 'name_en as en', 'created_at']).where('created_by', '=', id).orderBy('created_at').execute();
  const meetingNotices = await db.selectFrom('mentoring_notices_sent').select(['meeting_id as about', 'notice', 'sent_at']).where('person_id', '=', id).execute();
  const applicationNotices = await db.selectFrom('mentoring_application_notices').select(['application_id as about', 'notice', 'sent_at']).where('person_id', '=', id).execute();
  return {
    groups: groups.map((g) => ({ groupId: g.group_id, group: localized(g), role: g.role, addedAt: g.added_at })),
    applications: applications.map((a) => ({
      id: a.id, groupId: a.group_id, group: localized(a), state: a.state, message: a.message, reason: a.reason, appliedAt: a.created_at, decidedAt: a.decided_at,
    })),
    themesProposed: themes.map((t) => ({ themeId: t.id, groupId: t.group_id, title: t.title, proposedAt: t.proposed_at })),
    votes: votes.map((v) => ({ themeId: v.theme_id, title: v.title, votedAt: v.voted_at })),
    questions: questions.map((q) => ({ meetingId: q.meeting_id, meetingStartsAt: q.starts_at, text: q.text, askedAt: q.asked_at })),
    feedback: feedback.map((f) => ({
      meetingId: f.meeting_id, meetingStartsAt: f.starts_at, usefulness: Number(f.usefulness), wellbeing: Number(f.wellbeing), comment: f.comment, givenAt: f.given_at,
    })),
    attended: attended.map((a) => ({ meetingId: a.meeting_id, meetingStartsAt: a.starts_at })),
    notesWritten: notes.map((n) => ({ meetingId: n.id, meetingStartsAt: n.starts_at, notes: n.notes })),
    seasonsOpened: seasons.map((s) => ({ seasonId: s.id, season: localized(s), openedAt: s.created_at })),
    messages: [...meetingNotices, ...applicationNotices].sort((a, b) => a.sent_at.localeCompare(b.sent_at)).map((n) => ({ about: n.about, notice: n.notice, sentAt: n.sent_at })),
  };
}
