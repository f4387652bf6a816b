/**
 * A network's escape-room games, their bookings and each booking's claim on the game's days. A booking's days are
 * written with it, under a lock on the game's row; the days' primary key refuses a second loan on any day even so.
 * Every step names the version it read and bumps it, so of two simultaneous steps one wins and the other is told.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Localized } from '../../domain/localized';
import type { BookingState, ReturnCondition } from '../../domain/resources/gameBooking';
import type { Database, GameBookingsTable, GamesTable } from '../schema';
import { toTimestamp } from './util';
import { claimSentNotice, releaseSentNotice } from './noticeClaims';

export interface GameRecord {
  id: string;
  networkId: string;
  name: Localized;
  description: Localized;
  createdAt: string;
  updatedAt: string;
}

export interface BookingRecord {
  id: string;
  gameId: string;
  bookerId: string;
  libraryId: string;
  pickUpOn: string;
  returnOn: string;
  state: BookingState;
  version: number;
  message: string | null;
  reason: string | null;
  decidedBy: string | null;
  handedOverAt: string | null;
  handOverNote: string | null;
  returnedAt: string | null;
  returnCondition: ReturnCondition | null;
  returnNote: string | null;
  createdAt: string;
  updatedAt: string;
}

const gameOf = (r: Selectable<GamesTable>): GameRecord => ({
  id: r.id, networkId: r.network_id,
  name: { fi: r.name_fi, sv: r.name_sv, en: r.name_en },
  description: { fi: r.description_fi, sv: r.description_sv, en: r.description_en },
  createdAt: r.created_at, updatedAt: r.updated_at,
});

export const bookingOf = (r: Selectable<GameBookingsTable>): BookingRecord => ({
  id: r.id, gameId: r.game_id, bookerId: r.booker_id, libraryId: r.library_id, pickUpOn: r.pick_up_on, returnOn: r.return_on,
  state: r.state, version: Number(r.version), message: r.message, reason: r.reason, decidedBy: r.decided_by,
  handedOverAt: r.handed_over_at, handOverNote: r.hand_over_note, returnedAt: r.returned_at, returnCondition: r.return_condition,
  returnNote: r.return_note, createdAt: r.created_at, updatedAt: r.updated_at,
});

export async function listGames(db: Kysely<Database>, networkId: string): Promise<GameRecord[]> {
  const rows = await db.selectFrom('games').selectAll().where('network_id', '=', networkId).orderBy('created_at').orderBy('id').execute();
  return rows.map(gameOf);
}

/** Every network's games, in the order each network's list shows them: one query for a question about all. */
export async function listEveryGame(db: Kysely<Database>): Promise<GameRecord[]> {
  const rows = await db.selectFrom('games').selectAll().orderBy('created_at').orderBy('id').execute();
  return rows.map(gameOf);
}

export async function getGame(db: Kysely<Database>, id: string): Promise<GameRecord | undefined> {
  const row = await db.selectFrom('games').selectAll().where('id', '=', id).executeTakeFirst();
  return row && gameOf(row);
}

const gameTexts = (input: { name: Localized; description: Localized }) => ({
  name_fi: input.name.fi, name_sv: input.name.sv, name_en: input.name.en,
  description_fi: input.description.fi, description_sv: input.description.sv, description_en: input.description.en,
});

export async function insertGame(db: Kysely<Database>, input: { id: string; networkId: string; name: Localized; description: Localized }, now: Date): Promise<void> {
  const at = toTimestamp(now);
  await db.insertInto('games').values({ id: input.id, network_id: input.networkId, ...gameTexts(input), created_at: at, updated_at: at }).execute();
}

export async function updateGame(db: Kysely<Database>, id: string, input: { name: Localized; description: Localized }, now: Date): Promise<void> {
  await db.updateTable('games').set({ ...gameTexts(input), updated_at: toTimestamp(now) }).where('id', '=', id).execute();
}

/**
 * Takes the game's row lock for the rest of the transaction, so two bookings of one game queue up (PostgreSQL; a
 * SQLite write transaction holds the whole database already) and the second sees the days the first took.
 */
