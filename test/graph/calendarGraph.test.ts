/**
 * shared/graph/calendarGraph against the local Graph emulator, with the real graph client and msal-node:
 * Teams meetings in an organizer's calendar for coffee sessions and network days.
 * Every request the emulator saw must also be a request the official Graph v1.0 metadata describes.
 */
import { ResponseType } from '@microsoft/microsoft-graph-client';
import { createCalendarGraph, GraphError, type CalendarGraph, type MeetingDetails } from '../../shared/graph';
import { connectGraph } from '../../shared/graph/graphClient';
import { monthlySeries } from '../../shared/domain/mentoring/monthlySeries';
import { newId } from '../../shared/store/ids';
import { startGraphEmulator, type GraphEmulator } from '../fixtures/graphEmulator';
import { caught, useEmulatedGraph } from './emulatedGraph';
import { refusedUrls } from '../fixtures/graph/loopbackHttps';

const graphSuite = useEmulatedGraph();
let emulator: GraphEmulator;
let calendar: CalendarGraph;

beforeAll(() => {
  emulator = graphSuite.emulator;
  calendar = createCalendarGraph(emulator.settings, emulator.transport);
});

const coffee: MeetingDetails = {
  subject: 'Kahvihetki: kirjastot',
  bodyHtml: '<p>Tervetuloa <b>kahville</b>!</p>',
  startUtc: '2027-02-02T12:00:00.000Z',
  endUtc: '2027-02-02T12:30:00.000Z',
};
const aino = { email: 'aino@kirjasto.fi', name: 'Aino Virtanen' };
const lotta = { email: 'lotta@bibliotek.ax', name: 'Lotta Sund' };
const pekka = { email: 'pekka@kirjasto.fi', name: 'Pekka' };

const requestsSince = (start: number) => emulator.requests.slice(start);
const organizer = () => emulator.addUser({ displayName: 'Koordinaattori', mail: `koordinaattori.${emulator.requests.length}@kirjasto.fi` });
const attendeeAddresses = (eventId: string) => emulator.event(eventId)?.attendees.map((a) => a.emailAddress.address);

