import { dayOfMonth, monthlySeries, movedMeetingProblems, type MonthlyRule } from './monthlySeries';
import { seasonProblems } from './season';

const spring = { startsOn: '2027-01-01', endsOn: '2027-05-31' };
const firstTuesday: MonthlyRule = { weekday: 'tuesday', ordinal: 'first', startTime: '14:00', endTime: '15:30' };

function planned(season: typeof spring, rule: MonthlyRule) {
  const result = monthlySeries(season, rule);
  if (!result.ok) throw new Error(`no series: ${result.problems.join(', ')}`);
  return result.series;
}

describe('a support group\'s monthly meetings', () => {
  it('meets on the first Tuesday of every month of spring 2027, at 14:00 Finnish time in winter and in summer', () => {
    const { occurrences, recurrence } = planned(spring, firstTuesday);
    expect(occurrences.map((o) => o.date)).toEqual(['2027-01-05', '2027-02-02', '2027-03-02', '2027-04-06', '2027-05-04']);
    expect(occurrences[0]).toEqual({ date: '2027-01-05', startsAt: new Date('2027-01-05T12:00:00Z'), endsAt: new Date('2027-01-05T13:30:00Z') });
    // Summer time from 28 March: the same 14:00 is an hour earlier in UTC.
    expect(occurrences[3].startsAt).toEqual(new Date('2027-04-06T11:00:00Z'));
    expect(recurrence).toEqual({
      pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: ['tuesday'], index: 'first' },
      range: { type: 'endDate', startDate: '2027-01-05', endDate: '2027-05-04', recurrenceTimeZone: 'FLE Standard Time' },
    });
  });

  it('finds the last weekday of each month, leap years included', () => {
    const { occurrences } = planned(spring, { ...firstTuesday, weekday: 'friday', ordinal: 'last' });
    expect(occurrences.map((o) => o.date)).toEqual(['2027-01-29', '2027-02-26', '2027-03-26', '2027-04-30', '2027-05-28']);
    expect(dayOfMonth(2028, 2, { weekday: 'tuesday', ordinal: 'last' })).toBe(29);
    expect(dayOfMonth(2027, 8, { weekday: 'sunday', ordinal: 'fourth' })).toBe(22);
  });

  it('leaves out a month whose meeting falls before the season starts, and crosses the new year', () => {
    const winter = { startsOn: '2026-11-10', endsOn: '2027-02-28' };
    expect(planned(winter, firstTuesday).occurrences.map((o) => o.date)).toEqual(['2026-12-01', '2027-01-05', '2027-02-02']);
  });

  it('refuses a plan that gives no meeting, ends before it starts, runs over four hours or names no time', () => {
    expect(monthlySeries({ startsOn: '2027-01-06', endsOn: '2027-01-31' }, firstTuesday)).toEqual({ ok: false, problems: ['noMeetingInSeason'] });
    expect(monthlySeries(spring, { ...firstTuesday, endTime: '13:00' })).toEqual({ ok: false, problems: ['endNotAfterStart'] });
    expect(monthlySeries(spring, { ...firstTuesday, endTime: '18:01' })).toEqual({ ok: false, problems: ['tooLong'] });
    expect(monthlySeries(spring, { ...firstTuesday, startTime: '24:00' })).toEqual({ ok: false, problems: ['invalidTime'] });
  });

  it('skips a meeting at an hour the spring clock change jumps over, rather than moving it', () => {
    const { occurrences } = planned(spring, { weekday: 'sunday', ordinal: 'last', startTime: '03:15', endTime: '04:30' });
    expect(occurrences.map((o) => o.date)).not.toContain('2027-03-28');
    expect(occurrences).toHaveLength(4);
  });

  it('lets a single meeting move only within its season', () => {
    expect(movedMeetingProblems(spring, { date: '2027-03-09', startTime: '14:00', endTime: '15:30' })).toEqual([]);
    expect(movedMeetingProblems(spring, { date: '2027-06-01', startTime: '14:00', endTime: '15:30' })).toEqual(['outsideSeason']);
    expect(movedMeetingProblems(spring, { date: '2027-03-28', startTime: '03:30', endTime: '04:30' })).toEqual(['invalidTime']);
    expect(movedMeetingProblems(spring, { date: '2027-03-09', startTime: '15:00', endTime: '14:00' })).toEqual(['endNotAfterStart']);
  });
});

describe('a mentoring season', () => {
  it('runs between two real dates, at most a year', () => {
    expect(seasonProblems(spring)).toEqual([]);
    expect(seasonProblems({ startsOn: '2027-02-30', endsOn: '2027-05-31' })).toEqual(['invalidDate']);
    expect(seasonProblems({ startsOn: '2027-05-31', endsOn: '2027-01-01' })).toEqual(['endsBeforeStart']);
    expect(seasonProblems({ startsOn: '2027-01-01', endsOn: '2028-01-02' })).toEqual(['tooLong']);
  });
});
