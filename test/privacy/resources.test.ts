/**
 * A network's shared resources in erasure, export and the retention sweep, on both engines, over the world of
 * privacyWorld.ts: Aino borrowed game 1 in January (returned), has it at her library in March (handed over), has
 * game 2 confirmed for April and cancelled a May booking; Tiina coordinates the network and decided them all.
 *
 * The rule: a booking goes with its days and notices, so its days are free for others at once; a loan that
 * happened (handed over, or returned since) is the network's record and stays without the booker and without any
 * text. On others' bookings, the coordinator who decided becomes the erased person.
 */
import { sql } from 'kysely';
import { bookGame, takeBookingStep } from '../../shared/services/gameBookings';
import { decide } from '../../shared/services/joining';
import { erasePersonalData, exportPersonalData } from '../../shared/services/personalData';
import { sweepPersonalData } from '../../shared/services/retention';
import type { PersonRecord } from '../../shared/store/repositories/people';
import { ERASED_PERSON_ID } from '../../shared/store/repositories/personalData/subject';
import type { Store } from '../../shared/store/database';
import { describeEachEngine } from '../support/databases';
import { ERASURE, fillEveryTable } from './privacyWorld';

type World = Awaited<ReturnType<typeof fillEveryTable>>;

const days = async (store: Store, bookingId: string) =>
  Number((await sql<{ n: number }>`select count(*) as n from game_booking_days where booking_id = ${bookingId}`.execute(store.db)).rows[0].n);

const bookingOf = (store: Store, id: string) => store.db.selectFrom('game_bookings').selectAll().where('id', '=', id).executeTakeFirst();

/** Olli's request to join the children's network, approved by Tiina: he may book its games too. */
async function olliJoinsLanu(store: Store, world: World) {
  const request = await store.db.selectFrom('join_requests').select('id').where('person_id', '=', world.olli.person.id).where('network_id', '=', 'lanu').executeTakeFirstOrThrow();
  const decided = await decide({ db: store.db, now: ERASURE, teamsAutomation: false }, { actor: world.lanuCoordinator, requestId: request.id, event: { type: 'approve' }, verb: 'approve' });
  expect(decided.outcome).toBe('decided');
}

const book = (store: Store, actor: PersonRecord, gameId: string, pickUpOn: string, returnOn: string) =>
  bookGame({ db: store.db, now: ERASURE }, { actor, gameId, period: { pickUpOn, returnOn }, libraryId: 'sipoo-main', message: null });