describe('createOnlineMeeting', () => {
  it('creates a Teams meeting in UTC with no attendees and returns its id and join link', async () => {
    const user = organizer();
    const start = emulator.requests.length;
    const { eventId, joinUrl } = await calendar.createOnlineMeeting(user.id, coffee, newId());
    expect(joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    expect(emulator.event(eventId)).toMatchObject({
      organizerId: user.id, subject: coffee.subject, body: { contentType: 'html', content: coffee.bodyHtml },
      start: { dateTime: '2027-02-02T12:00:00.0000000', timeZone: 'UTC' }, end: { dateTime: '2027-02-02T12:30:00.0000000', timeZone: 'UTC' },
      startUtc: coffee.startUtc, endUtc: coffee.endUtc, attendees: [], allowNewTimeProposals: false, responseRequested: false,
      joinUrl, cancelled: false,
    });
    const [post] = requestsSince(start);
    expect(post).toMatchObject({ method: 'POST', path: `/v1.0/users/${user.id}/events`, status: 201,
      body: { isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness', attendees: [] } });
  });

  it('converts an instant given with an offset to UTC', async () => {
    const user = organizer();
    const { eventId } = await calendar.createOnlineMeeting(user.id, { ...coffee, startUtc: '2027-06-10T15:00:00+03:00', endUtc: '2027-06-10T16:45:00+03:00' }, newId());
    expect(emulator.event(eventId)).toMatchObject({ startUtc: '2027-06-10T12:00:00.000Z', endUtc: '2027-06-10T13:45:00.000Z' });
  });

  it('returns joinUrl undefined when Teams has not provisioned the meeting yet; a later GET has it', async () => {
    const user = organizer();
    emulator.withholdJoinUrl();
    const { eventId, joinUrl } = await calendar.createOnlineMeeting(user.id, coffee, newId());
    expect(joinUrl).toBeUndefined();
    expect(await calendar.getJoinUrl(user.id, eventId)).toBe(emulator.event(eventId)?.joinUrl);
    emulator.deleteEvent(eventId);
    expect(await calendar.getJoinUrl(user.id, eventId)).toBe('gone');
  });

  it('makes one meeting of a create retried with the same transaction id', async () => {
    const user = organizer();
    const transaction = newId();
    const first = await calendar.createOnlineMeeting(user.id, coffee, transaction);
    const again = await calendar.createOnlineMeeting(user.id, coffee, transaction);
    expect(again).toEqual(first);
    expect(emulator.events(user.id)).toHaveLength(1);
    expect(emulator.event(first.eventId)).toMatchObject({ transactionId: transaction });
  });

  it('an unknown organizer (404) is a permanent GraphError', async () => {
    const error = await caught(calendar.createOnlineMeeting('00000000-0000-0000-0000-000000000000', coffee, newId()));
    expect(error).toMatchObject({ status: 404, transient: false, code: 'ErrorInvalidUser' });
  });

  it('a guest organizer (no mailbox here) is a permanent GraphError', async () => {
    const guest = emulator.addUser({ displayName: 'Vieras', userType: 'Guest' });
    const error = await caught(calendar.createOnlineMeeting(guest.id, coffee, newId()));
    expect(error).toMatchObject({ status: 404, transient: false, code: 'MailboxNotEnabledForRESTAPI' });
    expect(emulator.events(guest.id)).toEqual([]);
  });

  it.each([
    ['no offset (would be local time)', { startUtc: '2027-02-02T12:00:00' }],
    ['not a date', { endUtc: 'next Tuesday' }],
    ['end before start', { startUtc: '2027-02-02T13:00:00.000Z' }],
    ['end equal to start', { endUtc: coffee.startUtc }],
  ])('refuses %s before sending anything (permanent)', async (_name, change) => {
    const start = emulator.requests.length;
    const error = await caught(calendar.createOnlineMeeting(organizer().id, { ...coffee, ...change }, newId()));
    expect(error).toMatchObject({ status: 400, transient: false });
    expect(requestsSince(start)).toEqual([]);
  });
});

describe('updateMeeting', () => {
  it('moves and renames the meeting and keeps its attendees', async () => {
    const user = organizer();
    const { eventId } = await calendar.createOnlineMeeting(user.id, coffee, newId());
    await calendar.setAttendees(user.id, eventId, [aino]);
    const moved = { subject: 'Verkostopäivä', bodyHtml: '<p>Uusi aika</p>', startUtc: '2027-03-01T08:00:00.000Z', endUtc: '2027-03-01T14:00:00.000Z' };
    await expect(calendar.updateMeeting(user.id, eventId, moved)).resolves.toBe('updated');
    expect(emulator.event(eventId)).toMatchObject({
      subject: moved.subject, body: { contentType: 'html', content: moved.bodyHtml }, startUtc: moved.startUtc, endUtc: moved.endUtc,
      start: { timeZone: 'UTC' }, end: { timeZone: 'UTC' },
    });
    expect(attendeeAddresses(eventId)).toEqual([aino.email]);
    const patch = emulator.requests.at(-1)!;
    expect(Object.keys(patch.body as object).sort()).toEqual(['body', 'end', 'start', 'subject']);
  });

  it("answers 'gone' for an event deleted in Outlook", async () => {
    const user = organizer();
    const { eventId } = await calendar.createOnlineMeeting(user.id, coffee, newId());
    emulator.deleteEvent(eventId);
    await expect(calendar.updateMeeting(user.id, eventId, coffee)).resolves.toBe('gone');
  });

  it("answers 'gone' for an event of another organizer", async () => {
    const owner = organizer();
    const other = organizer();
    const { eventId } = await calendar.createOnlineMeeting(owner.id, coffee, newId());
    await expect(calendar.updateMeeting(other.id, eventId, { ...coffee, subject: 'Kaapattu' })).resolves.toBe('gone');
    expect(emulator.event(eventId)?.subject).toBe(coffee.subject);
  });
});

describe('setAttendees', () => {
  it('replaces the whole list with required attendees; the same list twice is harmless', async () => {
    const user = organizer();
    const { eventId } = await calendar.createOnlineMeeting(user.id, coffee, newId());
    await expect(calendar.setAttendees(user.id, eventId, [aino, lotta])).resolves.toBe('updated');
    expect(emulator.event(eventId)?.attendees).toEqual([
      { emailAddress: { address: aino.email, name: aino.name }, type: 'required' },
      { emailAddress: { address: lotta.email, name: lotta.name }, type: 'required' },
    ]);
    await expect(calendar.setAttendees(user.id, eventId, [aino, lotta])).resolves.toBe('updated');
    expect(attendeeAddresses(eventId)).toEqual([aino.email, lotta.email]);
    await expect(calendar.setAttendees(user.id, eventId, [lotta, pekka])).resolves.toBe('updated');
    expect(attendeeAddresses(eventId)).toEqual([lotta.email, pekka.email]);
    await expect(calendar.setAttendees(user.id, eventId, [])).resolves.toBe('updated');
    expect(attendeeAddresses(eventId)).toEqual([]);
    expect(emulator.count({ method: 'PATCH', path: `/v1.0/users/${user.id}/events/${encodeURIComponent(eventId)}` })).toBe(4);
  });

  it('sends an address given twice (in any case) once', async () => {
    const user = organizer();
    const { eventId } = await calendar.createOnlineMeeting(user.id, coffee, newId());
    await calendar.setAttendees(user.id, eventId, [aino, { ...aino, email: aino.email.toUpperCase() }, lotta]);
    expect(attendeeAddresses(eventId)?.map((a) => a.toLowerCase())).toEqual([aino.email, lotta.email]);
  });

  it("answers 'gone' for a deleted event", async () => {
    const user = organizer();
    const { eventId } = await calendar.createOnlineMeeting(user.id, coffee, newId());
    emulator.deleteEvent(eventId);
    await expect(calendar.setAttendees(user.id, eventId, [aino])).resolves.toBe('gone');
  });
});

describe('cancelMeeting', () => {
  it('cancels with a comment; afterwards every call answers gone', async () => {
    const user = organizer();
    const { eventId } = await calendar.createOnlineMeeting(user.id, coffee, newId());
    await calendar.setAttendees(user.id, eventId, [aino, lotta]);
    const start = emulator.requests.length;
    await expect(calendar.cancelMeeting(user.id, eventId, 'Kahvihetki peruttu.')).resolves.toBe('cancelled');
    expect(requestsSince(start).map((r) => [r.method, r.path, r.status])).toEqual([
      ['POST', `/v1.0/users/${user.id}/events/${encodeURIComponent(eventId)}/cancel`, 202],
    ]);
    expect(emulator.event(eventId)).toMatchObject({ cancelled: true, cancelComment: 'Kahvihetki peruttu.' });
    await expect(calendar.cancelMeeting(user.id, eventId, 'again')).resolves.toBe('gone');
    await expect(calendar.updateMeeting(user.id, eventId, coffee)).resolves.toBe('gone');
    await expect(calendar.setAttendees(user.id, eventId, [aino])).resolves.toBe('gone');
    expect(emulator.event(eventId)).toMatchObject({ subject: coffee.subject, cancelComment: 'Kahvihetki peruttu.' });
  });

  it("answers 'gone' for an event deleted in Outlook", async () => {
    const user = organizer();
    const { eventId } = await calendar.createOnlineMeeting(user.id, coffee, newId());
    emulator.deleteEvent(eventId);
    await expect(calendar.cancelMeeting(user.id, eventId, 'Peruttu.')).resolves.toBe('gone');
  });
});

describe('failures', () => {
  it('a 429 with a long Retry-After is a transient GraphError at once, with retryAfterMs', async () => {
    const user = organizer();
    const start = emulator.requests.length;
    emulator.failNext({ method: 'POST', path: `/v1.0/users/${user.id}/events` }, { status: 429, retryAfter: 30 });
    const error = await caught(calendar.createOnlineMeeting(user.id, coffee, newId()));
    expect(error).toMatchObject({ status: 429, transient: true, retryAfterMs: 30_000, code: 'TooManyRequests' });
    expect(requestsSince(start)).toHaveLength(1);
    expect(emulator.events(user.id)).toEqual([]);
  });

  it('a 429 with Retry-After 0 is retried once inside the call and creates one event', async () => {
    const user = organizer();
    emulator.failNext({ method: 'POST', path: `/v1.0/users/${user.id}/events` }, { status: 429, retryAfter: 0 });
    const { eventId } = await calendar.createOnlineMeeting(user.id, coffee, newId());
    expect(emulator.events(user.id).map((e) => e.id)).toEqual([eventId]);
    expect(emulator.count({ method: 'POST', path: `/v1.0/users/${user.id}/events` })).toBe(2);
  });

  it('503 on an update and 504 on a cancel are transient', async () => {
    const user = organizer();
    const { eventId } = await calendar.createOnlineMeeting(user.id, coffee, newId());
    emulator.failNext({ method: 'PATCH' }, { status: 503 });
    expect(await caught(calendar.updateMeeting(user.id, eventId, coffee))).toMatchObject({ status: 503, transient: true, retryAfterMs: undefined });
    emulator.failNext({ method: 'POST', path: /\/cancel$/ }, { status: 504 });
    expect(await caught(calendar.cancelMeeting(user.id, eventId, 'x'))).toMatchObject({ status: 504, transient: true });
    expect(emulator.event(eventId)?.cancelled).toBe(false);
  });

  it('403 is permanent', async () => {
    const user = organizer();
    emulator.failNext({ method: 'POST', path: `/v1.0/users/${user.id}/events` }, { status: 403, code: 'ErrorAccessDenied', message: 'Access is denied.' });
    const error = await caught(calendar.createOnlineMeeting(user.id, coffee, newId()));
    expect(error).toMatchObject({ status: 403, transient: false, code: 'ErrorAccessDenied' });
  });

  it('a refused connection is a transient GraphError', async () => {
    const offline = createCalendarGraph(emulator.settings, { ...emulator.transport, fetch: () => Promise.reject(new Error('ECONNREFUSED')) });
    expect(await caught(offline.cancelMeeting('anyone', 'AAMk=', 'x'))).toMatchObject({ status: 0, transient: true });
  });
});

describe('token', () => {
  it('msal caches the token: at most one per client built in this suite, none for further calls', async () => {
    expect(emulator.count({ path: /\/events(\/|$)/ })).toBeGreaterThan(30);
    expect(emulator.tokenRequests).toBeLessThanOrEqual(3); // calendar, the raw GET, the offline one
    const before = emulator.tokenRequests;
    await calendar.cancelMeeting(organizer().id, 'AAMkAGone=', 'x');
    expect(emulator.tokenRequests).toBe(before);
  });
});

describe('the emulator refuses event requests Graph would refuse', () => {
  // A separate emulator, so that these deliberate refusals do not count as failures of the suite above.
  let strict: GraphEmulator;
  let send: (method: 'POST' | 'PATCH', path: string, body: unknown) => Promise<number>;
  let userId: string;
  let eventId: string;
  const utc = (dateTime: string) => ({ dateTime, timeZone: 'UTC' });
  const valid = { subject: 's', start: utc('2027-02-02T12:00:00'), end: utc('2027-02-02T12:30:00'), isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' };

  beforeAll(async () => {
    strict = await startGraphEmulator();
    const { client } = connectGraph(strict.settings, strict.transport);
    send = async (method, path, body) => {
      const request = client.api(path).responseType(ResponseType.RAW);
      return ((await (method === 'POST' ? request.post(body) : request.patch(body))) as Response).status;
    };
    userId = strict.addUser({ displayName: 'Järjestäjä' }).id;
    await expect(send('POST', `/users/${userId}/events`, valid)).resolves.toBe(201);
    eventId = strict.events(userId)[0].id;
    strict.failures.splice(0);
  });
  afterAll(() => strict?.close());

  it.each([
    ['a time zone other than UTC', 'POST', 'events', { ...valid, start: { dateTime: '2027-02-02T12:00:00', timeZone: 'FLE Standard Time' } }, 'UTC'],
    ['a dateTime with Z', 'POST', 'events', { ...valid, end: utc('2027-02-02T12:30:00Z') }, 'dateTime'],
    ['end before start', 'POST', 'events', { ...valid, end: utc('2027-02-02T11:00:00') }, 'after start'],
    ['no Teams meeting', 'POST', 'events', { ...valid, onlineMeetingProvider: 'skypeForBusiness' }, 'teamsForBusiness'],
    ['an unknown property', 'POST', 'events', { ...valid, location: { displayName: 'Kahvio' } }, 'location'],
    ['an attendee without type', 'PATCH', 'event', { attendees: [{ emailAddress: { address: 'a@b.fi', name: 'A' } }] }, 'type'],
    ['an optional attendee', 'PATCH', 'event', { attendees: [{ emailAddress: { address: 'a@b.fi', name: 'A' }, type: 'optional' }] }, 'required'],
    ['an implausible address', 'PATCH', 'event', { attendees: [{ emailAddress: { address: 'aino', name: 'A' }, type: 'required' }] }, 'address'],
    ['a move that ends before it starts', 'PATCH', 'event', { start: utc('2027-02-02T13:00:00') }, 'after start'],
    ['a cancel parameter Graph does not have', 'POST', 'cancel', { reason: 'x' }, 'reason'],
  ] as const)('%s', async (_name, method, target, body, hint) => {
    const path = target === 'events' ? `/users/${userId}/events` : `/users/${userId}/events/${encodeURIComponent(eventId)}${target === 'cancel' ? '/cancel' : ''}`;
    await expect(send(method, path, body)).resolves.toBe(400);
    expect(strict.failures.splice(0)).toEqual([expect.stringContaining(hint)]);
    expect(strict.event(eventId)).toMatchObject({ cancelled: false, attendees: [], endUtc: '2027-02-02T12:30:00.000Z' });
  });

  it('accepts the cancel parameter as Comment or comment, and 404s afterwards', async () => {
    const second = (await send('POST', `/users/${userId}/events`, valid), strict.events(userId).at(-1)!.id);
    await expect(send('POST', `/users/${userId}/events/${encodeURIComponent(second)}/cancel`, { comment: 'lower' })).resolves.toBe(202);
    await expect(send('POST', `/users/${userId}/events/${encodeURIComponent(eventId)}/cancel`, { Comment: 'Pascal' })).resolves.toBe(202);
    await expect(send('PATCH', `/users/${userId}/events/${encodeURIComponent(eventId)}`, { subject: 'x' })).resolves.toBe(404);
    expect(strict.events(userId).map((e) => e.cancelComment)).toEqual(['Pascal', 'lower']);
    expect(strict.failures).toEqual([]);
  });

  it('answers 404 for an unknown organizer', async () => {
    await expect(send('POST', '/users/nobody/events', valid)).resolves.toBe(404);
    expect(strict.failures).toEqual([]);
  });
});

describe('createMeetingSeries', () => {
  const plan = () => {
    const result = monthlySeries({ startsOn: '2027-01-01', endsOn: '2027-05-31' }, { weekday: 'tuesday', ordinal: 'first', startTime: '14:00', endTime: '15:30' });
    if (!result.ok) throw new Error('no series');
    return result.series;
  };

  it('makes one recurring Teams meeting at 14:00 Helsinki time with every member invited, whose occurrences Exchange puts where Kollega does', async () => {
    const user = organizer();
    const series = plan();
    const start = emulator.requests.length;
    const { eventId, joinUrl } = await calendar.createMeetingSeries(user.id, {
      subject: 'Seniorityön tukiryhmä', bodyHtml: '<p>Kuukausitapaaminen</p>', firstDate: series.occurrences[0].date, startTime: '14:00', endTime: '15:30',
      timeZone: 'FLE Standard Time', recurrence: series.recurrence, attendees: [aino, lotta, { ...aino, email: 'AINO@kirjasto.fi' }],
    }, newId());
    expect(joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
    const made = emulator.event(eventId)!;
    expect(made.attendees.map((a) => a.emailAddress.address)).toEqual(['aino@kirjasto.fi', 'lotta@bibliotek.ax']);
    expect(made.series?.occurrences.map((o) => o.startUtc)).toEqual(series.occurrences.map((o) => o.startsAt.toISOString()));
    expect(made.series?.occurrences.map((o) => o.endUtc)).toEqual(series.occurrences.map((o) => o.endsAt.toISOString()));
    const [post] = requestsSince(start);
    expect(post).toMatchObject({
      method: 'POST', path: `/v1.0/users/${user.id}/events`, status: 201,
      body: { start: { dateTime: '2027-01-05T14:00:00.0000000', timeZone: 'FLE Standard Time' }, recurrence: { pattern: { type: 'relativeMonthly', index: 'first', daysOfWeek: ['tuesday'] } } },
    });
  });

  it('gives back the first series when a create is retried with the same transaction id', async () => {
    const user = organizer();
    const series = plan();
    const details = { subject: 'Tukiryhmä', bodyHtml: '', firstDate: '2027-01-05', startTime: '14:00', endTime: '15:30', timeZone: 'FLE Standard Time', recurrence: series.recurrence, attendees: [] };
    const id = newId();
    const first = await calendar.createMeetingSeries(user.id, details, id);
    const again = await calendar.createMeetingSeries(user.id, details, id);
    expect(again.eventId).toBe(first.eventId);
    expect(emulator.events(user.id)).toHaveLength(1);
  });
});
