/**
 * An event's Teams meeting in the organizer's calendar, through Graph: made once (Kollega's event id is the
 * transaction id, so a retried create gives back the first meeting), moved or renamed with the plan, cancelled
 * with the event, and its attendees kept to the people with a seat. A failure Graph calls permanent marks the
 * meeting failed and tells the coordinator, who can then give a link by hand.
 */
import { inLanguage } from '../../shared/domain/localized';
import { GraphError, type CalendarGraph, type MeetingAttendee, type MeetingDetails } from '../../shared/graph';
import { languageOf } from '../../shared/i18n/language';
import { translator } from '../../shared/i18n/translate';
import { DeferJobError, PermanentJobError, TransientJobError } from '../../shared/jobs/errors';
import { enqueue } from '../../shared/jobs/outbox';
import { attendeesFollowUp, eventJobs } from '../../shared/services/events';
import { getNetwork } from '../../shared/store/repositories/catalog';
import { findTeamChannel } from '../../shared/store/repositories/conversations';
import { getEvent, saveAttendeesSynced, saveMeeting, type EventRecord } from '../../shared/store/repositories/events';
import { listResponders, type Responder } from '../../shared/store/repositories/eventRsvps';
import { getPerson, updatePersonDetails } from '../../shared/store/repositories/people';
import { takeTurn } from '../../shared/store/repositories/spacing';
import { noticeCard } from '../cards/notice';
import type { EventWork } from './eventCards';
import { invitationBodyHtml, invitationSubject } from './meetingText';
import { sendToPersonalChat } from './personal';

export interface MeetingWork extends EventWork {
  calendar: CalendarGraph;
}

/** Why a meeting could not be made, as the coordinator is told (event.meeting.failed.*). */
export type MeetingFailure = 'forbidden' | 'noMailbox' | 'gone' | 'other';

export async function createMeeting(work: MeetingWork, { eventId }: { eventId: string }): Promise<void> {
  const event = await getEvent(work.db, eventId);
  const organizer = event?.meeting.organizerId;
  if (!event || !organizer || event.meeting.state !== 'pending' || event.cancelled) return;
  try {
    let graphEventId = event.meeting.graphEventId;
    let joinUrl: string | undefined;
    if (!graphEventId) {
      const made = await work.calendar.createOnlineMeeting(organizer, meetingDetails(event), event.id);
      graphEventId = made.eventId;
      joinUrl = made.joinUrl;
    } else {
      const read = await work.calendar.getJoinUrl(organizer, graphEventId);
      if (read === 'gone') return await meetingFailed(work, event, 'gone');
      joinUrl = read;
    }
    if (!joinUrl) {
      // Teams had not provisioned the meeting yet: keep the calendar event and ask for its link again later.
      await saveMeeting(work.db, event.id, { state: 'pending', graphEventId }, work.now());
      throw new TransientJobError('the meeting has no join link yet');
    }
    await saveMeeting(work.db, event.id, { state: 'created', joinUrl, graphEventId }, work.now());
  } catch (err) {
    if (err instanceof GraphError && !err.transient) return await meetingFailed(work, event, failureOf(err));
    throw err;
  }
  const now = await getEvent(work.db, event.id);
  if (now?.cancelled) {
    // Cancelled while the meeting was being made: the cancel found nothing to cancel, so this does it.
    await cancelMeeting(work, { eventId: event.id });
    return;
  }
  await showMeetingOnCards(work, event.id, 'created');
  if (now && now.attendeesVersion > now.attendeesSynced) await attendeesFollowUp(work.db, { now: work.now() }, event.id);
}

/** The outbox gave up on making the meeting (Graph kept failing): the coordinator is told, as for a refusal. */
export async function meetingGaveUp(work: EventWork, { eventId }: { eventId: string }): Promise<void> {
  const event = await getEvent(work.db, eventId);
  if (event && event.meeting.state === 'pending' && !event.cancelled) await meetingFailed(work, event, 'other');
}

async function meetingFailed(work: EventWork, event: EventRecord, failure: MeetingFailure): Promise<void> {
  await saveMeeting(work.db, event.id, { state: 'failed', detail: failure, joinUrl: null }, work.now());
  await showMeetingOnCards(work, event.id, 'failed');
  const creator = await getPerson(work.db, event.createdBy);
  if (!creator) return;
  const lang = languageOf(creator.locale);
  const t = translator(lang);
  const text = t('event.notice.meetingFailed', { title: inLanguage(event.title, lang), detail: t(`event.meeting.failed.${failure}`) });
  await sendToPersonalChat(work, creator, noticeCard({ lines: [text] }));
}

/** The cards show the meeting's new state at once (not in the answers' 150 ms buckets): it happens once. */
async function showMeetingOnCards(work: EventWork, eventId: string, state: 'created' | 'failed') {
  await enqueue(work.db, { kind: eventJobs.updateCards, payload: { eventId }, idempotencyKey: `${eventJobs.updateCards}:${eventId}:meeting-${state}` }, work.now());
}

