/**
 * An event as an iCalendar file (RFC 5545), for people who keep their calendar elsewhere than in Teams or were
 * not added to the meeting: one VEVENT in UTC, with the join link, that a calendar updates in place (same UID,
 * a higher SEQUENCE) when the file is fetched again after a change or a cancellation.
 */
export interface IcsEvent {
  uid: string;
  /** Grows with every change, so calendars take the newer copy. */
  sequence: number;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  joinUrl: string | null;
  cancelled: boolean;
  updatedAt: Date;
}

export function eventIcs(event: IcsEvent): string {
  const description = event.joinUrl ? `${event.description}\n\n${event.joinUrl}` : event.description;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kollega//Kollega events//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utc(event.updatedAt)}`,
    `DTSTART:${utc(event.startsAt)}`,
    `DTEND:${utc(event.endsAt)}`,
    `SUMMARY:${text(event.title)}`,
    `DESCRIPTION:${text(description)}`,
    ...(event.joinUrl ? [`LOCATION:${text('Microsoft Teams')}`, `URL:${event.joinUrl}`] : []),
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** 2027-02-02T12:00:00.000Z → 20270202T120000Z */
function utc(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** TEXT values escape backslash, semicolon, comma and line breaks. */
function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets continue on the next line after a space, never splitting a character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    const limit = parts.length === 0 ? 75 : 74; // a continuation's leading space counts
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
