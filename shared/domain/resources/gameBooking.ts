/**
 * A booking of a network's escape-room game, as a state machine:
 *
 *   requested ──confirm──▶ confirmed ──handOver──▶ handedOver ──return──▶ returned
 *       │ decline / cancel       │ cancel
 *       ▼                        ▼
 *   declined                 cancelled
 *
 * The network's coordinators confirm, decline, and record the hand-over and the return (with the state the game
 * came back in). The person who booked may cancel until the game is handed over. A declined, cancelled or returned
 * booking refuses every move, so a stale card or tab changes nothing.
 */
export type BookingState = 'requested' | 'confirmed' | 'handedOver' | 'returned' | 'declined' | 'cancelled';

/** How the game came back: whole, with parts missing, or damaged (the note says which parts or what). */
export type ReturnCondition = 'complete' | 'missingParts' | 'damaged';

export type BookingEvent =
  | { type: 'confirm' }
  | { type: 'decline'; reason: string }
  | { type: 'cancel'; reason: string | null }
  | { type: 'handOver'; note: string | null }
  | { type: 'return'; condition: ReturnCondition; note: string | null };

export type BookingStep = BookingEvent['type'];

export interface BookingActor {
  /** The person who booked. */
  booker: boolean;
  /** A coordinator of the game's network (or an admin). */
  coordinator: boolean;
}

export type BookingRefusal = 'notYours' | 'closed' | 'notNow' | 'noteRequired';

/** Bookings that hold the game's days: nobody else may book them. */
export const holdsDays = (state: BookingState): boolean => state === 'requested' || state === 'confirmed' || state === 'handedOver' || state === 'returned';

/** Bookings nothing more happens to. */
export const isClosed = (state: BookingState): boolean => state === 'returned' || state === 'declined' || state === 'cancelled';

const from: Record<BookingStep, readonly BookingState[]> = {
  confirm: ['requested'],
  decline: ['requested'],
  cancel: ['requested', 'confirmed'],
  handOver: ['confirmed'],
  return: ['handedOver'],
};

const to: Record<BookingStep, BookingState> = {
  confirm: 'confirmed',
  decline: 'declined',
  cancel: 'cancelled',
  handOver: 'handedOver',
  return: 'returned',
};

function allowed(step: BookingStep, actor: BookingActor): boolean {
  if (actor.coordinator) return true;
  return step === 'cancel' && actor.booker;
}

/** The state a step leads to, or why it is refused. Who may act is checked before the state, so an outsider learns nothing. */
export function decideBooking(state: BookingState, actor: BookingActor, event: BookingEvent): { ok: true; state: BookingState } | { ok: false; refusal: BookingRefusal } {
  if (!allowed(event.type, actor)) return { ok: false, refusal: 'notYours' };
  if (isClosed(state)) return { ok: false, refusal: 'closed' };
  if (!from[event.type].includes(state)) return { ok: false, refusal: 'notNow' };
  if (event.type === 'decline' && !event.reason.trim()) return { ok: false, refusal: 'noteRequired' };
  if (event.type === 'return' && event.condition !== 'complete' && !event.note?.trim()) return { ok: false, refusal: 'noteRequired' };
  return { ok: true, state: to[event.type] };
}

/** The steps open to this actor now: the only buttons to show. */
export function stepsOpen(state: BookingState, actor: BookingActor): BookingStep[] {
  return (Object.keys(from) as BookingStep[]).filter((step) => allowed(step, actor) && from[step].includes(state));
}
