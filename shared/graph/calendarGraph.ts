/**
 * The Microsoft Graph calls for coffee sessions and network days: a Teams meeting as an event in the organizer's
 * calendar (create, move or rename, replace its attendees, cancel). Times are sent and stored in UTC.
 * Each call throws GraphError; `transient` ones are for the caller's durable outbox to retry.
 */
import type { Attendee, DateTimeTimeZone, Event } from '@microsoft/microsoft-graph-types';
import type { DelegatedAccess } from './delegatedAccess';
import { connectGraph, type GraphSettings, type GraphTransportOptions } from './graphClient';
import { errorFromResponse, GraphError } from './graphError';

export interface MeetingDetails {
  subject: string;
  /** HTML body shown in the calendar invitation. */
  bodyHtml: string;
  /** ISO 8601 UTC instants, e.g. '2027-02-02T12:00:00.000Z'. */
  startUtc: string;
  endUtc: string;
}
export interface MeetingAttendee { email: string; name: string }
/**
 * A recurring Teams meeting in wall-clock time: the first occurrence's date and times in `timeZone` (a Windows
 * zone name, e.g. 'FLE Standard Time', so 14:00 stays 14:00 across summer time) and Graph's recurrence.
 */
export interface MeetingSeriesDetails {
  subject: string;
  bodyHtml: string;
  /** YYYY-MM-DD, HH:MM, HH:MM in `timeZone` */
  firstDate: string;
  startTime: string;
  endTime: string;
  timeZone: string;
  recurrence: {
    pattern: { type: 'relativeMonthly'; interval: number; daysOfWeek: string[]; index: string };
    range: { type: 'endDate'; startDate: string; endDate: string; recurrenceTimeZone: string };
  };
  attendees: readonly MeetingAttendee[];
}
export interface CalendarGraph {
  /**
   * POST /users/{organizer}/events (or /me/events as the organizer) with isOnlineMeeting true and onlineMeetingProvider 'teamsForBusiness'.
   * `transactionId` (Kollega's own id for the event) makes a retried create answer with the first meeting.
   */
  createOnlineMeeting(organizerUserId: string, meeting: MeetingDetails, transactionId: string): Promise<{ eventId: string; joinUrl: string | undefined }>;
  /** One recurring meeting (the series master) with its attendees; a retried create gives back the first. */
  createMeetingSeries(organizerUserId: string, series: MeetingSeriesDetails, transactionId: string): Promise<{ eventId: string; joinUrl: string | undefined }>;
  /** The id of the series' occurrence that starts within the window (UTC instants); 'gone' when the series is. */
  findOccurrence(organizerUserId: string, seriesId: string, window: { startUtc: string; endUtc: string }): Promise<string | undefined | 'gone'>;
  /** PATCH one event's (or occurrence's) start and end only. 'gone' when it no longer exists. */
  moveMeeting(organizerUserId: string, eventId: string, times: { startUtc: string; endUtc: string }): Promise<'moved' | 'gone'>;
  /** The join link, for a meeting Teams had not provisioned yet when it was created; 'gone' when deleted. */
  getJoinUrl(organizerUserId: string, eventId: string): Promise<string | undefined | 'gone'>;
  /** PATCH subject, body, start and end. 'gone' when the event no longer exists (404). */
  updateMeeting(organizerUserId: string, eventId: string, meeting: MeetingDetails): Promise<'updated' | 'gone'>;
  /** PATCH the whole attendees list (Graph replaces it), each as a required attendee. */
  setAttendees(organizerUserId: string, eventId: string, attendees: readonly MeetingAttendee[]): Promise<'updated' | 'gone'>;
  /** POST /users/{organizer}/events/{id}/cancel with a comment (organizer only). 'gone' when already deleted (404). */
  cancelMeeting(organizerUserId: string, eventId: string, comment: string): Promise<'cancelled' | 'gone'>;
}

/** The calendar's path and, when acting as the organizer, their delegated token. */
interface Mailbox { base: string; asUser?: string }

