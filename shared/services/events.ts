/**
 * Coordinators' side of events, as the bot and the tab API both do it: create, change and cancel. Only a
 * coordinator of the event's network may; anyone else is refused and the attempt audited. Each decision is
 * written with its audit entry and the work that follows (the Teams meeting, the channel's card, messages,
 * reminders) in one transaction; Graph and Teams are reached afterwards, from the outbox.
 */
import type { Kysely } from 'kysely';
import { planProblems, seatsOpened, type EventKind, type PlanProblem } from '../domain/events';
import { contributionKindFor } from '../domain/contributions';
import { enqueue } from '../jobs/outbox';
import { audit } from '../store/repositories/audit';
import { getNetwork, getRegion, listNetworks, listNetworksOfUnit, type NetworkRecord } from '../store/repositories/catalog';
import { standingsOf } from '../store/repositories/joining';
import { getEvent, insertEvent, listUpcomingEvents, lockEvent, saveCancelled, saveCounts, savePlan, type EventPlanFields, type EventRecord } from '../store/repositories/events';
import { firstWaitlisted, giveSeats } from '../store/repositories/eventRsvps';
import type { PersonRecord } from '../store/repositories/people';
import { newId } from '../store/ids';
import { inTransaction } from '../store/repositories/util';
import type { Database } from '../store/schema';
import { coordinatedNetworks } from './joining';
import { randomBytes } from 'node:crypto';
import type { Language } from '../i18n/language';

/** The outbox's kinds of work for events; their handlers are registered where the app starts. */
export const eventJobs = {
  post: 'event.post',
  updateCards: 'event.cards.update',
  createMeeting: 'event.meeting.create',
  updateMeeting: 'event.meeting.update',
  cancelMeeting: 'event.meeting.cancel',
  syncAttendees: 'event.meeting.attendees',
  notifyChange: 'event.notify.change',
  notifyPromoted: 'event.notify.promoted',
  remind: 'event.remind',
  summary: 'event.contributions.summary',
} as const;

/** How this installation runs events (from its configuration). */
export interface EventSettings {
  /** Graph credentials exist: meetings are made in the organizer's calendar. */
  meetingAutomation: boolean;
  /** The tenant Graph works in: only a coordinator of it can organise a meeting there. */
  graphTenantId?: string;
  /** Minutes before the start when those going are reminded, e.g. [1440, 15]. */
  reminderMinutes: readonly number[];
  /** Kollega's address from outside, for an event's .ics link. */
  publicUrl?: string;
}

export interface EventsContext extends EventSettings {
  db: Kysely<Database>;
  now: Date;
}

export interface EventDraft extends EventPlanFields {
  /** A Teams meeting link given by hand (without Graph, or to use an existing meeting). */
  joinUrl: string | null;
}

export type ManageRefusal =
  | { outcome: 'unknown' }
  | { outcome: 'forbidden'; network: NetworkRecord | undefined }
  | { outcome: 'cancelled'; event: EventRecord }
  | { outcome: 'invalid'; problems: PlanProblem[] };

export type ManageResult = { outcome: 'created' | 'changed' | 'cancelled-now'; event: EventRecord } | ManageRefusal;

/** Whether the person coordinates the network; a refusal is audited. */
export async function mayManage(ctx: Pick<EventsContext, 'db' | 'now'>, actor: PersonRecord, networkId: string, action: string, subjectId: string) {
  if ((await coordinatedNetworks(ctx.db, actor)).has(networkId)) return true;
  await audit(ctx.db, { actor: actor.id, action: `event.${action}.refused`, subjectType: 'event', subjectId, detail: { networkId } }, ctx.now);
  return false;
}

