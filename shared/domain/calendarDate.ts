/**
 * Finnish calendar days as the forms send them, YYYY-MM-DD. A day number (days since 1970-01-01) makes date
 * arithmetic plain integer arithmetic, free of time zones: the day is the one on the calendar in Finland.
 */
import { toHelsinki } from '../i18n/localTime';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a calendar date, or undefined when it is no real date (2027-02-30). */
export function dayNumber(date: string): number | undefined {
  const m = DATE.exec(date);
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(ms).toISOString().slice(0, 10) === date ? ms / 86_400_000 : undefined;
}

/** The calendar date of a day number. */
export function dateOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** 0 Sunday ... 6 Saturday. */
export function weekdayOf(day: number): number {
  return new Date(day * 86_400_000).getUTCDay();
}

/** Today's day number on the calendar in Finland. */
export function todayInFinland(now: Date): number {
  return dayNumber(toHelsinki(now).date)!;
}