function failureOf(err: GraphError): MeetingFailure {
  if (err.status === 401 || err.status === 403) return 'forbidden';
  if (err.status === 404) return 'noMailbox';
  return 'other';
}

/** The calendar event follows a changed plan; one the organizer deleted is reported as failed. */
export async function updateMeeting(work: MeetingWork, { eventId }: { eventId: string }): Promise<void> {
  const event = await getEvent(work.db, eventId);
  const organizer = event?.meeting.organizerId;
  // Still being made: createMeeting reads the plan when it runs, so it makes the meeting as changed.
  if (!event || !organizer || !event.meeting.graphEventId || event.cancelled || event.meeting.state === 'failed') return;
  const result = await work.calendar.updateMeeting(organizer, event.meeting.graphEventId, meetingDetails(event));
  if (result === 'gone') await meetingFailed(work, event, 'gone');
}

export async function cancelMeeting(work: MeetingWork, { eventId }: { eventId: string }): Promise<void> {
  const event = await getEvent(work.db, eventId);
  const organizer = event?.meeting.organizerId;
  if (!event || !organizer || !event.meeting.graphEventId || !event.cancelled) return;
  const creator = await getPerson(work.db, event.createdBy);
  const t = translator(languageOf(creator?.locale));
  const comment = [t('event.meeting.cancelComment'), event.cancelReason ?? ''].filter(Boolean).join(' ');
  await work.calendar.cancelMeeting(organizer, event.meeting.graphEventId, comment);
}

/**
 * The meeting's attendees set to everyone with a seat, in one PATCH (Graph replaces the list). Someone whose
 * e-mail Kollega does not know yet is looked up in the network team's roster. A change that came in while this
 * ran asks for another sync, so the last answer is never left out.
 */
/** At most one attendees PATCH a second per meeting; the margin covers the time between the turn and Graph. */
export const ATTENDEES_GAP_MS = 1050;

export async function syncAttendees(work: MeetingWork, { eventId }: { eventId: string }): Promise<void> {
  const event = await getEvent(work.db, eventId);
  const organizer = event?.meeting.organizerId;
  // A meeting still being made gets its attendees when it is ready (createMeeting asks for them).
  if (!event || !organizer || !event.meeting.graphEventId || event.meeting.state !== 'created' || event.cancelled) return;
  if (event.attendeesSynced >= event.attendeesVersion) return;
  const seated = (await listResponders(work.db, event.id, ['going'])).filter((r) => r.status === 'confirmed');
  const attendees = await withEmails(work, event, seated);
  const waitMs = await takeTurn(work.db, `attendees:${event.id}`, work.now(), ATTENDEES_GAP_MS);
  if (waitMs > 0) throw new DeferJobError(waitMs);
  const result = await work.calendar.setAttendees(organizer, event.meeting.graphEventId, attendees);
  if (result === 'gone') {
    await meetingFailed(work, event, 'gone');
    throw new PermanentJobError('the meeting was deleted from the calendar');
  }
  await saveAttendeesSynced(work.db, event.id, event.attendeesVersion);
  const after = await getEvent(work.db, event.id);
  if (after && after.attendeesVersion > event.attendeesVersion) await attendeesFollowUp(work.db, { now: work.now() }, event.id);
}

async function withEmails(work: EventWork, event: EventRecord, people: readonly Responder[]): Promise<MeetingAttendee[]> {
  const missing = people.filter((p) => !p.email);
  const found = new Map<string, string>();
  if (missing.length > 0) {
    const network = await getNetwork(work.db, event.networkId);
    const channel = network?.teamsTeamId ? await findTeamChannel(work.db, network.teamsTeamId, network.teamsChannelId) : undefined;
    const roster = channel ? await work.proactive.members(channel.id) : undefined;
    const byTeamsId = new Map((roster ?? []).filter((m) => m.email).map((m) => [m.id, m.email!]));
    for (const person of missing) {
      const email = byTeamsId.get(person.botUserId);
      if (!email) continue;
      found.set(person.personId, email);
      await updatePersonDetails(work.db, person.personId, { email }, work.now());
    }
  }
  return people.flatMap((p) => {
    const email = p.email ?? found.get(p.personId);
    return email ? [{ email, name: p.displayName ?? email }] : [];
  });
}

/** The calendar invitation: the title and description in Finnish and Swedish (and English when given). */
export function meetingDetails(event: EventRecord): MeetingDetails {
  return {
    subject: invitationSubject([event.title.fi, event.title.sv]),
    bodyHtml: invitationBodyHtml([event.description.fi, event.description.sv, event.description.en]),
    startUtc: event.startsAt.toISOString(),
    endUtc: event.endsAt.toISOString(),
  };
}
