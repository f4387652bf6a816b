/**
 * What a person sees of a network's games: each game's calendar over a range, and the bookings they may read (their
 * own; a coordinator every one in the range and every open one), with the steps open to them.
 */
import type { Kysely } from 'kysely';
import type { BookingView, GamesView, GameView } from '../api/resourcesContract';
import { dateOf, dayNumber, todayInFinland } from '../domain/calendarDate';
import { stepsOpen } from '../domain/resources/gameBooking';
import { calendarPeriods } from '../domain/resources/gameCalendar';
import { toHelsinki } from '../i18n/localTime';
import { getNetwork, listRegions } from '../store/repositories/catalog';
import { lastReturns, listBookings, listGames, type BookingRecord, type GameRecord } from '../store/repositories/games';
import { getPerson, type PersonRecord } from '../store/repositories/people';
import type { Database } from '../store/schema';
import { toTimestamp } from '../store/repositories/util';
import { libraryById } from './exchangeViews';
import { isMember } from './gameBookings';
import { coordinatedNetworks } from './joining';

/** The longest range one view draws: a year and a bit, as far as bookings open. */
export const MAX_RANGE_DAYS = 400;

/** How long a closed booking stays in the coordinators' list after its last step. */
const RECENT_DAYS = 14;

/** Today to the end of the third month on: what a calendar shows first. */
export function defaultRange(now: Date): { from: string; to: string } {
  const today = dateOf(todayInFinland(now));
  const [y, m] = today.split('-').map(Number);
  const end = new Date(Date.UTC(y, m + 2, 0)).toISOString().slice(0, 10);
  return { from: today, to: end };
}

/** A booking as the reader may see it; `networkId` is its game's, which the caller has at hand. */
export async function bookingView(db: Kysely<Database>, reader: PersonRecord, booking: BookingRecord, of: { networkId: string; coordinator: boolean }): Promise<BookingView> {
  const booker = booking.bookerId === reader.id ? reader : await getPerson(db, booking.bookerId);
  const actor = { booker: booking.bookerId === reader.id, coordinator: of.coordinator };
  return {
    id: booking.id, gameId: booking.gameId, networkId: of.networkId, state: booking.state, version: booking.version,
    pickUpOn: booking.pickUpOn, returnOn: booking.returnOn, library: libraryById(booking.libraryId), bookerId: booking.bookerId,
    bookerName: booker?.displayName ?? null, message: booking.message, reason: booking.reason, handedOverAt: booking.handedOverAt,
    handOverNote: booking.handOverNote, returnedAt: booking.returnedAt, returnCondition: booking.returnCondition, returnNote: booking.returnNote,
    createdAt: booking.createdAt, updatedAt: booking.updatedAt, you: { booker: actor.booker, steps: stepsOpen(booking.state, actor) },
  };
}

/** A taken period names its booking only to those who may read that booking. */
function gameView(game: GameRecord, bookings: readonly BookingRecord[], last: BookingRecord | undefined, range: { from: string; to: string }, readable: ReadonlySet<string>): GameView {
  return {
    id: game.id, networkId: game.networkId, name: game.name, description: game.description,
    lastReturn: last?.returnCondition ? { condition: last.returnCondition, note: last.returnNote, on: toHelsinki(new Date(last.returnedAt ?? last.updatedAt)).date } : null,
    periods: calendarPeriods(range.from, range.to, bookings.filter((b) => b.gameId === game.id)).map((p) => (p.bookingId && !readable.has(p.bookingId) ? { ...p, bookingId: null } : p)),
  };
}

/** A range is valid when both are real days, in order, and not longer than MAX_RANGE_DAYS. */
export function validRange(range: { from: string; to: string }): boolean {
  const from = dayNumber(range.from);
  const to = dayNumber(range.to);
  return from !== undefined && to !== undefined && from <= to && to - from < MAX_RANGE_DAYS;
}

/** The network's games over the range; undefined for an unknown network. */
export async function gamesView(db: Kysely<Database>, reader: PersonRecord, networkId: string, range: { from: string; to: string }, now: Date): Promise<GamesView | undefined> {
  const network = await getNetwork(db, networkId);
  if (!network) return undefined;
  const coordinates = (await coordinatedNetworks(db, reader)).has(networkId);
  const games = await listGames(db, networkId);
  const gameIds = games.map((g) => g.id);
  // A coordinator also keeps the last fortnight's closed ones in view, so a booking they just declined or took
  // back does not vanish from their list because its days are in another month.
  const changedSince = coordinates ? toTimestamp(new Date(now.getTime() - RECENT_DAYS * 86_400_000)) : undefined;
  const all = await listBookings(db, { gameIds, from: range.from, to: range.to, includeOpen: coordinates, changedSince });
  const last = await lastReturns(db, gameIds);
  const visible = coordinates ? all : all.filter((b) => b.bookerId === reader.id);
  // A member's own open bookings outside the range still show, so they can cancel one they made for next year.
  const own = coordinates ? [] : (await listBookings(db, { gameIds, from: range.from, to: range.to, bookerId: reader.id, includeOpen: true })).filter((b) => !visible.some((v) => v.id === b.id));
  const bookings: BookingView[] = [];
  for (const booking of [...visible, ...own]) bookings.push(await bookingView(db, reader, booking, { networkId, coordinator: coordinates }));
  const readable = new Set(bookings.map((b) => b.id));
  return {
    from: range.from, to: range.to,
    games: games.map((g) => gameView(g, all, last.get(g.id), range, readable)),
    bookings,
    you: { coordinates, mayBook: coordinates || (await isMember(db, networkId, reader.id)) },
    regions: (await listRegions(db)).filter((r) => r.unitId === network.unitId).map((r) => r.id),
  };
}
