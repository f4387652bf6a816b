import { fromHelsinki, toHelsinki } from './localTime';

const utc = (local: { date: string; time: string }) => {
  const r = fromHelsinki(local);
  if (!r.ok) throw new Error(r.reason);
  return r.at.toISOString();
};

describe('Finnish wall-clock time', () => {
  it('is UTC+2 in winter and UTC+3 in summer', () => {
    expect(utc({ date: '2027-02-02', time: '14:00' })).toBe('2027-02-02T12:00:00.000Z');
    expect(utc({ date: '2027-06-15', time: '14:00' })).toBe('2027-06-15T11:00:00.000Z');
  });

  it('changes on the last Sunday of March at 03:00, where 03:00–03:59 does not exist', () => {
    expect(utc({ date: '2027-03-28', time: '02:59' })).toBe('2027-03-28T00:59:00.000Z');
    expect(fromHelsinki({ date: '2027-03-28', time: '03:00' })).toEqual({ ok: false, reason: 'skipped' });
    expect(fromHelsinki({ date: '2027-03-28', time: '03:59' })).toEqual({ ok: false, reason: 'skipped' });
    expect(utc({ date: '2027-03-28', time: '04:00' })).toBe('2027-03-28T01:00:00.000Z');
  });

  it('takes the first, summer-time, occurrence of 03:00–03:59 on the last Sunday of October', () => {
    expect(utc({ date: '2027-10-31', time: '03:30' })).toBe('2027-10-31T00:30:00.000Z');
    expect(toHelsinki(new Date('2027-10-31T01:30:00.000Z'))).toEqual({ date: '2027-10-31', time: '03:30' }); // the second one
    expect(utc({ date: '2027-10-31', time: '04:00' })).toBe('2027-10-31T02:00:00.000Z');
  });

  it('reads back what it wrote, across a whole year', () => {
    for (let day = 0; day < 366; day += 1) {
      const at = new Date(Date.UTC(2027, 0, 1, 9, 15) + day * 86_400_000);
      expect(utc(toHelsinki(at))).toBe(at.toISOString());
    }
  });

  it('refuses what is no date or time', () => {
    for (const local of [
      { date: '2027-02-30', time: '10:00' },
      { date: '2027-13-01', time: '10:00' },
      { date: '2.2.2027', time: '10:00' },
      { date: '2027-02-02', time: '24:00' },
      { date: '2027-02-02', time: '10:60' },
      { date: '2027-02-02', time: '10' },
    ]) {
      expect(fromHelsinki(local)).toEqual({ ok: false, reason: 'invalid' });
    }
  });
});
