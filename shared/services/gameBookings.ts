/**
 * Booking a network's escape-room games, shared by the tab API and the bot: a member books a period, the
 * coordinators confirm or decline it and record the hand-over and the return; the booker may cancel. The domain
 * decides (shared/domain/resources); the store writes the booking with its days, its audit entry and the messages
 * that follow in one transaction. A refusal changes nothing; one for acting without the right is audited.
 */
import type { Kysely } from 'kysely';
import { dateOf, dayNumber, todayInFinland } from '../domain/calendarDate';
import { findLibrary } from '../domain/exchange/libraryDirectory';
import { regionLibraries } from '../domain/exchange/regionLibraries';
import { checkPeriod, daysOf, type BookingPeriod, type PeriodError } from '../domain/resources/bookingPeriod';
import { decideBooking, type BookingEvent, type BookingRefusal } from '../domain/resources/gameBooking';
import { fromHelsinki } from '../i18n/localTime';
import { enqueue } from '../jobs/outbox';
import { isUniqueViolation } from '../store/errors';
import { newId } from '../store/ids';
import { audit } from '../store/repositories/audit';
import { getNetwork, listRegions, type NetworkRecord } from '../store/repositories/catalog';
import { bookingsHolding, getBooking, getGame, insertBooking, lockGame, releaseDays, updateBooking, type BookingChange, type BookingRecord, type GameRecord } from '../store/repositories/games';
import { getMembership } from '../store/repositories/joining';
import type { PersonRecord } from '../store/repositories/people';
import { inTransaction, toTimestamp } from '../store/repositories/util';
import type { Database } from '../store/schema';
import { coordinatedNetworks } from './joining';

export interface ResourcesContext {
  db: Kysely<Database>;
  now: Date;
}

/** Outbox work of the games on loan. */
export const resourceJobs = {
  /** Someone booked: the network's coordinators are asked to confirm. */
  booked: 'resources.booked',
  /** A coordinator confirmed, declined, or cancelled: the booker is told. The booker's own cancel goes to the coordinators. */
  bookingStep: 'resources.bookingStep',
  /** Before pick-up, and before the return day: the booker is reminded. */
  pickUpReminder: 'resources.pickUpReminder',
  returnReminder: 'resources.returnReminder',
} as const;

/** Reminders go at nine in the morning, Finnish time, this many days before the day. */
export const PICK_UP_REMINDER_DAYS = 2;
export const RETURN_REMINDER_DAYS = 1;

export function reminderTime(date: string, daysBefore: number): Date {
  const local = fromHelsinki({ date: dateOf(dayNumber(date)! - daysBefore), time: '09:00' });
  if (!local.ok) throw new Error(`No nine o'clock on ${date}`);
  return local.at;
}

/** Members of the network may book its games, and its coordinators (for a library that asked them by phone). */
export async function mayBook(db: Kysely<Database>, person: PersonRecord, networkId: string): Promise<boolean> {
  return (await coordinatedNetworks(db, person)).has(networkId) || isMember(db, networkId, person.id);
}

/** A current member of the network (one who left is not). */
export async function isMember(db: Kysely<Database>, networkId: string, personId: string): Promise<boolean> {
  const membership = await getMembership(db, networkId, personId);
  return !!membership && !membership.leftAt;
}

/** A library of the network's own region(s): the games travel inside them. */
export async function libraryOfNetwork(db: Kysely<Database>, network: NetworkRecord, libraryId: string): Promise<boolean> {
  const library = findLibrary(regionLibraries, libraryId);
  if (!library) return false;
  const regions = (await listRegions(db)).filter((r) => r.unitId === network.unitId).map((r) => r.id);
  return regions.includes(library.municipality.regionId);
}

export type BookResult =
  | { outcome: 'booked'; booking: BookingRecord; game: GameRecord }
  | { outcome: 'unknown' }
  | { outcome: 'forbidden' }
  | { outcome: 'invalid'; errors: Array<PeriodError | 'unknownLibrary'> }
  | { outcome: 'taken'; conflicts: BookingPeriod[] };

