/**
 * A game's calendar over a range of days: runs of free days, of days booked and waiting for the coordinator, and of
 * days of a confirmed loan (also once handed over or returned). Each run of taken days names its booking, so two
 * loans back to back stay two periods.
 */
import { toHelsinki } from '../../i18n/localTime';
import { dateOf, dayNumber } from '../calendarDate';
import { holdsDays, type BookingState } from './gameBooking';

export type PeriodStatus = 'free' | 'booked' | 'confirmed';

export interface CalendarPeriod {
  from: string;
  to: string;
  status: PeriodStatus;
  /** The booking of a taken period. */
  bookingId: string | null;
}

export interface CalendarBooking {
  id: string;
  pickUpOn: string;
  returnOn: string;
  state: BookingState;
  /** When a returned game came back (ISO time): brought back early, it frees the days after that day. */
  returnedAt?: string | null;
}

/** The last day a booking holds: the return day, or the day it came back if that was earlier (none before pick-up). */
export function heldUntil(booking: CalendarBooking): string | undefined {
  if (booking.state !== 'returned' || !booking.returnedAt) return booking.returnOn;
  const back = toHelsinki(new Date(booking.returnedAt)).date;
  if (back >= booking.returnOn) return booking.returnOn;
  return back >= booking.pickUpOn ? back : undefined;
}

const statusOf = (state: BookingState): PeriodStatus => (state === 'requested' ? 'booked' : 'confirmed');

/** The periods of [first, last] (both included), in order, covering every day once. */
export function calendarPeriods(first: string, last: string, bookings: readonly CalendarBooking[]): CalendarPeriod[] {
  const start = dayNumber(first)!;
  const end = dayNumber(last)!;
  const taken = new Map<number, CalendarBooking>();
  for (const booking of bookings) {
    const until = heldUntil(booking);
    if (!holdsDays(booking.state) || until === undefined) continue;
    for (let d = Math.max(start, dayNumber(booking.pickUpOn)!); d <= Math.min(end, dayNumber(until)!); d++) taken.set(d, booking);
  }
  const periods: CalendarPeriod[] = [];
  for (let d = start; d <= end; d++) {
    const booking = taken.get(d);
    const status: PeriodStatus = booking ? statusOf(booking.state) : 'free';
    const bookingId = booking?.id ?? null;
    const last = periods[periods.length - 1];
    if (last && last.status === status && last.bookingId === bookingId) last.to = dateOf(d);
    else periods.push({ from: dateOf(d), to: dateOf(d), status, bookingId });
  }
  return periods;
}

/** The free periods only: what the bot answers to "which games are free in March?". */
export const freePeriods = (first: string, last: string, bookings: readonly CalendarBooking[]): CalendarPeriod[] =>
  calendarPeriods(first, last, bookings).filter((p) => p.status === 'free');

/** The first and last day of a month (month 1–12). */
export function monthRange(year: number, month: number): { first: string; last: string } {
  const first = Date.UTC(year, month - 1, 1) / 86_400_000;
  const next = Date.UTC(year, month, 1) / 86_400_000;
  return { first: dateOf(first), last: dateOf(next - 1) };
}
