import { dayNumber } from '../calendarDate';
import { checkPeriod, daysOf, overlaps } from './bookingPeriod';

const today = dayNumber('2030-01-10')!;

describe('a loan period', () => {
  it('may start today and last up to six weeks', () => {
    expect(checkPeriod({ pickUpOn: '2030-01-10', returnOn: '2030-01-10' }, today)).toEqual([]);
    expect(checkPeriod({ pickUpOn: '2030-01-10', returnOn: '2030-02-20' }, today)).toEqual([]);
    expect(checkPeriod({ pickUpOn: '2030-01-10', returnOn: '2030-02-21' }, today)).toEqual(['tooLong']);
  });

  it('names every problem at once', () => {
    expect(checkPeriod({ pickUpOn: '2030-01-09', returnOn: '2030-01-08' }, today)).toEqual(['returnBeforePickUp', 'pickUpInPast']);
    expect(checkPeriod({ pickUpOn: '2031-03-01', returnOn: '2031-03-02' }, today)).toEqual(['tooFarAhead']);
    expect(checkPeriod({ pickUpOn: '2030-02-30', returnOn: '2030-03-02' }, today)).toEqual(['invalidDate']);
  });

  it('holds each of its days, both ends included, across a month end', () => {
    expect(daysOf({ pickUpOn: '2030-01-30', returnOn: '2030-02-02' })).toEqual(['2030-01-30', '2030-01-31', '2030-02-01', '2030-02-02']);
  });

  it('overlaps another when they share a day, not when one ends the day before the other starts', () => {
    expect(overlaps({ pickUpOn: '2030-03-01', returnOn: '2030-03-05' }, { pickUpOn: '2030-03-05', returnOn: '2030-03-09' })).toBe(true);
    expect(overlaps({ pickUpOn: '2030-03-01', returnOn: '2030-03-05' }, { pickUpOn: '2030-03-06', returnOn: '2030-03-09' })).toBe(false);
    expect(overlaps({ pickUpOn: '2030-03-01', returnOn: '2030-03-31' }, { pickUpOn: '2030-03-10', returnOn: '2030-03-11' })).toBe(true);
  });
});
