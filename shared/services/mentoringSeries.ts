/**
 * Planning a support group's season of meetings: the monthly rule becomes one row per meeting and, with Graph,
 * one recurring Teams meeting in the planning coordinator's calendar, made by the outbox after the answer.
 */
import { monthlySeries, movedMeetingProblems, type MonthlyRule, type SeriesProblem } from '../domain/mentoring/monthlySeries';
import { fromHelsinki } from '../i18n/localTime';
import { enqueue } from '../jobs/outbox';
import { audit } from '../store/repositories/audit';
import { newId } from '../store/ids';
import { getGroup, getSeason } from '../store/repositories/mentoring';
import { cancelMeetingRow, getMeeting, insertMeetings, listMeetings, moveMeetingRow, planSeriesRow, type MeetingRecord } from '../store/repositories/mentoringMeetings';
import type { PersonRecord } from '../store/repositories/people';
import { inTransaction } from '../store/repositories/util';
import { meetingOrganizer } from './events';
import { AGENDA_LEAD_MS, groupView, mentoringJobs, type MentoringContext } from './mentoring';

export interface SeriesContext extends MentoringContext {
  /** Graph credentials exist: the series becomes a Teams meeting in the organizer's calendar. */
  meetingAutomation: boolean;
  graphTenantId?: string;
}

export type PlanSeriesResult =
  | { outcome: 'planned'; meetings: MeetingRecord[]; teamsMeeting: 'pending' | 'manual' }
  | { outcome: 'unknown' }
  | { outcome: 'forbidden' }
  | { outcome: 'alreadyPlanned' }
  | { outcome: 'invalid'; problems: SeriesProblem[] };

export async function planSeries(ctx: SeriesContext, input: { actor: PersonRecord; groupId: string; rule: MonthlyRule }): Promise<PlanSeriesResult> {
  const group = await getGroup(ctx.db, input.groupId);
  const season = group && (await getSeason(ctx.db, group.seasonId));
  if (!group || !season) return { outcome: 'unknown' };
  if (!(await groupView(ctx.db, input.actor, group)).coordinates) {
    await audit(ctx.db, { actor: input.actor.id, action: 'mentoring.series.plan.refused', subjectType: 'mentoringGroup', subjectId: group.id }, ctx.now);
    return { outcome: 'forbidden' };
  }
  if (group.seriesState !== 'unplanned') return { outcome: 'alreadyPlanned' };
  const planned = monthlySeries(season, input.rule);
  if (!planned.ok) return { outcome: 'invalid', problems: planned.problems };
  const organizerId = meetingOrganizer(ctx, input.actor) ?? null;
  const state = organizerId ? 'pending' : 'manual';
  const done = await inTransaction(ctx.db, async (trx) => {
    if (!(await planSeriesRow(trx, group.id, { rule: input.rule, organizerId, state }, ctx.now))) return false;
    const meetings = planned.series.occurrences.map((o) => ({ id: newId(ctx.now.getTime()), ...o }));
    await insertMeetings(trx, group.id, meetings, ctx.now);
    // Each meeting's agenda a few days before it, and its feedback request when it ends.
    for (const m of meetings) {
      await enqueue(trx, { kind: mentoringJobs.agenda, payload: { meetingId: m.id }, idempotencyKey: `${mentoringJobs.agenda}:${m.id}`, notBefore: new Date(m.startsAt.getTime() - AGENDA_LEAD_MS) }, ctx.now);
      await enqueue(trx, { kind: mentoringJobs.feedback, payload: { meetingId: m.id }, idempotencyKey: `${mentoringJobs.feedback}:${m.id}`, notBefore: m.endsAt }, ctx.now);
    }
    if (organizerId) await enqueue(trx, { kind: mentoringJobs.createSeries, payload: { groupId: group.id }, idempotencyKey: `${mentoringJobs.createSeries}:${group.id}` }, ctx.now);
    await audit(trx, { actor: input.actor.id, action: 'mentoring.series.planned', subjectType: 'mentoringGroup', subjectId: group.id, detail: { ...input.rule } }, ctx.now);
    return true;
  });
  if (!done) return { outcome: 'alreadyPlanned' };
  return { outcome: 'planned', meetings: await listMeetings(ctx.db, group.id), teamsMeeting: state };
}

