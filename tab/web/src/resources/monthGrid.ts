/**
 * A game's calendar month as the tab draws it: weeks from Monday (as Finnish calendars start), each day with the
 * status of the period it falls in. Days are Finnish calendar days, YYYY-MM-DD, so no time zone enters.
 */
import type { CalendarPeriod, PeriodStatus } from './resourceTypes';

export interface Month {
  year: number;
  /** 1–12 */
  month: number;
}

export interface DayCell {
  date: string;
  day: number;
  /** Null for a day the server said nothing about (outside the range it drew). */
  status: PeriodStatus | null;
  bookingId: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = ({ year, month }: Month) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Today on the calendar in Finland, whatever the device's own time zone. */
export const finnishToday = (now: Date): string => now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });

export function monthOf(date: string): Month {
  const [year, month] = date.split('-').map(Number);
  return { year, month };
}

export function shiftMonth({ year, month }: Month, by: number): Month {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The month's first and last day: the range the calendar asks the server for. */
export function monthRange(m: Month): { from: string; to: string } {
  const prefix = `${m.year}-${pad(m.month)}`;
  return { from: `${prefix}-01`, to: `${prefix}-${pad(daysIn(m))}` };
}

/** The periods that touch the month, cut to it: the plain list beside the grid. */
export function periodsInMonth(m: Month, periods: readonly CalendarPeriod[]): CalendarPeriod[] {
  const { from, to } = monthRange(m);
  return periods
    .filter((p) => p.from <= to && p.to >= from)
    .map((p) => ({ ...p, from: p.from < from ? from : p.from, to: p.to > to ? to : p.to }));
}

/** The month's weeks, Monday first; null pads the days of the neighbouring months. */
export function monthWeeks(m: Month, periods: readonly CalendarPeriod[]): Array<Array<DayCell | null>> {
  const prefix = `${m.year}-${pad(m.month)}`;
  // getUTCDay: 0 is Sunday; Monday-first columns put Sunday last.
  const lead = (new Date(Date.UTC(m.year, m.month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: Array<DayCell | null> = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= daysIn(m); day++) {
    const date = `${prefix}-${pad(day)}`;
    const period = periods.find((p) => p.from <= date && date <= p.to);
    cells.push({ date, day, status: period?.status ?? null, bookingId: period?.bookingId ?? null });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: Array<Array<DayCell | null>> = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
