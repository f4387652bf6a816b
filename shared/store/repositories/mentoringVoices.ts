/** What members say about a meeting: questions before it (an anonymous one without author) and feedback after. */
import type { Kysely } from 'kysely';
import type { FeedbackAnswer } from '../../domain/mentoring/feedback';
import type { Database } from '../schema';
import { toTimestamp } from './util';

export async function insertQuestion(db: Kysely<Database>, q: { id: string; meetingId: string; text: string; askedBy: string | null }, now: Date): Promise<void> {
  await db.insertInto('mentoring_questions').values({ id: q.id, meeting_id: q.meetingId, text: q.text, asked_by: q.askedBy, asked_at: toTimestamp(now) }).execute();
}

/** In the order asked, each with its asker's name, or null for an anonymous one. */
export async function listQuestions(db: Kysely<Database>, meetingId: string): Promise<Array<{ id: string; text: string; askedBy: string | null }>> {
  return db
    .selectFrom('mentoring_questions as q')
    .leftJoin('people as p', 'p.id', 'q.asked_by')
    // Someone without a display name who asked openly is named by e-mail, never mistaken for anonymous.
    .select((eb) => ['q.id as id', 'q.text as text', eb.case().when('q.asked_by', 'is', null).then(null).else(eb.fn.coalesce('p.display_name', 'p.email', eb.val(''))).end().as('askedBy')])
    .where('q.meeting_id', '=', meetingId)
    .orderBy('q.asked_at')
    .orderBy('q.id')
    .execute();
}

export async function hasFeedback(db: Kysely<Database>, meetingId: string, personId: string): Promise<boolean> {
  return (await db.selectFrom('mentoring_feedback').select('person_id').where('meeting_id', '=', meetingId).where('person_id', '=', personId).executeTakeFirst()) !== undefined;
}

/** Once per person and meeting: false when it was given already (a double click, two devices). */
export async function insertFeedback(db: Kysely<Database>, f: { meetingId: string; personId: string } & FeedbackAnswer, now: Date): Promise<boolean> {
  const result = await db
    .insertInto('mentoring_feedback')
    .values({ meeting_id: f.meetingId, person_id: f.personId, usefulness: f.usefulness, wellbeing: f.wellbeing, comment: f.comment, given_at: toTimestamp(now) })
    .onConflict((oc) => oc.columns(['meeting_id', 'person_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** The mentor's record of a meeting: short notes and who attended (the list replaces the one before). */
export async function recordMeeting(db: Kysely<Database>, r: { meetingId: string; notes: string | null; notesBy: string; attended: readonly string[] }, now: Date): Promise<void> {
  await db.updateTable('mentoring_meetings').set({ notes: r.notes, notes_by: r.notesBy, updated_at: toTimestamp(now) }).where('id', '=', r.meetingId).execute();
  await db.deleteFrom('mentoring_attendance').where('meeting_id', '=', r.meetingId).execute();
  if (r.attended.length) await db.insertInto('mentoring_attendance').values(r.attended.map((personId) => ({ meeting_id: r.meetingId, person_id: personId }))).execute();
}

/** What the season report needs of a group: each meeting with its attendance and theme, and the feedback given. */
export async function reportRows(db: Kysely<Database>, groupId: string) {
  const meetings = await db
    .selectFrom('mentoring_meetings as m')
    .leftJoin('mentoring_themes as t', 't.meeting_id', 'm.id')
    .select((eb) => [
      'm.id as id', 'm.starts_at as startsAt', 'm.state as state', 't.title as theme',
      eb.selectFrom('mentoring_attendance as a').select((a) => a.fn.countAll<number>().as('n')).whereRef('a.meeting_id', '=', 'm.id').as('attended'),
    ])
    .where('m.group_id', '=', groupId)
    .orderBy('m.starts_at')
    .execute();
  const feedback = await db
    .selectFrom('mentoring_feedback as f')
    .innerJoin('mentoring_meetings as m', 'm.id', 'f.meeting_id')
    .select(['f.usefulness', 'f.wellbeing', 'f.comment'])
    .where('m.group_id', '=', groupId)
    .orderBy('f.given_at')
    .execute();
  return {
    meetings: meetings.map((m) => ({ startsAt: new Date(m.startsAt), cancelled: m.state === 'cancelled', attended: Number(m.attended ?? 0), theme: m.theme })),
    feedback,
  };
}

/** What the mentor recorded of each of a group's meetings: notes and who attended, by meeting id. */
export async function meetingRecords(db: Kysely<Database>, groupId: string): Promise<Map<string, { notes: string | null; attended: string[] }>> {
  const meetings = await db.selectFrom('mentoring_meetings').select(['id', 'notes']).where('group_id', '=', groupId).where('notes_by', 'is not', null).execute();
  const records = new Map(meetings.map((m) => [m.id, { notes: m.notes, attended: [] as string[] }]));
  if (records.size === 0) return records;
  const attendance = await db.selectFrom('mentoring_attendance').select(['meeting_id', 'person_id']).where('meeting_id', 'in', [...records.keys()]).orderBy('person_id').execute();
  for (const row of attendance) records.get(row.meeting_id)?.attended.push(row.person_id);
  return records;
}