class DaysTaken extends Error {}

export async function bookGame(
  ctx: ResourcesContext,
  input: { actor: PersonRecord; gameId: string; period: BookingPeriod; libraryId: string; message: string | null },
  retried = false,
): Promise<BookResult> {
  const game = await getGame(ctx.db, input.gameId);
  const network = game && (await getNetwork(ctx.db, game.networkId));
  if (!game || !network) return { outcome: 'unknown' };
  if (!(await mayBook(ctx.db, input.actor, network.id))) {
    await audit(ctx.db, { actor: input.actor.id, action: 'game.book.refused', subjectType: 'game', subjectId: game.id, detail: { networkId: network.id } }, ctx.now);
    return { outcome: 'forbidden' };
  }
  const errors: Array<PeriodError | 'unknownLibrary'> = checkPeriod(input.period, todayInFinland(ctx.now));
  if (!(await libraryOfNetwork(ctx.db, network, input.libraryId))) errors.push('unknownLibrary');
  if (errors.length > 0) return { outcome: 'invalid', errors };
  try {
    // Its own transaction, never a caller's: on PostgreSQL a refused key aborts the transaction it happens in.
    return await ctx.db.transaction().execute(async (trx): Promise<BookResult> => {
      await lockGame(trx, game.id);
      const holding = await bookingsHolding(trx, game.id, input.period);
      if (holding.length > 0) return { outcome: 'taken', conflicts: holding.map((b) => ({ pickUpOn: b.pickUpOn, returnOn: b.returnOn })) };
      const id = newId(ctx.now.getTime());
      try {
        await insertBooking(trx, { id, gameId: game.id, bookerId: input.actor.id, libraryId: input.libraryId, ...input.period, message: input.message, days: daysOf(input.period) }, ctx.now);
      } catch (error) {
        // The days' key refused a day another booking holds: the lock makes this rare, the key makes it safe.
        if (isUniqueViolation(error)) throw new DaysTaken();
        throw error;
      }
      await audit(trx, { actor: input.actor.id, action: 'game.book', subjectType: 'gameBooking', subjectId: id, detail: { gameId: game.id, ...input.period } }, ctx.now);
      await enqueue(trx, { kind: resourceJobs.booked, payload: { bookingId: id }, idempotencyKey: `${resourceJobs.booked}:${id}` }, ctx.now);
      return { outcome: 'booked', booking: (await getBooking(trx, id))!, game };
    });
  } catch (error) {
    if (!(error instanceof DaysTaken) && !isUniqueViolation(error)) throw error;
    const holding = await bookingsHolding(ctx.db, game.id, input.period);
    // Whoever held the days let them go meanwhile: try once more rather than name no days as taken.
    if (holding.length === 0 && !retried) return bookGame(ctx, input, true);
    return { outcome: 'taken', conflicts: holding.map((b) => ({ pickUpOn: b.pickUpOn, returnOn: b.returnOn })) };
  }
}

export type StepResult =
  | { outcome: 'done'; booking: BookingRecord; game: GameRecord }
  | { outcome: 'unknown' }
  | { outcome: 'refused'; refusal: StepRefusal };

/** The domain's refusals, a stale view, and a hand-over of a game another library has not brought back yet. */
export type StepRefusal = BookingRefusal | 'stale' | 'gameStillOut';

function changeFor(event: BookingEvent, actor: PersonRecord, at: string): Omit<BookingChange, 'state'> {
  switch (event.type) {
    case 'confirm': return { decidedBy: actor.id };
    case 'decline': return { decidedBy: actor.id, reason: event.reason.trim() };
    case 'cancel': return { reason: event.reason?.trim() || null };
    case 'handOver': return { handedOverAt: at, handOverNote: event.note?.trim() || null };
    case 'return': return { returnedAt: at, returnCondition: event.condition, returnNote: event.note?.trim() || null };
  }
}

/**
 * A step on a booking. `version` is the one the caller's view showed, so a step from a stale tab or card is refused
 * rather than acting on a booking that moved on.
 */
