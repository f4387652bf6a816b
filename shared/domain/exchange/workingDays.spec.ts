import { dayNumber } from '../calendarDate';
import { isWorkingDay, visitDays } from './workingDays';

const day = (date: string) => dayNumber(date)!;

describe('working days in Finland', () => {
  it('knows the holidays that move with Easter and Midsummer', () => {
    // 2027: Easter Sunday 28 March, so Good Friday 26.3., Easter Monday 29.3., Ascension 6.5.; Midsummer Eve 25.6.
    expect(['2027-03-26', '2027-03-29', '2027-05-06', '2027-06-25'].map((d) => isWorkingDay(day(d)))).toEqual([false, false, false, false]);
    expect(['2027-03-25', '2027-03-30', '2027-05-07', '2027-06-24'].map((d) => isWorkingDay(day(d)))).toEqual([true, true, true, true]);
    // 2030: Easter Sunday 21 April; Midsummer Eve Friday 21 June.
    expect(['2030-04-19', '2030-04-22', '2030-05-30', '2030-06-21'].map((d) => isWorkingDay(day(d)))).toEqual([false, false, false, false]);
  });

  it('keeps the fixed holidays and weekends off', () => {
    expect(['2027-01-01', '2027-01-06', '2027-12-06', '2027-12-24', '2027-12-27', '2027-02-06'].map((d) => isWorkingDay(day(d)))).toEqual([false, false, false, false, true, false]);
  });
});

describe('the dates of a visit', () => {
  it('accepts one to five working days, counting over a weekend', () => {
    expect(visitDays('2027-02-02', '2027-02-02')).toEqual({ ok: true, workingDays: 1 });
    expect(visitDays('2027-02-01', '2027-02-05')).toEqual({ ok: true, workingDays: 5 });
    expect(visitDays('2027-02-04', '2027-02-10')).toEqual({ ok: true, workingDays: 5 });
    // Easter week: Thursday before Good Friday to the Tuesday after Easter Monday is two working days.
    expect(visitDays('2027-03-25', '2027-03-30')).toEqual({ ok: true, workingDays: 2 });
  });

  it('refuses six working days, a day off at either end, a backwards or impossible date', () => {
    expect(visitDays('2027-02-01', '2027-02-08')).toEqual({ ok: false, problem: 'tooLong' });
    expect(visitDays('2027-02-06', '2027-02-08')).toEqual({ ok: false, problem: 'startsOnDayOff' });
    expect(visitDays('2027-02-04', '2027-02-07')).toEqual({ ok: false, problem: 'endsOnDayOff' });
    expect(visitDays('2027-02-05', '2027-02-04')).toEqual({ ok: false, problem: 'endsBeforeStart' });
    expect(visitDays('2027-02-30', '2027-03-01')).toEqual({ ok: false, problem: 'invalidDate' });
    expect(visitDays('2027-01-04', '2027-03-01')).toEqual({ ok: false, problem: 'tooLong' });
  });
});
