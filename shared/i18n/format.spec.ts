import { formatDate, formatDateTime, formatList, formatTimeRange } from './format';

describe('dates in Europe/Helsinki', () => {
  it('shows winter time as UTC+2 in each language', () => {
    const at = new Date('2027-02-02T12:00:00Z');
    expect(formatDateTime(at, 'fi')).toBe('ti 2.2.2027 klo 14.00');
    expect(formatDateTime(at, 'sv')).toBe('tis 2.2.2027 14.00');
    expect(formatDateTime(at, 'en')).toBe('Tue, 2 Feb 2027, 14:00');
  });

  it('shows summer time as UTC+3', () => {
    expect(formatDateTime(new Date('2027-06-01T11:00:00Z'), 'fi')).toBe('ti 1.6.2027 klo 14.00');
  });

  it('puts a late UTC evening on the next Finnish day', () => {
    expect(formatDate(new Date('2026-12-31T22:30:00Z'), 'fi')).toBe('1.1.2027');
    expect(formatDate(new Date('2026-12-31T22:30:00Z'), 'en')).toBe('1 Jan 2027');
  });

  it('handles the autumn change to winter time (clocks back at 04:00 on the last Sunday of October)', () => {
    expect(formatDateTime(new Date('2027-10-31T00:30:00Z'), 'en')).toBe('Sun, 31 Oct 2027, 03:30');
    expect(formatDateTime(new Date('2027-10-31T01:30:00Z'), 'en')).toBe('Sun, 31 Oct 2027, 03:30');
    expect(formatDateTime(new Date('2027-10-31T02:30:00Z'), 'en')).toBe('Sun, 31 Oct 2027, 04:30');
  });
});

describe('formatTimeRange', () => {
  it('says a session once on its day, and a network day over two days in full, in Finnish time', () => {
    const start = new Date('2027-02-02T12:00:00Z');
    const end = new Date('2027-02-02T13:30:00Z');
    expect(formatTimeRange(start, end, 'fi')).toBe('ti 2.2.2027 14.00–15.30');
    expect(formatTimeRange(start, end, 'sv')).toBe('tis 2.2.2027 14.00–15.30');
    expect(formatTimeRange(start, end, 'en')).toBe('Tue, 2 Feb 2027, 14:00–15:30');
    expect(formatTimeRange(new Date('2027-05-20T06:00:00Z'), new Date('2027-05-21T13:00:00Z'), 'en')).toBe(
      'Thu, 20 May 2027, 09:00\u2009–\u2009Fri, 21 May 2027, 16:00', // ICU puts thin spaces around the dash
    );
  });
});

describe('formatList', () => {
  it('joins names the way each language does', () => {
    expect(formatList(['Elina', 'Tiina', 'Sari'], 'fi')).toBe('Elina, Tiina ja Sari');
    expect(formatList(['Elina', 'Tiina'], 'sv')).toBe('Elina och Tiina');
    expect(formatList(['Elina'], 'en')).toBe('Elina');
  });
});
