import { eventIcs, type IcsEvent } from './ics';

const event: IcsEvent = {
  uid: '0190f3a2-7b1c-7d2e-8f00-000000000001@kollega',
  sequence: 4,
  title: 'Lanujen kirjakahvit; talvi, 2027',
  description: 'Vinkataan lasten- ja nuortenkirjoja.\nTervetuloa!',
  startsAt: new Date('2027-03-28T09:00:00.000Z'),
  endsAt: new Date('2027-03-28T10:00:00.000Z'),
  joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0',
  cancelled: false,
  updatedAt: new Date('2027-03-01T08:30:15.123Z'),
};

/** The file's logical lines, continuation lines joined back (RFC 5545 unfolding). */
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('an event as an .ics file', () => {
  it('gives the time in UTC, the texts escaped, and the join link', () => {
    const lines = unfold(eventIcs(event));
    expect(lines).toEqual(
      expect.arrayContaining([
        'BEGIN:VEVENT',
        'DTSTART:20270328T090000Z',
        'DTEND:20270328T100000Z',
        'DTSTAMP:20270301T083015Z',
        'SEQUENCE:4',
        'SUMMARY:Lanujen kirjakahvit\\; talvi\\, 2027',
        `DESCRIPTION:Vinkataan lasten- ja nuortenkirjoja.\\nTervetuloa!\\n\\n${event.joinUrl}`,
        `URL:${event.joinUrl}`,
        'STATUS:CONFIRMED',
      ]),
    );
    expect(eventIcs({ ...event, cancelled: true })).toContain('STATUS:CANCELLED\r\n');
  });

  it('folds long lines at 75 octets without splitting a character, and ends every line with CRLF', () => {
    const ics = eventIcs({ ...event, description: 'Äänikirjoja ja ääneenlukua: '.repeat(10) });
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(unfold(ics).find((l) => l.startsWith('DESCRIPTION:'))).toContain('Äänikirjoja ja ääneenlukua: '.repeat(10).trimEnd());
  });
});