export async function createEvent(ctx: EventsContext, input: { actor: PersonRecord; networkId: string; kind: EventKind; draft: EventDraft }): Promise<ManageResult> {
  const network = await getNetwork(ctx.db, input.networkId);
  if (!network) return { outcome: 'unknown' };
  if (!(await mayManage(ctx, input.actor, network.id, 'create', network.id))) return { outcome: 'forbidden', network };
  const problems = planProblems(input.draft, ctx.now);
  if (problems.length > 0) return { outcome: 'invalid', problems };

  const organizer = meetingOrganizer(ctx, input.actor);
  const id = newId(ctx.now.getTime());
  await inTransaction(ctx.db, async (trx) => {
    await insertEvent(trx, {
      id,
      networkId: network.id,
      kind: input.kind,
      ...input.draft,
      createdBy: input.actor.id,
      meetingState: organizer && !input.draft.joinUrl ? 'pending' : 'manual',
      graphOrganizerId: organizer && !input.draft.joinUrl ? organizer : null,
      icsToken: randomBytes(18).toString('base64url'),
      now: ctx.now,
    });
    await audit(trx, { actor: input.actor.id, action: 'event.created', subjectType: 'event', subjectId: id, detail: { networkId: network.id } }, ctx.now);
    if (organizer && !input.draft.joinUrl) await job(trx, ctx, eventJobs.createMeeting, id, id);
    await job(trx, ctx, eventJobs.post, id, id);
    await scheduleFollowUps(trx, ctx, { id, kind: input.kind, startsAt: input.draft.startsAt, endsAt: input.draft.endsAt });
  });
  return { outcome: 'created', event: (await getEvent(ctx.db, id))! };
}

export async function changeEvent(ctx: EventsContext, input: { actor: PersonRecord; eventId: string; draft: EventDraft }): Promise<ManageResult> {
  const current = await getEvent(ctx.db, input.eventId);
  if (!current) return { outcome: 'unknown' };
  if (!(await mayManage(ctx, input.actor, current.networkId, 'change', current.id))) return { outcome: 'forbidden', network: await getNetwork(ctx.db, current.networkId) };
  return inTransaction(ctx.db, async (trx): Promise<ManageResult> => {
    const event = (await lockEvent(trx, input.eventId))!;
    if (event.cancelled) return { outcome: 'cancelled', event };
    const problems = planProblems(input.draft, ctx.now, event.counts.confirmed);
    if (problems.length > 0) return { outcome: 'invalid', problems };
    // A link given by hand replaces the meeting's only when no meeting is made through Graph (or making it failed).
    const byHand = event.meeting.state === 'manual' || event.meeting.state === 'failed';
    const joinUrl = byHand ? input.draft.joinUrl : undefined;
    await savePlan(trx, event.id, { ...input.draft, joinUrl, ...(byHand && joinUrl ? { meetingState: 'manual' as const } : {}) }, ctx.now);
    const promoted = await firstWaitlisted(trx, event.id, Math.min(event.counts.waitlisted, seatsOpened(event.counts.confirmed, input.draft.capacity)));
    if (promoted.length > 0) {
      await giveSeats(trx, event.id, promoted);
      const counts = { ...event.counts, confirmed: event.counts.confirmed + promoted.length, waitlisted: event.counts.waitlisted - promoted.length };
      await saveCounts(trx, { id: event.id, counts, nextSeq: event.nextSeq, seatsChanged: true, now: ctx.now });
      for (const personId of promoted) await promotedJobs(trx, ctx, event.id, personId);
      await afterAnswers(trx, ctx, event, { seatsChanged: true });
    }
    const changed = (await getEvent(trx, event.id))!;
    await audit(trx, { actor: input.actor.id, action: 'event.changed', subjectType: 'event', subjectId: event.id }, ctx.now);
    const at = `${event.id}:v${changed.version}`;
    if (event.meeting.graphEventId || event.meeting.state === 'pending') await job(trx, ctx, eventJobs.updateMeeting, event.id, at);
    await job(trx, ctx, eventJobs.updateCards, event.id, at);
    await enqueue(trx, { kind: eventJobs.notifyChange, payload: { eventId: event.id, change: 'changed' }, idempotencyKey: `${eventJobs.notifyChange}:${at}` }, ctx.now);
    await scheduleFollowUps(trx, ctx, { id: event.id, kind: event.kind, startsAt: input.draft.startsAt, endsAt: input.draft.endsAt });
    return { outcome: 'changed', event: changed };
  });
}

