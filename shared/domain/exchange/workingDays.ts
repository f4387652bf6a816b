/**
 * Working days in Finland: Monday to Friday, except the public holidays and the days libraries keep closed with
 * them (Midsummer Eve, Christmas Eve). A staff exchange lasts 1 to 5 such days; a visit that starts or ends on
 * a day off is a mistake in the form, not a longer visit.
 */
import { dateOf, dayNumber, weekdayOf } from '../calendarDate';

/** Easter Sunday of a year (the Gregorian computus), as a day number. */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** The first day from `from` (a day number) that falls on the weekday (0 Sunday ... 6 Saturday). */
function firstWeekdayFrom(from: number, weekday: number): number {
  return from + ((weekday - weekdayOf(from) + 7) % 7);
}

const fixed = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / 86_400_000;

/** The weekdays of a year on which libraries are closed for a holiday. */
export function holidays(year: number): Set<number> {
  const easter = easterSunday(year);
  return new Set([
    fixed(year, 1, 1), // New Year's Day
    fixed(year, 1, 6), // Epiphany
    easter - 2, // Good Friday
    easter + 1, // Easter Monday
    fixed(year, 5, 1), // May Day
    easter + 39, // Ascension Day
    firstWeekdayFrom(fixed(year, 6, 19), 5), // Midsummer Eve, the Friday of 19 to 25 June
    fixed(year, 12, 6), // Independence Day
    fixed(year, 12, 24), // Christmas Eve
    fixed(year, 12, 25), // Christmas Day
    fixed(year, 12, 26), // St Stephen's Day
  ]);
}

export function isWorkingDay(day: number): boolean {
  const weekday = weekdayOf(day);
  if (weekday === 0 || weekday === 6) return false;
  return !holidays(Number(dateOf(day).slice(0, 4))).has(day);
}

export type VisitDatesProblem = 'invalidDate' | 'endsBeforeStart' | 'startsOnDayOff' | 'endsOnDayOff' | 'tooLong';

/** A visit is 1 to 5 working days; days off inside it (a weekend) are not counted. */
export const MAX_VISIT_DAYS = 5;

export function visitDays(startsOn: string, endsOn: string): { ok: true; workingDays: number } | { ok: false; problem: VisitDatesProblem } {
  const start = dayNumber(startsOn);
  const end = dayNumber(endsOn);
  if (start === undefined || end === undefined) return { ok: false, problem: 'invalidDate' };
  if (end < start) return { ok: false, problem: 'endsBeforeStart' };
  if (!isWorkingDay(start)) return { ok: false, problem: 'startsOnDayOff' };
  if (!isWorkingDay(end)) return { ok: false, problem: 'endsOnDayOff' };
  // A span longer than two weeks cannot hold only five working days; no need to walk it.
  if (end - start > 14) return { ok: false, problem: 'tooLong' };
  let workingDays = 0;
  for (let day = start; day <= end; day++) if (isWorkingDay(day)) workingDays++;
  return workingDays > MAX_VISIT_DAYS ? { ok: false, problem: 'tooLong' } : { ok: true, workingDays };
}
