/**
 * Booking a network's games on both engines, where the store must keep the rule under concurrency: of bookings
 * of one game that share a day, made at the same moment (also through two app instances on one database), exactly
 * one is made and the others are told which days are taken; two coordinators deciding at once cannot both win;
 * a message about a booking is claimed once.
 */
import { bookGame, takeBookingStep } from '../../shared/services/gameBookings';
import { addMembership } from '../../shared/store/repositories/joining';
import { claimBookingNotice, releaseBookingNotice } from '../../shared/store/repositories/games';
import { upsertPerson, type PersonRecord } from '../../shared/store/repositories/people';
import type { Store } from '../../shared/store/database';
import { bundledSeedData, loadSeed } from '../../shared/store/seed/loadSeed';
import { describeEachEngine } from '../support/databases';

const now = new Date('2030-01-10T10:00:00Z');
const TIINA = '1c7f4a1e-2c3d-4e5f-8a9b-0c1d2e3f4a5b';
const PEKKA = '2d8f4a1e-2c3d-4e5f-8a9b-0c1d2e3f4a5b';
const GAME = 'lanu-escape-room-1';

describeEachEngine('escape-room game bookings under concurrency', (t) => {
  let members: PersonRecord[];
  let tiina: PersonRecord;
  let pekka: PersonRecord;

  beforeEach(async () => {
    const seed = bundledSeedData();
    seed.coordinators = seed.coordinators.map((c) => (c.id === 'tiina-rajala' ? { ...c, aadObjectId: TIINA } : c.id === 'elina-karioja' ? { ...c, aadObjectId: PEKKA } : c));
    seed.networks = seed.networks.map((n) => (n.id === 'lanu' ? { ...n, coordinators: [...n.coordinators, 'elina-karioja'] } : n));
    await loadSeed(t.store.db, seed);
    tiina = await upsertPerson(t.store.db, { botUserId: '29:tiina', aadObjectId: TIINA, displayName: 'Tiina Rajala', now });
    pekka = await upsertPerson(t.store.db, { botUserId: '29:pekka', aadObjectId: PEKKA, displayName: 'Elina as second coordinator', now });
    members = [];
    for (let i = 0; i < 6; i++) {
      const person = await upsertPerson(t.store.db, { botUserId: `29:member-${i}`, aadObjectId: null, displayName: `Member ${i}`, now });
      await addMembership(t.store.db, { networkId: 'lanu', personId: person.id, joinRequestId: null, teamsState: 'manual', now });
      members.push(person);
    }
  });

  const book = (store: Store, person: PersonRecord, pickUpOn: string, returnOn: string) =>
    bookGame({ db: store.db, now }, { actor: person, gameId: GAME, period: { pickUpOn, returnOn }, libraryId: 'espoo-main', message: null });
  const bookingsOf = async () => t.store.db.selectFrom('game_bookings').select(['id', 'booker_id']).execute();

  it('makes exactly one of two simultaneous bookings of the same game and period', async () => {
    const other = await t.openAnother();
    for (const [round, period] of [['2030-03-02', '2030-03-08'], ['2030-04-01', '2030-04-01'], ['2030-05-10', '2030-06-10']].entries()) {
      const [a, b] = await Promise.all([book(t.store, members[0], period[0], period[1]), book(other, members[1], period[0], period[1])]);
      expect([a.outcome, b.outcome].sort()).toEqual(['booked', 'taken']);
      const loser = a.outcome === 'taken' ? a : b;
      expect(loser).toEqual({ outcome: 'taken', conflicts: [{ pickUpOn: period[0], returnOn: period[1] }] });
      expect(await bookingsOf()).toHaveLength(round + 1);
    }
  });

  it('of six people booking overlapping periods at once, one gets the game and the days are the winner\'s only', async () => {
    const other = await t.openAnother();
    const periods = [['2030-03-01', '2030-03-10'], ['2030-03-05', '2030-03-12'], ['2030-03-10', '2030-03-10'], ['2030-02-25', '2030-03-01'], ['2030-03-08', '2030-03-20'], ['2030-03-03', '2030-03-04']];
    // Every period shares a day with the first, but not all with each other: more than one may win, never two that overlap.
    const results = await Promise.all(periods.map(([from, to], i) => book(i % 2 ? other : t.store, members[i], from, to)));
    const won = results.flatMap((r, i) => (r.outcome === 'booked' ? [periods[i]] : []));
    expect(won.length).toBeGreaterThanOrEqual(1);
    for (const [i, a] of won.entries()) for (const b of won.slice(i + 1)) expect(a[0] <= b[1] && b[0] <= a[1]).toBe(false);
    expect(results.every((r) => r.outcome === 'booked' || r.outcome === 'taken')).toBe(true);
    const days = await t.store.db.selectFrom('game_booking_days').select(['day', 'booking_id']).where('game_id', '=', GAME).execute();
    const expected = won.reduce((n, [from, to]) => n + (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1, 0);
    expect(days).toHaveLength(expected);
  });

  it('lets one of two coordinators deciding at the same moment win; the other is told and nothing else changes', async () => {
    const booked = await book(t.store, members[0], '2030-03-02', '2030-03-08');
    if (booked.outcome !== 'booked') throw new Error(booked.outcome);
    const other = await t.openAnother();
    const [confirm, decline] = await Promise.all([
      takeBookingStep({ db: t.store.db, now }, { actor: tiina, bookingId: booked.booking.id, version: 1, event: { type: 'confirm' } }),
      takeBookingStep({ db: other.db, now }, { actor: pekka, bookingId: booked.booking.id, version: 1, event: { type: 'decline', reason: 'Huollossa' } }),
    ]);
    expect([confirm.outcome, decline.outcome].sort()).toEqual(['done', 'refused']);
    const row = await t.store.db.selectFrom('game_bookings').selectAll().where('id', '=', booked.booking.id).executeTakeFirstOrThrow();
    expect(Number(row.version)).toBe(2);
    const daysLeft = await t.store.db.selectFrom('game_booking_days').select('day').where('booking_id', '=', booked.booking.id).execute();
    expect(daysLeft).toHaveLength(row.state === 'confirmed' ? 7 : 0);
    expect(await t.store.db.selectFrom('outbox').select('kind').where('kind', '=', 'resources.bookingStep').execute()).toHaveLength(1);
  });

  it('claims a message about a booking once, and again after it was let go', async () => {
    const booked = await book(t.store, members[0], '2030-03-02', '2030-03-08');
    if (booked.outcome !== 'booked') throw new Error(booked.outcome);
    const notice = { bookingId: booked.booking.id, notice: 'booked', personId: tiina.id };
    const other = await t.openAnother();
    const claims = await Promise.all([claimBookingNotice(t.store.db, notice, now), claimBookingNotice(other.db, notice, now)]);
    expect(claims.sort()).toEqual([false, true]);
    await releaseBookingNotice(t.store.db, notice);
    expect(await claimBookingNotice(t.store.db, notice, now)).toBe(true);
  });
});