// The metadata names the action parameter `Comment`; Graph compares action parameter names case-insensitively.
type CancelBody = { Comment: string };
const seg = encodeURIComponent;

/** '2027-02-02T12:00:00.000Z' → { dateTime: '2027-02-02T12:00:00.0000000', timeZone: 'UTC' }. */
function utc(what: string, instant: string): DateTimeTimeZone & { dateTime: string } {
  const ms = /(Z|[+-]\d\d:\d\d)$/.test(instant) ? Date.parse(instant) : NaN; // no offset would mean local time
  if (Number.isNaN(ms)) throw new GraphError(`${what}: '${instant}' is not an ISO 8601 UTC instant`, { status: 400, code: 'invalidMeetingTime', transient: false });
  return { dateTime: `${new Date(ms).toISOString().slice(0, 23)}0000`, timeZone: 'UTC' };
}

/** Each address once (the first spelling given), as a required attendee (Graph replaces the whole list with what it is given). */
function attendeeList(attendees: readonly MeetingAttendee[]): Attendee[] {
  const byAddress = new Map<string, MeetingAttendee>();
  for (const a of attendees) if (!byAddress.has(a.email.trim().toLowerCase())) byAddress.set(a.email.trim().toLowerCase(), a);
  return [...byAddress.values()].map((a) => ({ emailAddress: { address: a.email.trim(), name: a.name }, type: 'required' }));
}

function meetingFields(what: string, meeting: MeetingDetails): Event {
  const start = utc(what, meeting.startUtc);
  const end = utc(what, meeting.endUtc);
  if (end.dateTime <= start.dateTime) throw new GraphError(`${what}: the meeting must end after it starts`, { status: 400, code: 'invalidMeetingTime', transient: false });
  return { subject: meeting.subject, body: { contentType: 'html', content: meeting.bodyHtml }, start, end };
}

