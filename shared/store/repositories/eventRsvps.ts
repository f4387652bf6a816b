/** People's answers to events, the waitlist's order, and who to tell or remind. */
import type { Kysely } from 'kysely';
import type { Rsvp, RsvpAnswer } from '../../domain/events';
import { prepare } from '../prepared';
import type { Database } from '../schema';
import { toTimestamp } from './util';

const rsvpOf = prepare((db, p: { eventId: string; personId: string }) =>
  db.selectFrom('event_rsvps').select(['answer', 'status', 'seq']).where('event_id', '=', p.eventId).where('person_id', '=', p.personId),
);

export async function getRsvp(db: Kysely<Database>, eventId: string, personId: string): Promise<Rsvp | undefined> {
  const [row] = (await rsvpOf(db, { eventId, personId })).rows;
  return row && { answer: row.answer, status: row.status, seq: row.seq === null ? null : Number(row.seq) };
}

const upsertRsvp = prepare(
  (db, p: { eventId: string; personId: string; answer: RsvpAnswer; status: Rsvp['status']; seq: number | null; now: string }) =>
    db
      .insertInto('event_rsvps')
      .values({ event_id: p.eventId, person_id: p.personId, answer: p.answer, status: p.status, seq: p.seq, answered_at: p.now })
      .onConflict((oc) =>
        oc.columns(['event_id', 'person_id']).doUpdateSet((eb) => ({
          answer: eb.ref('excluded.answer'),
          status: eb.ref('excluded.status'),
          seq: eb.ref('excluded.seq'),
          answered_at: eb.ref('excluded.answered_at'),
        })),
      ),
);

export async function saveRsvp(db: Kysely<Database>, input: { eventId: string; personId: string; rsvp: Rsvp; now: Date }): Promise<void> {
  await upsertRsvp(db, { eventId: input.eventId, personId: input.personId, ...input.rsvp, now: toTimestamp(input.now) });
}

/** The first `count` people on the waitlist, in the order they answered. */
export async function firstWaitlisted(db: Kysely<Database>, eventId: string, count: number): Promise<string[]> {
  if (count <= 0) return [];
  const rows = await db
    .selectFrom('event_rsvps')
    .select('person_id')
    .where('event_id', '=', eventId)
    .where('status', '=', 'waitlisted')
    .orderBy('seq')
    .limit(Number.isFinite(count) ? count : 1_000_000)
    .execute();
  return rows.map((r) => r.person_id);
}

export async function giveSeats(db: Kysely<Database>, eventId: string, personIds: readonly string[]): Promise<void> {
  if (personIds.length === 0) return;
  await db.updateTable('event_rsvps').set({ status: 'confirmed' }).where('event_id', '=', eventId).where('person_id', 'in', personIds).execute();
}

const positionQuery = prepare((db, p: { eventId: string; seq: number }) =>
  db
    .selectFrom('event_rsvps')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('event_id', '=', p.eventId)
    .where('status', '=', 'waitlisted')
    .where('seq', '<=', p.seq),
);

/** 1 for the first in the queue. */
export async function waitlistPosition(db: Kysely<Database>, eventId: string, seq: number): Promise<number> {
  const [row] = (await positionQuery(db, { eventId, seq })).rows;
  return Number(row?.n ?? 0);
}

export interface Responder {
  personId: string;
  botUserId: string;
  displayName: string | null;
  email: string | null;
  locale: string | null;
  answer: RsvpAnswer;
  status: Rsvp['status'];
  answeredAt: string;
}

/** People who gave one of these answers (with their status), in the order they answered. */
export async function listResponders(db: Kysely<Database>, eventId: string, answers: readonly RsvpAnswer[]): Promise<Responder[]> {
  if (answers.length === 0) return [];
  const rows = await db
    .selectFrom('event_rsvps')
    .innerJoin('people', 'people.id', 'event_rsvps.person_id')
    .select(['people.id', 'people.bot_user_id', 'people.display_name', 'people.email', 'people.locale', 'event_rsvps.answer', 'event_rsvps.status', 'event_rsvps.answered_at'])
    .where('event_rsvps.event_id', '=', eventId)
    .where('event_rsvps.answer', 'in', answers)
    .orderBy('event_rsvps.answered_at')
    .orderBy('people.id')
    .execute();
  return rows.map((r) => ({
    personId: r.id,
    botUserId: r.bot_user_id,
    displayName: r.display_name,
    email: r.email,
    locale: r.locale,
    answer: r.answer,
    status: r.status,
    answeredAt: r.answered_at,
  }));
}

const recentQuery = prepare((db, p: { eventId: string; limit: number }) =>
  db
    .selectFrom('event_rsvps')
    .innerJoin('people', 'people.id', 'event_rsvps.person_id')
    .select('people.bot_user_id')
    .where('event_rsvps.event_id', '=', p.eventId)
    .orderBy('event_rsvps.answered_at', 'desc')
    .limit(p.limit),
);

/** The Teams user ids of the people who answered last: the card refreshes to their own view for them. */
export async function recentResponders(db: Kysely<Database>, eventId: string, limit: number): Promise<string[]> {
  return (await recentQuery(db, { eventId, limit })).rows.map((r) => r.bot_user_id);
}
