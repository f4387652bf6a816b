import { formatDate, formatDateTime, formatList } from './format';

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

describe('formatList', () => {
  it('joins names the way each language does', () => {
    expect(formatList(['Elina', 'Tiina', 'Sari'], 'fi')).toBe('Elina, Tiina ja Sari');
    expect(formatList(['Elina', 'Tiina'], 'sv')).toBe('Elina och Tiina');
    expect(formatList(['Elina'], 'en')).toBe('Elina');
  });
});
