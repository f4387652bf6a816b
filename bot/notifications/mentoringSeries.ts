/**
 * A support group's recurring Teams meeting through Graph: made once (the group's id is the transaction id, so
 * a retried create gives back the first series), in the planning coordinator's calendar, with the group's
 * mentors and members invited. A failure Graph calls permanent marks the series failed.
 */
import type { Kysely } from 'kysely';
import { HELSINKI_WINDOWS_ZONE, monthlySeries } from '../../shared/domain/mentoring/monthlySeries';
import { fromHelsinki } from '../../shared/i18n/localTime';
import { GraphError, type CalendarGraph } from '../../shared/graph';
import { TransientJobError } from '../../shared/jobs/errors';
import { getGroup, getSeason, listGroupPeople } from '../../shared/store/repositories/mentoring';
import { getMeeting, getSeries, occurrenceIdOf, saveOccurrenceId, saveSeriesMeeting } from '../../shared/store/repositories/mentoringMeetings';
import type { Database } from '../../shared/store/schema';
import { invitationBodyHtml, invitationSubject } from './meetingText';

export interface SeriesWork {
  db: Kysely<Database>;
  now: () => Date;
  calendar: CalendarGraph;
}

export async function createSeries(work: SeriesWork, { groupId }: { groupId: string }): Promise<void> {
  const group = await getGroup(work.db, groupId);
  const season = group && (await getSeason(work.db, group.seasonId));
  const series = await getSeries(work.db, groupId);
  if (!group || !season || !series?.rule || !series.organizerId || series.state !== 'pending') return;
  const planned = monthlySeries(season, series.rule);
  if (!planned.ok) return await saveSeriesMeeting(work.db, groupId, { state: 'failed' }, work.now());
  const people = (await listGroupPeople(work.db, groupId)).filter((p) => p.email);
  try {
    const made = await work.calendar.createMeetingSeries(
      series.organizerId,
      {
        subject: invitationSubject([group.name.fi, group.name.sv]),
        bodyHtml: invitationBodyHtml([group.focus.fi, group.focus.sv]),
        firstDate: planned.series.occurrences[0].date,
        startTime: series.rule.startTime,
        endTime: series.rule.endTime,
        timeZone: HELSINKI_WINDOWS_ZONE,
        recurrence: planned.series.recurrence,
        attendees: people.map((p) => ({ email: p.email!, name: p.displayName ?? p.email! })),
      },
      group.id,
    );
    if (!made.joinUrl) {
      // Kept pending: the retry's create answers with this same series (transaction id) and, by then, its link.
      throw new TransientJobError('the series has no join link yet');
    }
    await saveSeriesMeeting(work.db, groupId, { state: 'created', graphSeriesId: made.eventId, joinUrl: made.joinUrl }, work.now());
  } catch (err) {
    if (err instanceof GraphError && !err.transient) return await saveSeriesMeeting(work.db, groupId, { state: 'failed' }, work.now());
    throw err;
  }
}

/**
 * One meeting moved or cancelled in Kollega: its occurrence in the series follows. The occurrence is found once
 * by its original day (Graph's instances of the series on that Helsinki day) and remembered.
 */
export async function syncMeeting(work: SeriesWork, { meetingId }: { meetingId: string }): Promise<void> {
  const meeting = await getMeeting(work.db, meetingId);
  const series = meeting && (await getSeries(work.db, meeting.groupId));
  if (!meeting || !series?.organizerId) return;
  // Still being made: retry once the series exists (createSeries makes it from the rule, without this change).
  if (series.state === 'pending') throw new TransientJobError('the series is not made yet');
  if (series.state !== 'created' || !series.graphSeriesId) return;
  let occurrenceId = await occurrenceIdOf(work.db, meeting.id);
  if (!occurrenceId) {
    const from = fromHelsinki({ date: meeting.seriesDate, time: '00:00' });
    const found = from.ok ? await work.calendar.findOccurrence(series.organizerId, series.graphSeriesId, { startUtc: from.at.toISOString(), endUtc: new Date(from.at.getTime() + 86_400_000).toISOString() }) : undefined;
    if (!found || found === 'gone') return; // deleted in Outlook: nothing left to change
    occurrenceId = found;
    await saveOccurrenceId(work.db, meeting.id, occurrenceId);
  }
  if (meeting.cancelled) {
    await work.calendar.cancelMeeting(series.organizerId, occurrenceId, '');
    return;
  }
  await work.calendar.moveMeeting(series.organizerId, occurrenceId, { startUtc: meeting.startsAt.toISOString(), endUtc: meeting.endsAt.toISOString() });
}

/** Someone joined or left the group: the series' invitation list is set to the group as it is now. */
export async function syncSeriesAttendees(work: SeriesWork, { groupId }: { groupId: string }): Promise<void> {
  const series = await getSeries(work.db, groupId);
  // A series still being made is made with the group as it is then.
  if (!series?.organizerId || series.state !== 'created' || !series.graphSeriesId) return;
  const people = (await listGroupPeople(work.db, groupId)).filter((p) => p.email);
  await work.calendar.setAttendees(series.organizerId, series.graphSeriesId, people.map((p) => ({ email: p.email!, name: p.displayName ?? p.email! })));
}
