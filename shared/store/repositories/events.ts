/**
 * Events (coffee sessions, network days): the plan, the Teams meeting, and the counts the card shows. Changes
 * to an event's answers happen under a lock on its row (lockEvent), so concurrent answers see each other.
 */
import type { Kysely, Selectable } from 'kysely';
import type { EventKind } from '../../domain/events';
import type { Localized } from '../../domain/localized';
import { prepare } from '../prepared';
import type { Database, EventsTable, MeetingState } from '../schema';
import { toTimestamp } from './util';

export interface EventCounts {
  confirmed: number;
  waitlisted: number;
  maybe: number;
  notGoing: number;
}

export interface EventRecord {
  id: string;
  networkId: string;
  kind: EventKind;
  title: Localized;
  description: Localized;
  startsAt: Date;
  endsAt: Date;
  rsvpDeadline: Date | null;
  capacity: number | null;
  cancelled: boolean;
  cancelReason: string | null;
  createdBy: string;
  meeting: { state: MeetingState; detail: string | null; joinUrl: string | null; organizerId: string | null; graphEventId: string | null };
  icsToken: string;
  version: number;
  /** The people with a seat changed at this version; Graph's attendees were last set at attendeesSynced. */
  attendeesVersion: number;
  attendeesSynced: number;
  counts: EventCounts;
  contributions: number;
  nextSeq: number;
  updatedAt: Date;
}

/** What a coordinator plans and may change later. */
export interface EventPlanFields {
  title: { fi: string; sv: string; en: string | null };
  description: { fi: string; sv: string; en: string | null };
  startsAt: Date;
  endsAt: Date;
  rsvpDeadline: Date | null;
  capacity: number | null;
}

export interface NewEvent extends EventPlanFields {
  id: string;
  networkId: string;
  kind: EventKind;
  createdBy: string;
  meetingState: MeetingState;
  joinUrl: string | null;
  graphOrganizerId: string | null;
  icsToken: string;
  now: Date;
}

