import { calendarPeriods, freePeriods, heldUntil, monthRange } from './gameCalendar';

describe('a game\'s calendar', () => {
  const bookings = [
    { id: 'a', pickUpOn: '2030-03-05', returnOn: '2030-03-07', state: 'requested' as const },
    { id: 'b', pickUpOn: '2030-03-08', returnOn: '2030-03-09', state: 'confirmed' as const },
    { id: 'c', pickUpOn: '2030-03-10', returnOn: '2030-03-12', state: 'confirmed' as const },
    { id: 'd', pickUpOn: '2030-03-20', returnOn: '2030-03-25', state: 'cancelled' as const },
    { id: 'e', pickUpOn: '2030-02-25', returnOn: '2030-03-02', state: 'handedOver' as const },
  ];

  it('covers every day of the range once, with booked and confirmed runs named by their booking', () => {
    expect(calendarPeriods('2030-03-01', '2030-03-31', bookings)).toEqual([
      { from: '2030-03-01', to: '2030-03-02', status: 'confirmed', bookingId: 'e' },
      { from: '2030-03-03', to: '2030-03-04', status: 'free', bookingId: null },
      { from: '2030-03-05', to: '2030-03-07', status: 'booked', bookingId: 'a' },
      { from: '2030-03-08', to: '2030-03-09', status: 'confirmed', bookingId: 'b' },
      { from: '2030-03-10', to: '2030-03-12', status: 'confirmed', bookingId: 'c' },
      { from: '2030-03-13', to: '2030-03-31', status: 'free', bookingId: null },
    ]);
  });

  it('answers which days are free, a cancelled booking\'s days among them', () => {
    expect(freePeriods('2030-03-01', '2030-03-31', bookings).map((p) => `${p.from}..${p.to}`)).toEqual(['2030-03-03..2030-03-04', '2030-03-13..2030-03-31']);
  });

  it('frees the days after a game came back early, and every day of one taken back before its pick-up', () => {
    const early = { id: 'r', pickUpOn: '2030-03-05', returnOn: '2030-03-12', state: 'returned' as const, returnedAt: '2030-03-08T14:00:00.000Z' };
    expect(calendarPeriods('2030-03-04', '2030-03-13', [early]).map((p) => `${p.from}..${p.to}:${p.status}`)).toEqual([
      '2030-03-04..2030-03-04:free', '2030-03-05..2030-03-08:confirmed', '2030-03-09..2030-03-13:free',
    ]);
    // Late evening in Finland is the next day in UTC terms only after midnight there: 22:30 UTC on the 8th is the 9th.
    expect(heldUntil({ ...early, returnedAt: '2030-03-08T22:30:00.000Z' })).toBe('2030-03-09');
    expect(heldUntil({ ...early, returnedAt: '2030-03-02T10:00:00.000Z' })).toBeUndefined();
    expect(heldUntil({ ...early, returnedAt: '2030-03-20T10:00:00.000Z' })).toBe('2030-03-12');
  });

  it('knows each month\'s length, February of a leap year too', () => {
    expect(monthRange(2028, 2)).toEqual({ first: '2028-02-01', last: '2028-02-29' });
    expect(monthRange(2030, 12)).toEqual({ first: '2030-12-01', last: '2030-12-31' });
  });
});