export function createCalendarGraph(settings: GraphSettings, options: GraphTransportOptions = {}, delegated?: DelegatedAccess): CalendarGraph {
  const graph = connectGraph(settings, options);

  /**
   * Whose rights reach the organizer's calendar: their own, when they gave Kollega delegated access in the tab
   * (/me), otherwise the application's Calendars.ReadWrite (/users/{id}). The event ids are the same either way.
   */
  async function mailbox(organizer: string): Promise<Mailbox> {
    const asUser = await delegated?.tokenFor(organizer);
    return asUser ? { base: '/me', asUser } : { base: `/users/${seg(organizer)}` };
  }
  const eventPath = (box: Mailbox, eventId: string) => `${box.base}/events/${seg(eventId)}`;

  /** One request; a 404 is answered as 'gone' when `goneOn404`, every other failure throws GraphError. */
  async function send(what: string, box: Mailbox, method: 'POST' | 'PATCH', path: string, body: unknown, goneOn404: boolean): Promise<Event | undefined | 'gone'> {
    const answer = await graph.request(what, method, path, { body, asUser: box.asUser });
    if (answer.ok) return answer.body as Event | undefined;
    if (answer.status === 404 && goneOn404) return 'gone';
    throw errorFromResponse(what, answer.status, answer.body, answer.retryAfter);
  }

  return {
    async createOnlineMeeting(organizerUserId, meeting, transactionId) {
      const what = `create meeting for ${organizerUserId}`;
      const body: Event = {
        ...meetingFields(what, meeting),
        transactionId,
        isOnlineMeeting: true,
        onlineMeetingProvider: 'teamsForBusiness',
        allowNewTimeProposals: false,
        responseRequested: false,
        attendees: [],
      };
      const box = await mailbox(organizerUserId);
      // A 404 here means the organizer (or their mailbox) does not exist: permanent.
      const created = await send(what, box, 'POST', `${box.base}/events`, body, false);
      if (created === 'gone' || !created?.id) throw new GraphError(`${what}: answer without event id`, { status: 502, transient: false });
      return { eventId: created.id, joinUrl: created.onlineMeeting?.joinUrl ?? undefined };
    },

    async createMeetingSeries(organizerUserId, series, transactionId) {
      const what = `create meeting series for ${organizerUserId}`;
      const at = (time: string) => ({ dateTime: `${series.firstDate}T${time}:00.0000000`, timeZone: series.timeZone });
      const body: Event = {
        subject: series.subject,
        body: { contentType: 'html', content: series.bodyHtml },
        start: at(series.startTime),
        end: at(series.endTime),
        recurrence: series.recurrence as Event['recurrence'],
        transactionId,
        isOnlineMeeting: true,
        onlineMeetingProvider: 'teamsForBusiness',
        allowNewTimeProposals: false,
        responseRequested: false,
        attendees: attendeeList(series.attendees),
      };
      const box = await mailbox(organizerUserId);
      const created = await send(what, box, 'POST', `${box.base}/events`, body, false);
      if (created === 'gone' || !created?.id) throw new GraphError(`${what}: answer without event id`, { status: 502, transient: false });
      return { eventId: created.id, joinUrl: created.onlineMeeting?.joinUrl ?? undefined };
    },

    async findOccurrence(organizerUserId, seriesId, window) {
      const box = await mailbox(organizerUserId);
      const what = `find occurrence of ${seriesId}`;
      const query = { startDateTime: window.startUtc, endDateTime: window.endUtc, $select: 'id,start' };
      const answer = await graph.request(what, 'GET', `${eventPath(box, seriesId)}/instances`, { query, asUser: box.asUser });
      if (answer.status === 404) return 'gone';
      if (!answer.ok) throw errorFromResponse(what, answer.status, answer.body, answer.retryAfter);
      const [first] = ((answer.body as { value?: Event[] }).value ?? []).filter((e) => e.id);
      return first?.id ?? undefined;
    },

    async moveMeeting(organizerUserId, eventId, times) {
      const what = `move meeting ${eventId}`;
      const box = await mailbox(organizerUserId);
      const body: Event = { start: utc(what, times.startUtc), end: utc(what, times.endUtc) };
      const answer = await send(what, box, 'PATCH', eventPath(box, eventId), body, true);
      return answer === 'gone' ? 'gone' : 'moved';
    },

    async getJoinUrl(organizerUserId, eventId) {
      const box = await mailbox(organizerUserId);
      const answer = await graph.request(`read meeting ${eventId}`, 'GET', eventPath(box, eventId), { query: { $select: 'onlineMeeting' }, asUser: box.asUser });
      if (answer.status === 404) return 'gone';
      if (!answer.ok) throw errorFromResponse(`read meeting ${eventId}`, answer.status, answer.body, answer.retryAfter);
      return (answer.body as Event).onlineMeeting?.joinUrl ?? undefined;
    },

    async updateMeeting(organizerUserId, eventId, meeting) {
      const what = `update meeting ${eventId}`;
      const box = await mailbox(organizerUserId);
      const answer = await send(what, box, 'PATCH', eventPath(box, eventId), meetingFields(what, meeting), true);
      return answer === 'gone' ? 'gone' : 'updated';
    },

    async setAttendees(organizerUserId, eventId, attendees) {
      const body: Event = { attendees: attendeeList(attendees) };
      const box = await mailbox(organizerUserId);
      const answer = await send(`set attendees of meeting ${eventId}`, box, 'PATCH', eventPath(box, eventId), body, true);
      return answer === 'gone' ? 'gone' : 'updated';
    },

    async cancelMeeting(organizerUserId, eventId, comment) {
      const body: CancelBody = { Comment: comment };
      const box = await mailbox(organizerUserId);
      const answer = await send(`cancel meeting ${eventId}`, box, 'POST', `${eventPath(box, eventId)}/cancel`, body, true);
      return answer === 'gone' ? 'gone' : 'cancelled';
    },
  };
}
