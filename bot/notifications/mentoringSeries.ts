/**
 * A support group's recurring Teams meeting through Graph: made once (the group's id is the transaction id, so
 * a retried create gives back the first series), in the planning coordinator's calendar, with the group's
 * mentors and members invited. A failure Graph calls permanent marks the series failed.
 */
import type { Kysely } from 'kysely';
import { inLanguage } from '../../shared/domain/localized';
import { HELSINKI_WINDOWS_ZONE, monthlySeries } from '../../shared/domain/mentoring/monthlySeries';
import { GraphError, type CalendarGraph } from '../../shared/graph';
import { TransientJobError } from '../../shared/jobs/errors';
import { getGroup, getSeason, listGroupPeople } from '../../shared/store/repositories/mentoring';
import { getSeries, saveSeriesMeeting } from '../../shared/store/repositories/mentoringMeetings';
import type { Database } from '../../shared/store/schema';

export interface SeriesWork {
  db: Kysely<Database>;
  now: () => Date;
  calendar: CalendarGraph;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

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
        subject: [...new Set([inLanguage(group.name, 'fi'), inLanguage(group.name, 'sv')])].join(' | '),
        bodyHtml: [...new Set([group.focus.fi, group.focus.sv])].map((t) => `<p>${escapeHtml(t)}</p>`).join(''),
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