export async function lockGame(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.updateTable('games').set((eb) => ({ updated_at: eb.ref('updated_at') })).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The bookings holding any of the period's days of the game. */
export async function bookingsHolding(db: Kysely<Database>, gameId: string, period: { pickUpOn: string; returnOn: string }): Promise<BookingRecord[]> {
  const rows = await db
    .selectFrom('game_bookings as b')
    .selectAll('b')
    .where('b.id', 'in', (eb) =>
      eb.selectFrom('game_booking_days').select('booking_id').where('game_id', '=', gameId).where('day', '>=', period.pickUpOn).where('day', '<=', period.returnOn),
    )
    .orderBy('b.pick_up_on')
    .execute();
  return rows.map(bookingOf);
}

export async function insertBooking(
  db: Kysely<Database>,
  input: { id: string; gameId: string; bookerId: string; libraryId: string; pickUpOn: string; returnOn: string; message: string | null; days: readonly string[] },
  now: Date,
): Promise<void> {
  const at = toTimestamp(now);
  await db
    .insertInto('game_bookings')
    .values({
      id: input.id, game_id: input.gameId, booker_id: input.bookerId, library_id: input.libraryId, pick_up_on: input.pickUpOn, return_on: input.returnOn,
      state: 'requested', version: 1, message: input.message, reason: null, decided_by: null, handed_over_at: null, hand_over_note: null,
      returned_at: null, return_condition: null, return_note: null, created_at: at, updated_at: at,
    })
    .execute();
  // In chunks: a six-week loan is 42 rows, well inside every engine's limit on bound parameters.
  for (let i = 0; i < input.days.length; i += 100) {
    await db.insertInto('game_booking_days').values(input.days.slice(i, i + 100).map((day) => ({ game_id: input.gameId, day, booking_id: input.id }))).execute();
  }
}

export async function getBooking(db: Kysely<Database>, id: string): Promise<BookingRecord | undefined> {
  const row = await db.selectFrom('game_bookings').selectAll().where('id', '=', id).executeTakeFirst();
  return row && bookingOf(row);
}

export interface BookingChange {
  state: BookingState;
  reason?: string | null;
  decidedBy?: string;
  handedOverAt?: string;
  handOverNote?: string | null;
  returnedAt?: string;
  returnCondition?: ReturnCondition;
  returnNote?: string | null;
}

const changeColumns: Record<keyof BookingChange, keyof GameBookingsTable> = {
  state: 'state', reason: 'reason', decidedBy: 'decided_by', handedOverAt: 'handed_over_at', handOverNote: 'hand_over_note',
  returnedAt: 'returned_at', returnCondition: 'return_condition', returnNote: 'return_note',
};

/** Applies a step if nobody changed the booking since `version` was read; false otherwise (nothing changes). */
export async function updateBooking(db: Kysely<Database>, id: string, version: number, change: BookingChange, now: Date): Promise<boolean> {
  const columns = Object.fromEntries(
    (Object.entries(change) as Array<[keyof BookingChange, unknown]>).filter(([, value]) => value !== undefined).map(([key, value]) => [changeColumns[key], value]),
  );
  const result = await db
    .updateTable('game_bookings')
    .set({ ...columns, version: version + 1, updated_at: toTimestamp(now) })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Gives the booking's days (from `fromDay` on, when given) back to the calendar. */
export async function releaseDays(db: Kysely<Database>, bookingId: string, fromDay?: string): Promise<void> {
  let query = db.deleteFrom('game_booking_days').where('booking_id', '=', bookingId);
  if (fromDay) query = query.where('day', '>=', fromDay);
  await query.execute();
}

/** Bookings of the games that touch [from, to], and (for coordinators) every one still open or lately changed, in date order. */
export async function listBookings(
  db: Kysely<Database>,
  filter: { gameIds: readonly string[]; from: string; to: string; bookerId?: string; includeOpen?: boolean; changedSince?: string },
): Promise<BookingRecord[]> {
  if (filter.gameIds.length === 0) return [];
  let query = db.selectFrom('game_bookings').selectAll().where('game_id', 'in', [...filter.gameIds]);
  if (filter.bookerId) query = query.where('booker_id', '=', filter.bookerId);
  query = query.where((eb) => {
    const inRange = eb.and([eb('pick_up_on', '<=', filter.to), eb('return_on', '>=', filter.from)]);
    const also = [
      ...(filter.includeOpen ? [eb('state', 'in', ['requested', 'confirmed', 'handedOver'] as const)] : []),
      ...(filter.changedSince ? [eb('updated_at', '>=', filter.changedSince)] : []),
    ];
    return also.length > 0 ? eb.or([inRange, ...also]) : inRange;
  });
  const rows = await query.orderBy('pick_up_on').orderBy('created_at').execute();
  return rows.map(bookingOf);
}

/** The last return of each game that has one: what came back missing or damaged. */
export async function lastReturns(db: Kysely<Database>, gameIds: readonly string[]): Promise<Map<string, BookingRecord>> {
  if (gameIds.length === 0) return new Map();
  const rows = await db.selectFrom('game_bookings').selectAll().where('game_id', 'in', [...gameIds]).where('state', '=', 'returned').orderBy('returned_at', 'desc').execute();
  const last = new Map<string, BookingRecord>();
  for (const row of rows) if (!last.has(row.game_id)) last.set(row.game_id, bookingOf(row));
  return last;
}

/** Claims one message about a booking for one person: false when it was sent (or is being sent) already. */
export const claimBookingNotice = (db: Kysely<Database>, input: { bookingId: string; notice: string; personId: string }, now: Date) =>
  claimSentNotice(db, 'game_booking_notices', { subjectId: input.bookingId, notice: input.notice, personId: input.personId }, now);

/** The message could not be sent: let it go, so a retry sends it. */
export const releaseBookingNotice = (db: Kysely<Database>, input: { bookingId: string; notice: string; personId: string }) =>
  releaseSentNotice(db, 'game_booking_notices', { subjectId: input.bookingId, notice: input.notice, personId: input.personId });