export type ChangeMeetingResult =
  | { outcome: 'changed'; meeting: MeetingRecord }
  | { outcome: 'unknown' }
  | { outcome: 'forbidden' }
  | { outcome: 'over' }
  | { outcome: 'invalid'; problems: Array<SeriesProblem | 'outsideSeason'> };

/** Moves one meeting (within its season) or cancels it; the Teams occurrence follows through the outbox. */
export async function changeMeeting(
  ctx: MentoringContext,
  input: { actor: PersonRecord; meetingId: string; change: { kind: 'move'; date: string; startTime: string; endTime: string } | { kind: 'cancel' } },
): Promise<ChangeMeetingResult> {
  const meeting = await getMeeting(ctx.db, input.meetingId);
  const group = meeting && (await getGroup(ctx.db, meeting.groupId));
  const season = group && (await getSeason(ctx.db, group.seasonId));
  if (!meeting || !group || !season) return { outcome: 'unknown' };
  if (!(await groupView(ctx.db, input.actor, group)).coordinates) {
    await audit(ctx.db, { actor: input.actor.id, action: `mentoring.meeting.${input.change.kind}.refused`, subjectType: 'mentoringMeeting', subjectId: meeting.id }, ctx.now);
    return { outcome: 'forbidden' };
  }
  if (meeting.cancelled || meeting.startsAt <= ctx.now) return { outcome: 'over' };
  let times: { startsAt: Date; endsAt: Date } | undefined;
  if (input.change.kind === 'move') {
    const problems = movedMeetingProblems(season, input.change);
    if (problems.length > 0) return { outcome: 'invalid', problems };
    const startsAt = fromHelsinki({ date: input.change.date, time: input.change.startTime });
    const endsAt = fromHelsinki({ date: input.change.date, time: input.change.endTime });
    if (!startsAt.ok || !endsAt.ok) return { outcome: 'invalid', problems: ['invalidTime'] };
    if (startsAt.at <= ctx.now) return { outcome: 'invalid', problems: ['outsideSeason'] };
    times = { startsAt: startsAt.at, endsAt: endsAt.at };
  }
  const done = await inTransaction(ctx.db, async (trx) => {
    const changed = times ? await moveMeetingRow(trx, meeting.id, times, ctx.now) : await cancelMeetingRow(trx, meeting.id, ctx.now);
    if (!changed) return false;
    const key = `${mentoringJobs.syncMeeting}:${meeting.id}:${ctx.now.getTime()}`;
    await enqueue(trx, { kind: mentoringJobs.syncMeeting, payload: { meetingId: meeting.id }, idempotencyKey: key }, ctx.now);
    if (times) {
      // The agenda and the feedback request follow the new time; the old jobs find the meeting moved and do nothing.
      await enqueue(trx, { kind: mentoringJobs.agenda, payload: { meetingId: meeting.id }, idempotencyKey: `${mentoringJobs.agenda}:${meeting.id}:${times.startsAt.toISOString()}`, notBefore: new Date(times.startsAt.getTime() - AGENDA_LEAD_MS) }, ctx.now);
      await enqueue(trx, { kind: mentoringJobs.feedback, payload: { meetingId: meeting.id }, idempotencyKey: `${mentoringJobs.feedback}:${meeting.id}:${times.endsAt.toISOString()}`, notBefore: times.endsAt }, ctx.now);
    }
    await audit(trx, { actor: input.actor.id, action: `mentoring.meeting.${input.change.kind === 'move' ? 'moved' : 'cancelled'}`, subjectType: 'mentoringMeeting', subjectId: meeting.id }, ctx.now);
    return true;
  });
  if (!done) return { outcome: 'over' };
  return { outcome: 'changed', meeting: (await getMeeting(ctx.db, meeting.id))! };
}