export async function cancelEvent(ctx: EventsContext, input: { actor: PersonRecord; eventId: string; reason: string | null }): Promise<ManageResult> {
  const current = await getEvent(ctx.db, input.eventId);
  if (!current) return { outcome: 'unknown' };
  if (!(await mayManage(ctx, input.actor, current.networkId, 'cancel', current.id))) return { outcome: 'forbidden', network: await getNetwork(ctx.db, current.networkId) };
  return inTransaction(ctx.db, async (trx): Promise<ManageResult> => {
    if (!(await saveCancelled(trx, current.id, input.reason, ctx.now))) return { outcome: 'cancelled', event: (await getEvent(trx, current.id))! };
    const event = (await getEvent(trx, current.id))!;
    await audit(trx, { actor: input.actor.id, action: 'event.cancelled', subjectType: 'event', subjectId: event.id, detail: input.reason ? { reason: input.reason } : undefined }, ctx.now);
    const at = `${event.id}:cancelled`;
    if (event.meeting.graphEventId || event.meeting.state === 'pending') await job(trx, ctx, eventJobs.cancelMeeting, event.id, at);
    await job(trx, ctx, eventJobs.updateCards, event.id, at);
    await enqueue(trx, { kind: eventJobs.notifyChange, payload: { eventId: event.id, change: 'cancelled' }, idempotencyKey: `${eventJobs.notifyChange}:${at}` }, ctx.now);
    return { outcome: 'cancelled-now', event };
  });
}

/**
 * The event's .ics file, when Kollega's public address is known, with its texts in `lang`. The token keeps
 * the file to those who were shown the event: the link is opened by a calendar or a browser, not signed in.
 */
export function icsUrl(publicUrl: string | undefined, event: Pick<EventRecord, 'id' | 'icsToken'>, lang: Language): string | undefined {
  return publicUrl ? `${publicUrl}/api/events/${event.id}/ics?token=${event.icsToken}&lang=${lang}` : undefined;
}

/**
 * The upcoming events a person is shown: those of the networks they belong to or coordinate, or, before they
 * belong to any, those of their region's networks. `coordinated` says which they may change.
 */
export async function upcomingEventsFor(db: Kysely<Database>, person: PersonRecord, now: Date): Promise<{ events: EventRecord[]; coordinated: Set<string> }> {
  const [coordinated, standings] = await Promise.all([coordinatedNetworks(db, person), standingsOf(db, person.id)]);
  let networkIds = [...new Set([...coordinated, ...standings.memberOf])];
  if (networkIds.length === 0 && person.regionId) {
    const region = await getRegion(db, person.regionId);
    if (region) networkIds = (await listNetworksOfUnit(db, region.unitId)).map((n) => n.id);
  }
  return { events: await listUpcomingEvents(db, networkIds, now), coordinated };
}

/** The coordinator's Entra id, when Graph can make a meeting in their calendar (they are of its tenant); events and mentoring series alike. */
export function meetingOrganizer(ctx: Pick<EventsContext, 'meetingAutomation' | 'graphTenantId'>, actor: PersonRecord): string | undefined {
  if (!ctx.meetingAutomation || !actor.aadObjectId) return undefined;
  if (ctx.graphTenantId && actor.tenantId && actor.tenantId.toLowerCase() !== ctx.graphTenantId.toLowerCase()) return undefined;
  return actor.aadObjectId;
}

/**
 * Reminders before the start and, for a session that collects contributions, their summary after the end.
 * Keys name the time, so a moved event gets new ones; a job for the old time finds it moved and does nothing.
 */
