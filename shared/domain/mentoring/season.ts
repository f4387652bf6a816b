/**
 * A mentoring season (e.g. spring 2027): the dates its groups meet between. Dates are Finnish calendar days,
 * YYYY-MM-DD, both ends included.
 */
import { dayNumber } from '../calendarDate';

/** Kept here too: the mentoring code reads season dates with it. */
export { dayNumber };

export interface SeasonDates {
  startsOn: string;
  endsOn: string;
}

export type SeasonProblem = 'invalidDate' | 'endsBeforeStart' | 'tooLong';

/** A season is at most a year: longer plans are two seasons. */
export const MAX_SEASON_DAYS = 366;

export function seasonProblems(season: SeasonDates): SeasonProblem[] {
  const start = dayNumber(season.startsOn);
  const end = dayNumber(season.endsOn);
  if (start === undefined || end === undefined) return ['invalidDate'];
  if (end < start) return ['endsBeforeStart'];
  if (end - start + 1 > MAX_SEASON_DAYS) return ['tooLong'];
  return [];
}

export function inSeason(season: SeasonDates, date: string): boolean {
  const day = dayNumber(date);
  const start = dayNumber(season.startsOn);
  const end = dayNumber(season.endsOn);
  return day !== undefined && start !== undefined && end !== undefined && day >= start && day <= end;
}