describeEachEngine('shared resources and personal data', (t) => {
  it('erasing a booker frees the days of their bookings, and keeps a loan that happened without them', async () => {
    const world = await fillEveryTable(t.store.db);
    const { january, march, april, may } = world.games;
    await olliJoinsLanu(t.store, world);
    expect(await book(t.store, world.olli.person, 'lanu-escape-room-2', '2030-04-05', '2030-04-10')).toMatchObject({ outcome: 'taken', conflicts: [{ pickUpOn: '2030-04-01', returnOn: '2030-04-14' }] });
    expect(await t.store.db.selectFrom('outbox').select('kind').where('payload_json', 'like', `%${april}%`).where('kind', '=', 'resources.pickUpReminder').execute()).toHaveLength(1);

    const erased = await erasePersonalData({ db: t.store.db, now: ERASURE }, { actor: world.aino.person, personId: world.aino.person.id });
    if (erased.outcome !== 'erased') throw new Error(erased.outcome);
    expect(erased.counts).toMatchObject({ game_bookings: 4, game_booking_days: 14, game_booking_notices: 3 });

    // April's days are free: Olli books them at once. May's booking (cancelled) goes too.
    expect(await bookingOf(t.store, april)).toBeUndefined();
    expect(await bookingOf(t.store, may)).toBeUndefined();
    expect(await book(t.store, world.olli.person, 'lanu-escape-room-2', '2030-04-05', '2030-04-10')).toMatchObject({ outcome: 'booked' });

    // Game 1 is out at Porvoo until the 15th: the network still knows, and the days stay held, but not by Aino.
    expect(await bookingOf(t.store, march)).toMatchObject({
      booker_id: ERASED_PERSON_ID, library_id: 'porvoo-main', state: 'handedOver', pick_up_on: '2030-03-02', return_on: '2030-03-15',
      decided_by: world.lanuCoordinator.id, message: null, reason: null, hand_over_note: null, return_note: null,
    });
    expect(await days(t.store, march)).toBe(14);
    expect(await book(t.store, world.olli.person, 'lanu-escape-room-1', '2030-03-13', '2030-03-14')).toMatchObject({ outcome: 'taken' });
    // January's loan stays as how the game came back (a part missing), without the note that may name her.
    expect(await bookingOf(t.store, january)).toMatchObject({ booker_id: ERASED_PERSON_ID, state: 'returned', return_condition: 'missingParts', return_note: null, message: null });

    // No message about her bookings is left, sent or waiting, to her or to the coordinator.
    for (const id of [january, march, april, may]) {
      expect(await t.store.db.selectFrom('game_booking_notices').select('notice').where('booking_id', '=', id).execute()).toEqual([]);
      expect(await t.store.db.selectFrom('outbox').select('kind').where('payload_json', 'like', `%${id}%`).execute()).toEqual([]);
    }
  });

  it('erasing the coordinator who decided keeps the bookings, decided by the erased person, and the challenge and guide they wrote', async () => {
    const world = await fillEveryTable(t.store.db);
    const { january, march, april, may } = world.games;
    const tiina = world.lanuCoordinator;
    const erased = await erasePersonalData({ db: t.store.db, now: ERASURE }, { actor: tiina, personId: tiina.id });
    if (erased.outcome !== 'erased') throw new Error(erased.outcome);

    const bookings = await t.store.db.selectFrom('game_bookings').select(['id', 'booker_id', 'decided_by', 'state', 'message']).orderBy('pick_up_on').execute();
    expect(bookings.map((b) => [b.id, b.booker_id, b.decided_by, b.state])).toEqual([
      [january, world.aino.person.id, ERASED_PERSON_ID, 'returned'],
      [march, world.aino.person.id, ERASED_PERSON_ID, 'handedOver'],
      [april, world.aino.person.id, ERASED_PERSON_ID, 'confirmed'],
      [may, world.aino.person.id, null, 'cancelled'],
    ]);
    expect(bookings.every((b) => b.message !== null)).toBe(true);
    expect(await t.store.db.selectFrom('reading_challenges').select(['year', 'updated_by']).execute()).toEqual([{ year: 2030, updated_by: ERASED_PERSON_ID }]);
    expect(await t.store.db.selectFrom('network_guides').select('updated_by').execute()).toEqual([{ updated_by: ERASED_PERSON_ID }]);
    // The messages sent to her go; Aino's stay hers.
    expect((await t.store.db.selectFrom('game_booking_notices').select('person_id').execute()).map((n) => n.person_id)).toEqual([world.aino.person.id, world.aino.person.id]);

    const ainos = await exportPersonalData({ db: t.store.db, now: ERASURE }, { actor: world.aino.person, personId: world.aino.person.id });
    if (ainos.outcome !== 'ok') throw new Error(ainos.outcome);
    expect(ainos.document.resources.gameBookings.map((b) => b.decidedBy)).toEqual([null, null, null, null]);
  });

  it('exports the bookings to the booker, and to the coordinator what they decided and wrote without the booker', async () => {
    const world = await fillEveryTable(t.store.db);
    const { january, march, april, may } = world.games;
    const found = await exportPersonalData({ db: t.store.db, now: ERASURE }, { actor: world.aino.person, personId: world.aino.person.id });
    if (found.outcome !== 'ok') throw new Error(found.outcome);
    const r = found.document.resources;
    expect(r.gameBookings.map((b) => [b.id, b.state])).toEqual([[january, 'returned'], [march, 'handedOver'], [april, 'confirmed'], [may, 'cancelled']]);
    expect(r.gameBookings[0]).toMatchObject({
      gameId: 'lanu-escape-room-1', game: { fi: 'Pakohuonepeli 1', sv: 'Rymningsspel 1' }, networkId: 'lanu', libraryId: 'porvoo-main', library: { fi: 'Porvoon kaupunginkirjasto' },
      pickUpOn: '2030-01-07', returnOn: '2030-01-20', message: 'Aino: pakohuonepeli tammikuun satutunneille', decidedBy: 'Tiina Rajala',
      handOverNote: 'Tammikuun luovutus Ainolle', returnCondition: 'missingParts', returnNote: 'Yksi numerolukko puuttui',
    });
    expect(r.gameBookings[3]).toMatchObject({ reason: 'Aino: toukokuun perhepäivä peruttiin', decidedBy: null });
    expect(r.messages.map((m) => m.notice).sort()).toEqual(['confirmed', 'returnReminder:2030-01-20']);
    expect([r.bookingsDecided, r.challengesWritten, r.guidesWritten]).toEqual([[], [], []]);

    const hers = await exportPersonalData({ db: t.store.db, now: ERASURE }, { actor: world.lanuCoordinator, personId: world.lanuCoordinator.id });
    if (hers.outcome !== 'ok') throw new Error(hers.outcome);
    const c = hers.document.resources;
    expect(c.gameBookings).toEqual([]);
    expect(c.bookingsDecided.map((b) => [b.bookingId, b.state])).toEqual([[january, 'returned'], [march, 'handedOver'], [april, 'confirmed']]);
    expect(c.challengesWritten).toMatchObject([{ networkId: 'lanu', year: 2030 }]);
    expect(c.guidesWritten).toMatchObject([{ networkId: 'lanu', title: { fi: 'Pakohuonepelin ohje' } }]);
    expect(c.messages.map((m) => [m.bookingId, m.notice])).toEqual([[april, 'booked']]);
    // Of the booker, nothing: not her id, nor her messages.
    const text = JSON.stringify(c);
    expect([world.aino.person.id, ...world.aino.texts].filter((trace) => text.includes(trace))).toEqual([]);
  });

  it('sweeps bookings whose last day is before the period with their days and notices; a game still out stays until it is back', async () => {
    const world = await fillEveryTable(t.store.db);
    const { january, march, april, may } = world.games;
    const ids = async () => (await t.store.db.selectFrom('game_bookings').select('id').orderBy('pick_up_on').execute()).map((b) => b.id);

    // 30 days on 25 March: January's loan ended before the period; March, April and May did not.
    await sweepPersonalData({ db: t.store.db, now: new Date('2030-03-25T10:00:00.000Z'), days: 30 });
    expect(await ids()).toEqual([march, april, may]);
    expect(await days(t.store, january)).toBe(0);
    expect(await t.store.db.selectFrom('game_booking_notices').select('notice').where('booking_id', '=', january).execute()).toEqual([]);
    // The challenge and the guide stay the network's; who wrote them in December is no longer named.
    expect(await t.store.db.selectFrom('reading_challenges').select('updated_by').execute()).toEqual([{ updated_by: ERASED_PERSON_ID }]);
    expect(await t.store.db.selectFrom('network_guides').select('updated_by').execute()).toEqual([{ updated_by: ERASED_PERSON_ID }]);

    // Years later everything has ended, but game 1 was never recorded back: that loan stays, with whom it is.
    const later = new Date('2033-08-01T02:00:00.000Z');
    await sweepPersonalData({ db: t.store.db, now: later, days: 1095 });
    expect(await ids()).toEqual([march]);
    expect(await bookingOf(t.store, march)).toMatchObject({ booker_id: world.aino.person.id, state: 'handedOver' });
    expect(Number((await sql<{ n: number }>`select count(*) as n from game_booking_notices`.execute(t.store.db)).rows[0].n)).toBe(0);

    // Once it is back, the next sweep takes it with its days.
    const back = await takeBookingStep({ db: t.store.db, now: later }, { actor: world.lanuCoordinator, bookingId: march, version: Number((await bookingOf(t.store, march))!.version), event: { type: 'return', condition: 'complete', note: null } });
    expect(back.outcome).toBe('done');
    await sweepPersonalData({ db: t.store.db, now: later, days: 1095 });
    expect(await ids()).toEqual([]);
    expect(Number((await sql<{ n: number }>`select count(*) as n from game_booking_days`.execute(t.store.db)).rows[0].n)).toBe(0);
  });
});
