/**
 * Coffee sessions and network days: the rules of an event's plan and of answering it. Plain functions over plain
 * data; the store applies what they decide, under a lock on the event, so concurrent answers see each other.
 *
 * An answer is going, maybe or not going. Going takes a seat while the event has one (capacity null means no
 * limit); otherwise it joins the waitlist, first come first served. When someone who had a seat changes their
 * answer, the first on the waitlist gets the seat.
 */

export const eventKinds = ['bookCoffee', 'ideaCoffee', 'networkDay', 'other'] as const;
export type EventKind = (typeof eventKinds)[number];

export const rsvpAnswers = ['going', 'maybe', 'notGoing'] as const;
export type RsvpAnswer = (typeof rsvpAnswers)[number];

/** Only a going answer has one: a seat, or a place in the queue for one. */
export type RsvpStatus = 'confirmed' | 'waitlisted';

export interface Rsvp {
  answer: RsvpAnswer;
  status: RsvpStatus | null;
  /** Order of going answers (first come, first served); set when someone becomes going. */
  seq: number | null;
}

export interface EventPlan {
  startsAt: Date;
  endsAt: Date;
  rsvpDeadline: Date | null;
  capacity: number | null;
}

/** The longest an event may last: a network day over two days, not a season. */
const maxDurationMs = 3 * 24 * 3_600_000;

export type PlanProblem = 'endNotAfterStart' | 'tooLong' | 'startInPast' | 'deadlineAfterStart' | 'capacityNegative' | 'capacityBelowConfirmed';

/**
 * What is wrong with a plan, if anything. `confirmed` is how many already have a seat: a coordinator may not
 * lower the capacity under it (nobody loses a seat they were given).
 */
export function planProblems(plan: EventPlan, now: Date, confirmed = 0): PlanProblem[] {
  const problems: PlanProblem[] = [];
  if (plan.endsAt.getTime() <= plan.startsAt.getTime()) problems.push('endNotAfterStart');
  else if (plan.endsAt.getTime() - plan.startsAt.getTime() > maxDurationMs) problems.push('tooLong');
  if (plan.startsAt.getTime() <= now.getTime()) problems.push('startInPast');
  if (plan.rsvpDeadline && plan.rsvpDeadline.getTime() > plan.startsAt.getTime()) problems.push('deadlineAfterStart');
  if (plan.capacity !== null && plan.capacity < 0) problems.push('capacityNegative');
  else if (plan.capacity !== null && plan.capacity < confirmed) problems.push('capacityBelowConfirmed');
  return problems;
}

export interface EventForAnswer extends EventPlan {
  cancelled: boolean;
  /** Seats taken now. */
  confirmed: number;
  /** People waiting for a seat now. */
  waitlisted: number;
}

export type AnswerRefusal = 'cancelled' | 'started' | 'deadlinePassed';

export type AnswerOutcome =
  | { ok: false; refusal: AnswerRefusal }
  /** The same answer again (a double click, a redelivered activity): nothing changes. */
  | { ok: true; changed: false; rsvp: Rsvp }
  /** `freesSeat`: the person gave up a seat, so the first on the waitlist gets it. */
  | { ok: true; changed: true; rsvp: Rsvp; freesSeat: boolean };

export function answerEvent(event: EventForAnswer, previous: Rsvp | undefined, answer: RsvpAnswer, now: Date, nextSeq: number): AnswerOutcome {
  if (event.cancelled) return { ok: false, refusal: 'cancelled' };
  if (now.getTime() >= event.startsAt.getTime()) return { ok: false, refusal: 'started' };
  if (event.rsvpDeadline && now.getTime() > event.rsvpDeadline.getTime()) return { ok: false, refusal: 'deadlinePassed' };
  if (previous?.answer === answer) return { ok: true, changed: false, rsvp: previous };

  const freesSeat = previous?.status === 'confirmed';
  if (answer !== 'going') return { ok: true, changed: true, rsvp: { answer, status: null, seq: null }, freesSeat };
  // A seat is free only when nobody waits for it: the store promotes the first in the queue at once.
  const seatFree = event.capacity === null || (event.confirmed < event.capacity && event.waitlisted === 0);
  return { ok: true, changed: true, rsvp: { answer, status: seatFree ? 'confirmed' : 'waitlisted', seq: nextSeq }, freesSeat: false };
}

/** How many seats are free at this capacity with this many taken: each goes to the next on the waitlist. */
export function seatsOpened(confirmed: number, capacity: number | null): number {
  if (capacity === null) return Number.POSITIVE_INFINITY;
  return Math.max(0, capacity - confirmed);
}

/** An answer can be changed until the event starts, the deadline passes or the event is cancelled. */
export function answersOpen(event: Pick<EventForAnswer, 'cancelled' | 'startsAt' | 'rsvpDeadline'>, now: Date): boolean {
  return !event.cancelled && now < event.startsAt && (!event.rsvpDeadline || now <= event.rsvpDeadline);
}
