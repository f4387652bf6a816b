/**
 * The period of a game's loan: from the day the library picks it up to the day it brings it back, both included,
 * as Finnish calendar days. Two loans of one game may not share a day, since the box is in one library at a time.
 */
import { dateOf, dayNumber } from '../calendarDate';

export interface BookingPeriod {
  pickUpOn: string;
  returnOn: string;
}

/** A loan long enough for a school term's project, short enough that the other libraries get their turn. */
export const MAX_LOAN_DAYS = 42;
/** Bookings open about a year ahead: a library plans its season, not the next one's. */
export const MAX_DAYS_AHEAD = 400;

export type PeriodError = 'invalidDate' | 'returnBeforePickUp' | 'pickUpInPast' | 'tooLong' | 'tooFarAhead';

/** What is wrong with a period a person asked for, given today's day number in Finland; empty when it may be booked. */
export function checkPeriod(period: BookingPeriod, today: number): PeriodError[] {
  const from = dayNumber(period.pickUpOn);
  const to = dayNumber(period.returnOn);
  if (from === undefined || to === undefined) return ['invalidDate'];
  const errors: PeriodError[] = [];
  if (to < from) errors.push('returnBeforePickUp');
  if (from < today) errors.push('pickUpInPast');
  if (to - from + 1 > MAX_LOAN_DAYS) errors.push('tooLong');
  if (from - today > MAX_DAYS_AHEAD) errors.push('tooFarAhead');
  return errors;
}

/** Every day of a (checked) period, in order. */
export function daysOf(period: BookingPeriod): string[] {
  const from = dayNumber(period.pickUpOn)!;
  const to = dayNumber(period.returnOn)!;
  const days: string[] = [];
  for (let d = from; d <= to; d++) days.push(dateOf(d));
  return days;
}

/** Whether two periods share a day. */
export function overlaps(a: BookingPeriod, b: BookingPeriod): boolean {
  return a.pickUpOn <= b.returnOn && b.pickUpOn <= a.returnOn;
}
