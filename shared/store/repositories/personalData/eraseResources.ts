/**
 * Erasing a person from a network's shared resources, and the retention sweep of game bookings.
 *
 * Their own bookings go with their days and notices, so the days are free for other libraries at once. A loan that
 * happened is the exception: once the coordinator handed the game over (handedOver, or returned since), the
 * booking is the network's record of where its game is or was and in what condition it came back, so it stays with
 * its game, library, days, state, dates and condition, but without the booker (the erased person) and without any
 * text (their message, the reasons and the coordinator's notes, which may name them). On others' bookings a
 * coordinator decided, only who decided goes. Who last wrote a reading challenge or a guide becomes the erased
 * person; the challenge and the guide are the network's.
 */
import type { Kysely } from 'kysely';
import type { BookingState } from '../../../domain/resources/gameBooking';
import type { Database } from '../../schema';
import type { Cutoff, EraseStep, SweepStep } from './steps';
import { changed, ERASED_PERSON_ID, type Subject } from './subject';

/** The game left the coordinator's hands: the loan is the network's record from then on. */
const wentOut = (state: BookingState): boolean => state === 'handedOver' || state === 'returned';

/** Their bookings, sorted into removed and kept without them (before any of the steps runs). */
export async function sortBookings(db: Kysely<Database>, personId: string): Promise<Subject['gameBookings']> {
  const rows = await db.selectFrom('game_bookings').select(['id', 'state']).where('booker_id', '=', personId).execute();
  return { deleted: rows.filter((r) => !wentOut(r.state)).map((r) => r.id), anonymised: rows.filter((r) => wentOut(r.state)).map((r) => r.id) };
}

const allOf = (s: Subject) => [...s.gameBookings.deleted, ...s.gameBookings.anonymised];

/** Messages sent to them, and every message about their bookings (to the coordinators too: nothing more is sent). */
export const eraseBookingNotices: EraseStep = async (db, s) =>
  changed(await db.deleteFrom('game_booking_notices').where((eb) => eb.or([eb('person_id', '=', s.person.id), ...(allOf(s).length ? [eb('booking_id', 'in', allOf(s))] : [])])).executeTakeFirst());

/** The days of the bookings that go are free again; a game out at their library keeps its days. */
export const eraseBookingDays: EraseStep = async (db, s) =>
  s.gameBookings.deleted.length === 0 ? 0 : changed(await db.deleteFrom('game_booking_days').where('booking_id', 'in', s.gameBookings.deleted).executeTakeFirst());

/** A kept loan: the game, library, days, state, dates and condition stay; the booker and every text go. */
const anonymous = { booker_id: ERASED_PERSON_ID, message: null, reason: null, hand_over_note: null, return_note: null } as const;

export const eraseBookings: EraseStep = async (db, s) => {
  let rows = 0;
  if (s.gameBookings.deleted.length > 0) rows += changed(await db.deleteFrom('game_bookings').where('id', 'in', s.gameBookings.deleted).executeTakeFirst());
  if (s.gameBookings.anonymised.length > 0) rows += changed(await db.updateTable('game_bookings').set(anonymous).where('id', 'in', s.gameBookings.anonymised).executeTakeFirst());
  rows += changed(await db.updateTable('game_bookings').set({ decided_by: ERASED_PERSON_ID }).where('decided_by', '=', s.person.id).executeTakeFirst());
  return rows;
};

export const eraseChallengeWriter: EraseStep = async (db, s) =>
  changed(await db.updateTable('reading_challenges').set({ updated_by: ERASED_PERSON_ID }).where('updated_by', '=', s.person.id).executeTakeFirst());

export const eraseGuideWriter: EraseStep = async (db, s) =>
  changed(await db.updateTable('network_guides').set({ updated_by: ERASED_PERSON_ID }).where('updated_by', '=', s.person.id).executeTakeFirst());

// ---- Retention ----

/**
 * Bookings whose last day is before the cutoff day, with their days and notices. A game still out (handedOver: its
 * return was never recorded) stays, booker and all, until the coordinator records it back: the network must know
 * where its game is.
 */
const endedBookings = (db: Kysely<Database>, c: Cutoff) =>
  db.selectFrom('game_bookings').select('id').where('return_on', '<', c.day).where('state', '!=', 'handedOver');

export const sweepBookingNotices: SweepStep = async (db, c) => changed(await db.deleteFrom('game_booking_notices').where('booking_id', 'in', endedBookings(db, c)).executeTakeFirst());
export const sweepBookingDays: SweepStep = async (db, c) => changed(await db.deleteFrom('game_booking_days').where('booking_id', 'in', endedBookings(db, c)).executeTakeFirst());
export const sweepBookings: SweepStep = async (db, c) => changed(await db.deleteFrom('game_bookings').where('id', 'in', endedBookings(db, c)).executeTakeFirst());

/** A challenge or a guide stays the network's; who last wrote it before the period does not. */
export const sweepChallengeWriters: SweepStep = async (db, c) =>
  changed(await db.updateTable('reading_challenges').set({ updated_by: ERASED_PERSON_ID }).where('updated_at', '<', c.at).where('updated_by', '!=', ERASED_PERSON_ID).executeTakeFirst());

export const sweepGuideWriters: SweepStep = async (db, c) =>
  changed(await db.updateTable('network_guides').set({ updated_by: ERASED_PERSON_ID }).where('updated_at', '<', c.at).where('updated_by', '!=', ERASED_PERSON_ID).executeTakeFirst());