async function scheduleFollowUps(trx: Kysely<Database>, ctx: EventsContext, event: { id: string; kind: EventKind; startsAt: Date; endsAt: Date }) {
  const startsAt = event.startsAt.toISOString();
  for (const minutes of ctx.reminderMinutes) {
    const due = new Date(event.startsAt.getTime() - minutes * 60_000);
    if (due <= ctx.now) continue; // too late already when planned: no reminder on top of the announcement
    await enqueue(
      trx,
      { kind: eventJobs.remind, payload: { eventId: event.id, minutes, startsAt }, idempotencyKey: `${eventJobs.remind}:${event.id}:${minutes}@${startsAt}`, notBefore: due },
      ctx.now,
    );
  }
  if (contributionKindFor(event.kind)) {
    const endsAt = event.endsAt.toISOString();
    await enqueue(trx, { kind: eventJobs.summary, payload: { eventId: event.id, endsAt }, idempotencyKey: `${eventJobs.summary}:${event.id}@${endsAt}`, notBefore: event.endsAt }, ctx.now);
  }
}

/**
 * After answers change what the card shows: its channel posts are updated at most once per 150 ms bucket
 * (Teams allows about 7 messages a second in one conversation), and when the people with a seat changed, the
 * meeting's attendees at most once a second. A burst of answers thus costs a few updates, not one each.
 */
export async function afterAnswers(trx: Kysely<Database>, ctx: { now: Date }, event: EventRecord, { seatsChanged }: { seatsChanged: boolean }) {
  await cardsFollowUp(trx, ctx, event.id);
  // Only a meeting Kollega made through Graph has attendees to keep; a link given by hand has none.
  if (seatsChanged && event.meeting.organizerId && event.meeting.state !== 'manual') await attendeesFollowUp(trx, ctx, event.id);
}

/** The channel's cards will be brought up to date within 150 ms (one job per bucket, however many ask). */
export async function cardsFollowUp(db: Kysely<Database>, ctx: { now: Date }, eventId: string): Promise<void> {
  await coalesced(db, ctx, eventJobs.updateCards, eventId, 150);
}

/** The meeting's attendees will be set within a second (one job per bucket). */
export async function attendeesFollowUp(db: Kysely<Database>, ctx: { now: Date }, eventId: string): Promise<void> {
  await coalesced(db, ctx, eventJobs.syncAttendees, eventId, 1000);
}

async function coalesced(db: Kysely<Database>, ctx: { now: Date }, kind: string, eventId: string, windowMs: number) {
  const bucket = Math.floor(ctx.now.getTime() / windowMs);
  const notBefore = new Date((bucket + 1) * windowMs);
  await enqueue(db, { kind, payload: { eventId }, idempotencyKey: `${kind}:${eventId}:${windowMs}:${bucket}`, notBefore }, ctx.now);
}

/**
 * Kollega was added to a team: the cards of the upcoming events of the networks meeting there are posted (an
 * event planned before Kollega was in the team had nowhere to go). A card already posted is not posted again.
 */
export async function postUpcomingInTeam(db: Kysely<Database>, now: Date, teamAadGroupId: string, installation: string): Promise<number> {
  const networks = (await listNetworks(db)).filter((n) => n.teamsTeamId?.toLowerCase() === teamAadGroupId.toLowerCase());
  const events = (await listUpcomingEvents(db, networks.map((n) => n.id), now)).filter((e) => !e.cancelled);
  for (const event of events) {
    await enqueue(db, { kind: eventJobs.post, payload: { eventId: event.id }, idempotencyKey: `${eventJobs.post}:${event.id}:install:${installation}` }, now);
  }
  return events.length;
}

/** A person got a seat from the waitlist: they are told, and the meeting's attendees follow. */
export async function promotedJobs(trx: Kysely<Database>, ctx: { now: Date }, eventId: string, personId: string): Promise<void> {
  await enqueue(trx, { kind: eventJobs.notifyPromoted, payload: { eventId, personId }, idempotencyKey: `${eventJobs.notifyPromoted}:${eventId}:${personId}:${ctx.now.toISOString()}` }, ctx.now);
}

async function job(trx: Kysely<Database>, ctx: { now: Date }, kind: string, eventId: string, key: string): Promise<void> {
  await enqueue(trx, { kind, payload: { eventId }, idempotencyKey: `${kind}:${key}` }, ctx.now);
}
