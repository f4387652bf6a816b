/**
 * People's side of events, as the bot and the tab API both do it: answering (going, maybe, not going) and
 * adding a book tip or a practice. An answer is decided by the domain under a lock on the event's row, so that
 * concurrent answers never overfill it and the waitlist keeps the order people answered in; the channel's
 * card and the meeting's attendees follow, coalesced, from the outbox.
 */
import type { Kysely } from 'kysely';
import { answerEvent, type AnswerRefusal, type Rsvp, type RsvpAnswer } from '../domain/events';
import { contributionKindFor, type Contribution } from '../domain/contributions';
import { newId } from '../store/ids';
import { countContribution, getEvent, lockEvent, saveCounts, type EventCounts, type EventRecord } from '../store/repositories/events';
import { insertContribution } from '../store/repositories/eventContributions';
import { firstWaitlisted, getRsvp, giveSeats, saveRsvp, waitlistPosition } from '../store/repositories/eventRsvps';
import { getMembership } from '../store/repositories/joining';
import type { PersonRecord } from '../store/repositories/people';
import { inTransaction } from '../store/repositories/util';
import type { Database } from '../store/schema';
import { afterAnswers, promotedJobs } from './events';
import { coordinatedNetworks } from './joining';

export interface AnswerContext {
  db: Kysely<Database>;
  now: Date;
}

/** Where a person stands with an event: their answer, and their place in the queue when waiting. */
export interface Standing {
  rsvp: Rsvp | undefined;
  waitlistPosition: number | undefined;
}

export type AnswerResult =
  | { outcome: 'unknown' }
  | { outcome: 'refused'; refusal: AnswerRefusal; event: EventRecord; standing: Standing }
  | { outcome: 'answered' | 'unchanged'; event: EventRecord; standing: Standing };

export async function answer(ctx: AnswerContext, input: { person: PersonRecord; eventId: string; answer: RsvpAnswer }): Promise<AnswerResult> {
  const decided = await inTransaction(ctx.db, async (trx) => {
    const event = await lockEvent(trx, input.eventId);
    if (!event) return undefined;
    const previous = await getRsvp(trx, event.id, input.person.id);
    const eventForAnswer = { ...event, confirmed: event.counts.confirmed, waitlisted: event.counts.waitlisted };
    const outcome = answerEvent(eventForAnswer, previous, input.answer, ctx.now, event.nextSeq);
    if (!outcome.ok || !outcome.changed) return { event, outcome, rsvp: previous };

    await saveRsvp(trx, { eventId: event.id, personId: input.person.id, rsvp: outcome.rsvp, now: ctx.now });
    const counts = recount(event.counts, previous, outcome.rsvp);
    let seatsChanged = previous?.status === 'confirmed' || outcome.rsvp.status === 'confirmed';
    if (outcome.freesSeat && counts.waitlisted > 0) {
      const [next] = await firstWaitlisted(trx, event.id, 1);
      await giveSeats(trx, event.id, [next]);
      counts.confirmed += 1;
      counts.waitlisted -= 1;
      seatsChanged = true;
      await promotedJobs(trx, ctx, event.id, next);
    }
    const nextSeq = outcome.rsvp.seq === event.nextSeq ? event.nextSeq + 1 : event.nextSeq;
    await saveCounts(trx, { id: event.id, counts, nextSeq, seatsChanged, now: ctx.now });
    await afterAnswers(trx, ctx, event, { seatsChanged });
    return { event, outcome, rsvp: outcome.rsvp };
  });
  if (!decided) return { outcome: 'unknown' };
  const event = (await getEvent(ctx.db, input.eventId))!;
  const standing = await standingOf(ctx.db, event.id, decided.rsvp);
  if (!decided.outcome.ok) return { outcome: 'refused', refusal: decided.outcome.refusal, event, standing };
  return { outcome: decided.outcome.changed ? 'answered' : 'unchanged', event, standing };
}

/** An answer with its place in the queue, when it waits for a seat. */
async function standingOf(db: Kysely<Database>, eventId: string, rsvp: Rsvp | undefined): Promise<Standing> {
  const waiting = rsvp?.status === 'waitlisted' && rsvp.seq !== null ? await waitlistPosition(db, eventId, rsvp.seq) : undefined;
  return { rsvp, waitlistPosition: waiting };
}

/** Where a person stands with an event now. */
export async function standingFor(db: Kysely<Database>, eventId: string, personId: string): Promise<Standing> {
  return standingOf(db, eventId, await getRsvp(db, eventId, personId));
}

function recount(before: EventCounts, previous: Rsvp | undefined, now: Rsvp): EventCounts {
  const counts = { ...before };
  const bucket = (r: Rsvp): keyof EventCounts =>
    r.answer === 'going' ? (r.status === 'confirmed' ? 'confirmed' : 'waitlisted') : r.answer === 'maybe' ? 'maybe' : 'notGoing';
  if (previous) counts[bucket(previous)] -= 1;
  counts[bucket(now)] += 1;
  return counts;
}

export type ContributeResult =
  | { outcome: 'unknown' }
  | { outcome: 'refused'; reason: 'cancelled' | 'wrongKind' | 'notMember'; event: EventRecord }
  | { outcome: 'added' | 'alreadyAdded'; event: EventRecord };

/**
 * A book tip to a book coffee or a practice to an idea coffee, from someone of the network: a member, a
 * coordinator, someone who answered the event, or someone writing in the network's own team (`fromNetworkTeam`,
 * which the caller knows from where the card was).
 */
export async function contribute(
  ctx: AnswerContext,
  input: { person: PersonRecord; eventId: string; contribution: Contribution; fromNetworkTeam: boolean },
): Promise<ContributeResult> {
  const event = await getEvent(ctx.db, input.eventId);
  if (!event) return { outcome: 'unknown' };
  if (event.cancelled) return { outcome: 'refused', reason: 'cancelled', event };
  if (contributionKindFor(event.kind) !== input.contribution.kind) return { outcome: 'refused', reason: 'wrongKind', event };
  if (!(await belongs(ctx.db, event, input.person, input.fromNetworkTeam))) return { outcome: 'refused', reason: 'notMember', event };
  const added = await inTransaction(ctx.db, async (trx) => {
    if (!(await insertContribution(trx, { id: newId(ctx.now.getTime()), eventId: event.id, personId: input.person.id, contribution: input.contribution, now: ctx.now }))) {
      return false;
    }
    await countContribution(trx, event.id, ctx.now);
    await afterAnswers(trx, ctx, event, { seatsChanged: false });
    return true;
  });
  return { outcome: added ? 'added' : 'alreadyAdded', event: (await getEvent(ctx.db, event.id))! };
}

async function belongs(db: Kysely<Database>, event: EventRecord, person: PersonRecord, fromNetworkTeam: boolean): Promise<boolean> {
  if (fromNetworkTeam) return true;
  const membership = await getMembership(db, event.networkId, person.id);
  if (membership && !membership.leftAt) return true;
  if (await getRsvp(db, event.id, person.id)) return true;
  return (await coordinatedNetworks(db, person)).has(event.networkId);
}