export async function takeBookingStep(ctx: ResourcesContext, input: { actor: PersonRecord; bookingId: string; version: number; event: BookingEvent }): Promise<StepResult> {
  const coordinated = await coordinatedNetworks(ctx.db, input.actor);
  return inTransaction(ctx.db, async (trx): Promise<StepResult> => {
    const booking = await getBooking(trx, input.bookingId);
    const game = booking && (await getGame(trx, booking.gameId));
    if (!booking || !game) return { outcome: 'unknown' };
    const actor = { booker: booking.bookerId === input.actor.id, coordinator: coordinated.has(game.networkId) };
    const decided = decideBooking(booking.state, actor, input.event);
    if (!decided.ok) {
      if (decided.refusal === 'notYours') {
        await audit(trx, { actor: input.actor.id, action: `game.${input.event.type}.refused`, subjectType: 'gameBooking', subjectId: booking.id, detail: { state: booking.state } }, ctx.now);
      }
      // A step from a view the booking has since left behind (a double click) is stale rather than out of place.
      const refusal = decided.refusal === 'notNow' && booking.version !== input.version ? 'stale' : decided.refusal;
      return { outcome: 'refused', refusal };
    }
    if (booking.version !== input.version) return { outcome: 'refused', refusal: 'stale' };
    if (input.event.type === 'handOver' && (await gameOutElsewhere(trx, booking))) return { outcome: 'refused', refusal: 'gameStillOut' };
    const at = toTimestamp(ctx.now);
    if (!(await updateBooking(trx, booking.id, booking.version, { state: decided.state, ...changeFor(input.event, input.actor, at) }, ctx.now))) {
      return { outcome: 'refused', refusal: 'stale' };
    }
    if (decided.state === 'declined' || decided.state === 'cancelled') await releaseDays(trx, booking.id);
    // Back early: the days after today are free for the next library.
    if (decided.state === 'returned') await releaseDays(trx, booking.id, dateOf(todayInFinland(ctx.now) + 1));
    const version = booking.version + 1;
    await audit(trx, { actor: input.actor.id, action: `game.${input.event.type}`, subjectType: 'gameBooking', subjectId: booking.id, detail: { state: decided.state, ...(actor.coordinator && !actor.booker ? { as: 'coordinator' } : {}) } }, ctx.now);
    await enqueue(trx, { kind: resourceJobs.bookingStep, payload: { bookingId: booking.id, version }, idempotencyKey: `${resourceJobs.bookingStep}:${booking.id}:${version}` }, ctx.now);
    if (decided.state === 'confirmed') await scheduleReminders(trx, ctx.now, booking);
    return { outcome: 'done', booking: (await getBooking(trx, booking.id))!, game };
  });
}

/** Whether another loan of the game is handed over and not yet recorded back: the box is not here to hand over. */
async function gameOutElsewhere(trx: Kysely<Database>, booking: BookingRecord): Promise<boolean> {
  const out = await trx.selectFrom('game_bookings').select('id').where('game_id', '=', booking.gameId).where('state', '=', 'handedOver').where('id', '!=', booking.id).executeTakeFirst();
  return out !== undefined;
}

/** Reminders of a confirmed loan; one whose time has passed is not sent (the confirmation said it all). */
async function scheduleReminders(trx: Kysely<Database>, now: Date, booking: BookingRecord): Promise<void> {
  const reminders = [
    { kind: resourceJobs.pickUpReminder, day: booking.pickUpOn, at: reminderTime(booking.pickUpOn, PICK_UP_REMINDER_DAYS) },
    { kind: resourceJobs.returnReminder, day: booking.returnOn, at: reminderTime(booking.returnOn, RETURN_REMINDER_DAYS) },
  ];
  for (const r of reminders) {
    if (r.at <= now) continue;
    await enqueue(trx, { kind: r.kind, payload: { bookingId: booking.id, day: r.day }, idempotencyKey: `${r.kind}:${booking.id}:${r.day}`, notBefore: r.at }, now);
  }
}
