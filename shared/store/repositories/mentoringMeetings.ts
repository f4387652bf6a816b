/** A support group's meetings (one row per occurrence of its monthly series) and the series' Teams meeting. */
import type { Kysely, Selectable } from 'kysely';
import type { MonthlyRule } from '../../domain/mentoring/monthlySeries';
import type { Database, MentoringGroupsTable, MentoringMeetingsTable } from '../schema';
import { toTimestamp } from './util';
import { claimSentNotice, releaseSentNotice } from './noticeClaims';

export interface MeetingRecord {
  id: string;
  groupId: string;
  seriesDate: string;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
}

export interface SeriesRecord {
  rule: MonthlyRule | null;
  organizerId: string | null;
  graphSeriesId: string | null;
  joinUrl: string | null;
  state: MentoringGroupsTable['series_state'];
}

const meetingOf = (row: Selectable<MentoringMeetingsTable>): MeetingRecord => ({
  id: row.id, groupId: row.group_id, seriesDate: row.series_date, startsAt: new Date(row.starts_at), endsAt: new Date(row.ends_at), cancelled: row.state === 'cancelled',
});

export async function insertMeetings(db: Kysely<Database>, groupId: string, meetings: ReadonlyArray<{ id: string; date: string; startsAt: Date; endsAt: Date }>, now: Date): Promise<void> {
  const at = toTimestamp(now);
  if (meetings.length === 0) return;
  await db
    .insertInto('mentoring_meetings')
    .values(meetings.map((m) => ({
      id: m.id, group_id: groupId, series_date: m.date, starts_at: toTimestamp(m.startsAt), ends_at: toTimestamp(m.endsAt), state: 'scheduled' as const,
      graph_event_id: null, notes: null, notes_by: null, created_at: at, updated_at: at,
    })))
    .execute();
}

/** In time order. */
export async function listMeetings(db: Kysely<Database>, groupId: string): Promise<MeetingRecord[]> {
  const rows = await db.selectFrom('mentoring_meetings').selectAll().where('group_id', '=', groupId).orderBy('starts_at').execute();
  return rows.map(meetingOf);
}

export async function getSeries(db: Kysely<Database>, groupId: string): Promise<SeriesRecord | undefined> {
  const row = await db.selectFrom('mentoring_groups').select(['meeting_rule_json', 'graph_organizer_id', 'graph_series_id', 'join_url', 'series_state']).where('id', '=', groupId).executeTakeFirst();
  return row && {
    rule: row.meeting_rule_json ? (JSON.parse(row.meeting_rule_json) as MonthlyRule) : null,
    organizerId: row.graph_organizer_id,
    graphSeriesId: row.graph_series_id,
    joinUrl: row.join_url,
    state: row.series_state,
  };
}

/** The series as planned; only from 'unplanned', so two coordinators planning at once plan it once. */
export async function planSeriesRow(db: Kysely<Database>, groupId: string, plan: { rule: MonthlyRule; organizerId: string | null; state: 'pending' | 'manual' }, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('mentoring_groups')
    .set({ meeting_rule_json: JSON.stringify(plan.rule), graph_organizer_id: plan.organizerId, series_state: plan.state, updated_at: toTimestamp(now) })
    .where('id', '=', groupId)
    .where('series_state', '=', 'unplanned')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function saveSeriesMeeting(db: Kysely<Database>, groupId: string, made: { state: 'created' | 'failed'; graphSeriesId?: string; joinUrl?: string | null }, now: Date): Promise<void> {
  await db
    .updateTable('mentoring_groups')
    .set({ series_state: made.state, graph_series_id: made.graphSeriesId ?? null, join_url: made.joinUrl ?? null, updated_at: toTimestamp(now) })
    .where('id', '=', groupId)
    .execute();
}

export async function getMeeting(db: Kysely<Database>, id: string): Promise<MeetingRecord | undefined> {
  const row = await db.selectFrom('mentoring_meetings').selectAll().where('id', '=', id).executeTakeFirst();
  return row && meetingOf(row);
}

/** Claims a personal message about a meeting for one person; false when it was sent (or is being sent) already. */
export const claimMeetingNotice = (db: Kysely<Database>, input: { meetingId: string; notice: string; personId: string }, now: Date) =>
  claimSentNotice(db, 'mentoring_notices_sent', { subjectId: input.meetingId, notice: input.notice, personId: input.personId }, now);

/** The message could not be sent: let it go, so a retry sends it. */
export const releaseMeetingNotice = (db: Kysely<Database>, input: { meetingId: string; notice: string; personId: string }) =>
  releaseSentNotice(db, 'mentoring_notices_sent', { subjectId: input.meetingId, notice: input.notice, personId: input.personId });

/** A single meeting moved: only a scheduled one changes. */
export async function moveMeetingRow(db: Kysely<Database>, id: string, times: { startsAt: Date; endsAt: Date }, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('mentoring_meetings')
    .set({ starts_at: toTimestamp(times.startsAt), ends_at: toTimestamp(times.endsAt), updated_at: toTimestamp(now) })
    .where('id', '=', id)
    .where('state', '=', 'scheduled')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function cancelMeetingRow(db: Kysely<Database>, id: string, now: Date): Promise<boolean> {
  const result = await db.updateTable('mentoring_meetings').set({ state: 'cancelled', updated_at: toTimestamp(now) }).where('id', '=', id).where('state', '=', 'scheduled').executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The occurrence's id in the organizer's calendar, once found, so later changes go straight to it. */
export async function saveOccurrenceId(db: Kysely<Database>, id: string, graphEventId: string): Promise<void> {
  await db.updateTable('mentoring_meetings').set({ graph_event_id: graphEventId }).where('id', '=', id).execute();
}

export async function occurrenceIdOf(db: Kysely<Database>, id: string): Promise<string | null> {
  const row = await db.selectFrom('mentoring_meetings').select('graph_event_id').where('id', '=', id).executeTakeFirst();
  return row?.graph_event_id ?? null;
}
