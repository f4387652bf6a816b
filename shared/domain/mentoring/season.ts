/**
 * A mentoring season (e.g. spring 2027): the dates its groups meet between. Dates are Finnish calendar days,
 * YYYY-MM-DD, both ends included.
 */
export interface SeasonDates {
  startsOn: string;
  endsOn: string;
}

export type SeasonProblem = 'invalidDate' | 'endsBeforeStart' | 'tooLong';

/** A season is at most a year: longer plans are two seasons. */
export const MAX_SEASON_DAYS = 366;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a calendar date, or undefined when it is no real date. */
export function dayNumber(date: string): number | undefined {
  const m = DATE.exec(date);
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(ms).toISOString().slice(0, 10) === date ? ms / 86_400_000 : undefined;
}

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