export async function insertEvent(db: Kysely<Database>, e: NewEvent): Promise<void> {
  const now = toTimestamp(e.now);
  await db
    .insertInto('events')
    .values({
      id: e.id,
      network_id: e.networkId,
      kind: e.kind,
      title_fi: e.title.fi,
      title_sv: e.title.sv,
      title_en: e.title.en,
      description_fi: e.description.fi,
      description_sv: e.description.sv,
      description_en: e.description.en,
      starts_at: toTimestamp(e.startsAt),
      ends_at: toTimestamp(e.endsAt),
      rsvp_deadline: e.rsvpDeadline && toTimestamp(e.rsvpDeadline),
      capacity: e.capacity,
      state: 'scheduled',
      cancel_reason: null,
      created_by: e.createdBy,
      meeting_state: e.meetingState,
      meeting_detail: null,
      join_url: e.joinUrl,
      graph_organizer_id: e.graphOrganizerId,
      graph_event_id: null,
      ics_token: e.icsToken,
      version: 1,
      attendees_version: 0,
      attendees_synced: 0,
      confirmed_count: 0,
      waitlisted_count: 0,
      maybe_count: 0,
      not_going_count: 0,
      contributions_count: 0,
      next_seq: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

const eventById = prepare((db, p: { id: string }) => db.selectFrom('events').selectAll().where('id', '=', p.id));

export async function getEvent(db: Kysely<Database>, id: string): Promise<EventRecord | undefined> {
  const [row] = (await eventById(db, { id })).rows;
  return row && toEvent(row);
}

/**
 * Reads the event inside a transaction, holding its row until the transaction ends: an UPDATE that changes
 * nothing takes PostgreSQL's row lock (SQLite's write lock is already held), so concurrent answers to one event
 * take turns, and capacity and the waitlist's order hold.
 */
const touchEvent = prepare((db, p: { id: string }) =>
  db
    .updateTable('events')
    .set((eb) => ({ next_seq: eb.ref('next_seq') }))
    .where('id', '=', p.id)
    .returningAll(),
);

export async function lockEvent(trx: Kysely<Database>, id: string): Promise<EventRecord | undefined> {
  const [row] = (await touchEvent(trx, { id })).rows;
  return row && toEvent(row);
}

const saveCountsQuery = prepare(
  (db, p: { id: string; confirmed: number; waitlisted: number; maybe: number; notGoing: number; nextSeq: number; attendeesBump: number; now: string }) =>
    db
      .updateTable('events')
      .set((eb) => ({
        confirmed_count: p.confirmed,
        waitlisted_count: p.waitlisted,
        maybe_count: p.maybe,
        not_going_count: p.notGoing,
        next_seq: p.nextSeq,
        version: eb('version', '+', 1),
        attendees_version: eb('attendees_version', '+', p.attendeesBump),
        updated_at: p.now,
      }))
      .where('id', '=', p.id),
);

/** New counts after answers; `seatsChanged` when the people with a seat changed (Graph's attendees follow). */
export async function saveCounts(
  trx: Kysely<Database>,
  input: { id: string; counts: EventCounts; nextSeq: number; seatsChanged: boolean; now: Date },
): Promise<void> {
  await saveCountsQuery(trx, { id: input.id, ...input.counts, nextSeq: input.nextSeq, attendeesBump: input.seatsChanged ? 1 : 0, now: toTimestamp(input.now) });
}

export interface EventPlanUpdate extends EventPlanFields {
  /** Absent: the meeting's link stays as it is. */
  joinUrl?: string | null;
  /** A link given by hand after Graph could not make the meeting. */
  meetingState?: 'manual';
}

export async function savePlan(trx: Kysely<Database>, id: string, plan: EventPlanUpdate, now: Date): Promise<void> {
  await trx
    .updateTable('events')
    .set((eb) => ({
      title_fi: plan.title.fi,
      title_sv: plan.title.sv,
      title_en: plan.title.en,
      description_fi: plan.description.fi,
      description_sv: plan.description.sv,
      description_en: plan.description.en,
      starts_at: toTimestamp(plan.startsAt),
      ends_at: toTimestamp(plan.endsAt),
      rsvp_deadline: plan.rsvpDeadline && toTimestamp(plan.rsvpDeadline),
      capacity: plan.capacity,
      ...(plan.joinUrl !== undefined ? { join_url: plan.joinUrl } : {}),
      ...(plan.meetingState ? { meeting_state: plan.meetingState, meeting_detail: null } : {}),
      version: eb('version', '+', 1),
      updated_at: toTimestamp(now),
    }))
    .where('id', '=', id)
    .execute();
}

/** Cancels a scheduled event; false when it already was. */
export async function saveCancelled(trx: Kysely<Database>, id: string, reason: string | null, now: Date): Promise<boolean> {
  const result = await trx
    .updateTable('events')
    .set((eb) => ({ state: 'cancelled', cancel_reason: reason, version: eb('version', '+', 1), updated_at: toTimestamp(now) }))
    .where('id', '=', id)
    .where('state', '=', 'scheduled')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Where the Teams meeting stands; a new join link shows on the card, so the version moves on. */
export async function saveMeeting(
  db: Kysely<Database>,
  id: string,
  meeting: { state: MeetingState; detail?: string | null; joinUrl?: string | null; graphEventId?: string | null },
  now: Date,
): Promise<void> {
  await db
    .updateTable('events')
    .set((eb) => ({
      meeting_state: meeting.state,
      meeting_detail: meeting.detail ?? null,
      ...(meeting.joinUrl !== undefined ? { join_url: meeting.joinUrl } : {}),
      ...(meeting.graphEventId !== undefined ? { graph_event_id: meeting.graphEventId } : {}),
      version: eb('version', '+', 1),
      updated_at: toTimestamp(now),
    }))
    .where('id', '=', id)
    .execute();
}

/** Graph's attendees now match this attendees version (unless a later sync already got further). */
export async function saveAttendeesSynced(db: Kysely<Database>, id: string, attendeesVersion: number): Promise<void> {
  await db.updateTable('events').set({ attendees_synced: attendeesVersion }).where('id', '=', id).where('attendees_synced', '<', attendeesVersion).execute();
}

export async function countContribution(trx: Kysely<Database>, id: string, now: Date): Promise<void> {
  await trx
    .updateTable('events')
    .set((eb) => ({ contributions_count: eb('contributions_count', '+', 1), version: eb('version', '+', 1), updated_at: toTimestamp(now) }))
    .where('id', '=', id)
    .execute();
}

/** Events of these networks that have not ended, soonest first. */
export async function listUpcomingEvents(db: Kysely<Database>, networkIds: readonly string[], now: Date, limit = 20): Promise<EventRecord[]> {
  if (networkIds.length === 0) return [];
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where('network_id', 'in', networkIds)
    .where('ends_at', '>', toTimestamp(now))
    .orderBy('starts_at')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(toEvent);
}

const localized = (fi: string, sv: string, en: string | null): Localized => ({ fi, sv, en: en ?? '' });

function toEvent(r: Selectable<EventsTable>): EventRecord {
  return {
    id: r.id,
    networkId: r.network_id,
    kind: r.kind,
    title: localized(r.title_fi, r.title_sv, r.title_en),
    description: localized(r.description_fi, r.description_sv, r.description_en),
    startsAt: new Date(r.starts_at),
    endsAt: new Date(r.ends_at),
    rsvpDeadline: r.rsvp_deadline ? new Date(r.rsvp_deadline) : null,
    capacity: r.capacity === null ? null : Number(r.capacity),
    cancelled: r.state === 'cancelled',
    cancelReason: r.cancel_reason,
    createdBy: r.created_by,
    meeting: { state: r.meeting_state, detail: r.meeting_detail, joinUrl: r.join_url, organizerId: r.graph_organizer_id, graphEventId: r.graph_event_id },
    icsToken: r.ics_token,
    version: Number(r.version),
    attendeesVersion: Number(r.attendees_version),
    attendeesSynced: Number(r.attendees_synced),
    counts: {
      confirmed: Number(r.confirmed_count),
      waitlisted: Number(r.waitlisted_count),
      maybe: Number(r.maybe_count),
      notGoing: Number(r.not_going_count),
    },
    contributions: Number(r.contributions_count),
    nextSeq: Number(r.next_seq),
    updatedAt: new Date(r.updated_at),
  };
}
