/**
 * A support group's monthly meetings, e.g. "the first Tuesday of each month, 14:00 to 15:30 Finnish time", within
 * a season: the dates it gives, the UTC instants of each (summer time included), and the same rule as Graph's
 * recurrence for one recurring Teams meeting. No Teams or HTTP here: the Graph module turns `recurrence` into
 * its request.
 */
import { fromHelsinki } from '../../i18n/localTime';
import { dayNumber, inSeason, type SeasonDates } from './season';

export const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type Weekday = (typeof weekdays)[number];
export const ordinals = ['first', 'second', 'third', 'fourth', 'last'] as const;
export type Ordinal = (typeof ordinals)[number];

export interface MonthlyRule {
  weekday: Weekday;
  ordinal: Ordinal;
  /** HH:MM, Finnish time */
  startTime: string;
  endTime: string;
}

export interface Occurrence {
  /** YYYY-MM-DD, Finnish calendar day */
  date: string;
  startsAt: Date;
  endsAt: Date;
}

/** Graph's patternedRecurrence for the rule, as plain data; times go with the Windows zone of Helsinki. */
export interface MonthlyRecurrence {
  pattern: { type: 'relativeMonthly'; interval: 1; daysOfWeek: [Weekday]; index: Ordinal };
  range: { type: 'endDate'; startDate: string; endDate: string; recurrenceTimeZone: typeof HELSINKI_WINDOWS_ZONE };
}

/** Windows' name for Europe/Helsinki, which Graph wants for a recurring meeting that keeps its wall-clock time. */
export const HELSINKI_WINDOWS_ZONE = 'FLE Standard Time';
/** A meeting is at most four hours: longer is a mistake in the form, not a support group. */
export const MAX_MEETING_MINUTES = 240;

export type SeriesProblem = 'invalidTime' | 'endNotAfterStart' | 'tooLong' | 'noMeetingInSeason';

export interface MonthlySeries {
  occurrences: Occurrence[];
  recurrence: MonthlyRecurrence;
}

const minutes = (time: string) => {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
};

/** The rule's day in a month (1-based), or undefined when the month has no such day (never for these ordinals). */
export function dayOfMonth(year: number, month: number, rule: Pick<MonthlyRule, 'weekday' | 'ordinal'>): number {
  const target = weekdays.indexOf(rule.weekday);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (rule.ordinal === 'last') {
    const lastWeekday = new Date(Date.UTC(year, month - 1, daysInMonth)).getUTCDay();
    return daysInMonth - ((lastWeekday - target + 7) % 7);
  }
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((target - firstWeekday + 7) % 7) + 7 * ordinals.indexOf(rule.ordinal);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Every meeting the rule gives within the season, in order, or the problems that make it no plan. */
export function monthlySeries(season: SeasonDates, rule: MonthlyRule): { ok: true; series: MonthlySeries } | { ok: false; problems: SeriesProblem[] } {
  const start = minutes(rule.startTime);
  const end = minutes(rule.endTime);
  if (start === undefined || end === undefined) return { ok: false, problems: ['invalidTime'] };
  if (end <= start) return { ok: false, problems: ['endNotAfterStart'] };
  if (end - start > MAX_MEETING_MINUTES) return { ok: false, problems: ['tooLong'] };

  const occurrences: Occurrence[] = [];
  const [year, month] = season.startsOn.split('-').map(Number);
  const last = dayNumber(season.endsOn) ?? 0;
  for (let y = year, m = month; dayNumber(`${y}-${pad(m)}-01`)! <= last; m === 12 ? (y++, (m = 1)) : m++) {
    const date = `${y}-${pad(m)}-${pad(dayOfMonth(y, m, rule))}`;
    if (!inSeason(season, date)) continue;
    const startsAt = fromHelsinki({ date, time: rule.startTime });
    const endsAt = fromHelsinki({ date, time: rule.endTime });
    // 03:00–03:59 on the spring change does not exist; such a month is left out rather than moved.
    if (startsAt.ok && endsAt.ok) occurrences.push({ date, startsAt: startsAt.at, endsAt: endsAt.at });
  }
  if (occurrences.length === 0) return { ok: false, problems: ['noMeetingInSeason'] };
  return {
    ok: true,
    series: {
      occurrences,
      recurrence: {
        pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: [rule.weekday], index: rule.ordinal },
        range: { type: 'endDate', startDate: occurrences[0].date, endDate: occurrences.at(-1)!.date, recurrenceTimeZone: HELSINKI_WINDOWS_ZONE },
      },
    },
  };
}

/** A single meeting moved by hand must stay in its season and keep a sensible length. */
export function movedMeetingProblems(season: SeasonDates, moved: { date: string; startTime: string; endTime: string }): Array<SeriesProblem | 'outsideSeason'> {
  if (!inSeason(season, moved.date)) return ['outsideSeason'];
  const start = minutes(moved.startTime);
  const end = minutes(moved.endTime);
  if (start === undefined || end === undefined || !fromHelsinki({ date: moved.date, time: moved.startTime }).ok) return ['invalidTime'];
  if (end <= start) return ['endNotAfterStart'];
  if (end - start > MAX_MEETING_MINUTES) return ['tooLong'];
  return [];
}
