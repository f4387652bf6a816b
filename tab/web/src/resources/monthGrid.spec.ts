import { describe, expect, it } from '@jest/globals';
import { finnishToday, monthOf, monthRange, monthWeeks, periodsInMonth, shiftMonth } from './monthGrid';
import type { CalendarPeriod } from './resourceTypes';

const period = (from: string, to: string, status: CalendarPeriod['status'], bookingId: string | null = null): CalendarPeriod => ({ from, to, status, bookingId });

describe('a game calendar month', () => {
  it('moves between months across the year', () => {
    expect(shiftMonth({ year: 2027, month: 12 }, 1)).toEqual({ year: 2028, month: 1 });
    expect(shiftMonth({ year: 2027, month: 1 }, -1)).toEqual({ year: 2026, month: 12 });
    expect(shiftMonth({ year: 2027, month: 3 }, 14)).toEqual({ year: 2028, month: 5 });
    expect(monthOf('2027-03-15')).toEqual({ year: 2027, month: 3 });
  });

  it('asks for the whole month, leap days included', () => {
    expect(monthRange({ year: 2028, month: 2 })).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthRange({ year: 2027, month: 2 })).toEqual({ from: '2027-02-01', to: '2027-02-28' });
    expect(monthRange({ year: 2027, month: 12 })).toEqual({ from: '2027-12-01', to: '2027-12-31' });
  });

  it('takes today from the Finnish calendar, not the device', () => {
    // 22:30 UTC on 31 December is already New Year's Day in Helsinki.
    expect(finnishToday(new Date('2026-12-31T22:30:00Z'))).toBe('2027-01-01');
    expect(finnishToday(new Date('2027-06-15T20:00:00Z'))).toBe('2027-06-15');
  });

  it('lays the days out in weeks from Monday, each with its period', () => {
    // March 2027 begins on a Monday and has 31 days: five weeks, the last with three days.
    const weeks = monthWeeks({ year: 2027, month: 3 }, [
      period('2027-03-01', '2027-03-09', 'free'),
      period('2027-03-10', '2027-03-12', 'booked', 'b1'),
      period('2027-03-13', '2027-03-13', 'confirmed', 'b2'),
      period('2027-03-14', '2027-03-31', 'free'),
    ]);
    expect(weeks).toHaveLength(5);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks[0][0]).toEqual({ date: '2027-03-01', day: 1, status: 'free', bookingId: null });
    expect(weeks[1][2]).toEqual({ date: '2027-03-10', day: 10, status: 'booked', bookingId: 'b1' });
    expect(weeks[1][5]).toEqual({ date: '2027-03-13', day: 13, status: 'confirmed', bookingId: 'b2' });
    expect(weeks[4].slice(3)).toEqual([null, null, null, null]);
  });

  it('pads a month that starts on a Sunday with six empty days', () => {
    // August 2027 begins on a Sunday.
    const weeks = monthWeeks({ year: 2027, month: 8 }, []);
    expect(weeks[0].slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(weeks[0][6]).toEqual({ date: '2027-08-01', day: 1, status: null, bookingId: null });
    expect(weeks).toHaveLength(6);
  });

  it('lists only the periods inside the month, cut at its edges', () => {
    const list = periodsInMonth({ year: 2027, month: 3 }, [
      period('2027-02-20', '2027-03-03', 'confirmed', 'b0'),
      period('2027-03-04', '2027-03-31', 'free'),
      period('2027-04-01', '2027-04-05', 'booked', 'b1'),
    ]);
    expect(list).toEqual([period('2027-03-01', '2027-03-03', 'confirmed', 'b0'), period('2027-03-04', '2027-03-31', 'free')]);
  });
});
