/**
 * A network's shared resources through the tab's API with real signed Teams tokens, on both engines: members of the
 * children's network book its escape-room games; the coordinator confirms, declines, hands a game over and takes
 * it back with a note on missing parts; the calendar shows free, booked and confirmed periods. The coordinator
 * publishes the year's reading challenge and keeps the guide list. Overlaps, outsiders, stale and forged steps and
 * bad bodies get an answer in the caller's language and change nothing.
 */
import { auditTrail } from '../../shared/store/repositories/audit';
import { TestClock } from '../jobs/jobTestKit';
import { TENANT, tiina } from '../support/joiningWorld';
import type { KollegaUnderTest } from '../support/kollegaUnderTest';
import { startTabApi, type TabApiUnderTest } from '../support/tabApi';

type Who = { oid: string; tid: string; name: string; preferred_username?: string };
const coordinator: Who = { oid: tiina.aadObjectId, tid: TENANT, name: 'Tiina Rajala' };
const person = (n: number, name: string, email: string): Who => ({ oid: `7a1d2c3b-4a59-4687-9a0b-1c2d3e4f5a${String(n).padStart(2, '0')}`, tid: TENANT, name, preferred_username: email });
const aino = person(1, 'Aino Lastenkirjastolainen', 'aino@espoo.fi');
const bertil = person(2, 'Bertil Barnbibliotekarie', 'bertil@raseborg.fi');
const outsider = person(3, 'Olli Ohikulkija', 'olli@example.org');
const GAME = 'lanu-escape-room-1';

describe.each(['sqlite', 'postgres'] as const)('a network\'s shared resources in the tab API [%s]', (dialect) => {
  let api: TabApiUnderTest;
  let app: KollegaUnderTest;
  const clock = new TestClock('2030-01-10T08:00:00.000Z');

  beforeAll(async () => {
    api = await startTabApi(dialect, { now: clock.now, outboxPolling: false });
    app = api.app;
    for (const member of [aino, bertil]) {
      const asked = await call('POST', '/api/networks/lanu/join', member, { library: 'Espoo', message: 'Hej' });
      expect(asked.status).toBe(201);
      expect((await call('POST', `/api/join-requests/${asked.body.requestId}/decision`, coordinator, { decision: 'approve' })).status).toBe(200);
    }
    await call('GET', '/api/me', outsider);
  });
  afterAll(async () => {
    await api?.stop();
  });

  const call = (method: string, route: string, who: Who, body?: unknown, lang = 'en') => api.call(method, route, who, body, lang);
  const book = (who: Who, pickUpOn: string, returnOn: string, lang = 'en', game = GAME) =>
    call('POST', `/api/games/${game}/bookings`, who, { pickUpOn, returnOn, libraryId: 'espoo-main', message: 'För sagostunden' }, lang);
  const step = (id: string, who: Who, body: Record<string, unknown>, lang = 'en') => call('POST', `/api/bookings/${id}/steps`, who, body, lang);
  const calendar = async (who: Who, from = '2030-03-01', to = '2030-03-31') => {
    const view = await call('GET', `/api/networks/lanu/games?from=${from}&to=${to}`, who);
    expect(view.status).toBe(200);
    return view.body;
  };
  const periodsOf = (view: any, game = GAME) => view.games.find((g: any) => g.id === game).periods.map((p: any) => `${p.from}..${p.to}:${p.status}`);
  const days = async (bookingId: string) => (await app.store.db.selectFrom('game_booking_days').select('day').where('booking_id', '=', bookingId).orderBy('day').execute()).map((r) => r.day);

  it('shows both games free, books a period, and the calendar marks it booked and then confirmed', async () => {
    expect(periodsOf(await calendar(aino))).toEqual(['2030-03-01..2030-03-31:free']);
    const booked = await book(aino, '2030-03-09', '2030-03-15');
    expect(booked).toMatchObject({ status: 201, body: { booking: { state: 'requested', version: 1, pickUpOn: '2030-03-09', returnOn: '2030-03-15', library: { id: 'espoo-main' }, you: { booker: true, steps: ['cancel'] } } } });
    const id = booked.body.booking.id;
    expect(periodsOf(await calendar(bertil))).toEqual(['2030-03-01..2030-03-08:free', '2030-03-09..2030-03-15:booked', '2030-03-16..2030-03-31:free']);
    expect(periodsOf(await calendar(bertil), 'lanu-escape-room-2')).toEqual(['2030-03-01..2030-03-31:free']);
    // The taken days show, but whose booking they are is for the booker and the coordinators.
    const bookingIdsSeenBy = async (who: Who) => (await calendar(who)).games.find((g: any) => g.id === GAME).periods.map((p: any) => p.bookingId);
    expect(await bookingIdsSeenBy(bertil)).toEqual([null, null, null]);
    expect(await bookingIdsSeenBy(aino)).toEqual([null, id, null]);
    expect(await bookingIdsSeenBy(coordinator)).toEqual([null, id, null]);
    // Bertil sees the taken days but not Aino's booking; the coordinator sees it with the steps that are hers.
    expect((await calendar(bertil)).bookings).toEqual([]);
    const seen = await calendar(coordinator);
    expect(seen.you).toEqual({ coordinates: true, mayBook: true });
    expect(seen.regions).toEqual(['uusimaa']);
    expect(seen.bookings).toEqual([expect.objectContaining({ id, bookerName: 'Aino Lastenkirjastolainen', message: 'För sagostunden', you: { booker: false, steps: ['confirm', 'decline', 'cancel'] } })]);

    expect(await step(id, coordinator, { step: 'confirm', version: 1 })).toMatchObject({ status: 200, body: { booking: { state: 'confirmed', version: 2 } } });
    expect(periodsOf(await calendar(aino))).toContain('2030-03-09..2030-03-15:confirmed');
    // Reminders wait in the outbox for nine o'clock two days before pick-up and a day before the return.
    const reminders = await app.store.db.selectFrom('outbox').select(['kind', 'next_attempt_at']).where('kind', 'like', 'resources.%Reminder').orderBy('kind').execute();
    expect(reminders).toEqual([
      { kind: 'resources.pickUpReminder', next_attempt_at: '2030-03-07T07:00:00.000Z' },
      { kind: 'resources.returnReminder', next_attempt_at: '2030-03-14T07:00:00.000Z' },
    ]);
  });

  it('refuses an overlapping booking of the same game in the caller\'s language, and lets the other game be booked', async () => {
    const before = await app.store.db.selectFrom('game_bookings').select('id').execute();
    const overlap = await book(bertil, '2030-03-14', '2030-03-20', 'sv');
    expect(overlap.status).toBe(409);
    expect(overlap.body.error.message).toBe('Spelet är redan bokat för 9.3.2030–15.3.2030. Ingenting bokades; välj andra dagar.');
    expect(await app.store.db.selectFrom('game_bookings').select('id').execute()).toEqual(before);
    expect((await book(bertil, '2030-03-14', '2030-03-20', 'en', 'lanu-escape-room-2')).status).toBe(201);
    // Back to back is fine: the day after the return.
    const next = await book(bertil, '2030-03-16', '2030-03-18', 'fi');
    expect(next.status).toBe(201);
    expect(await days(next.body.booking.id)).toEqual(['2030-03-16', '2030-03-17', '2030-03-18']);
  });

  it('of two people booking the same days of a game at the same moment, exactly one gets them', async () => {
    for (const [from, to] of [['2030-09-01', '2030-09-07'], ['2030-09-20', '2030-09-20']]) {
      const answers = await Promise.all([book(aino, from, to), book(bertil, from, to)]);
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
      const rows = await app.store.db.selectFrom('game_bookings').select('id').where('pick_up_on', '=', from).where('game_id', '=', GAME).execute();
      expect(rows).toHaveLength(1);
    }
  });

  it('answers bad periods and libraries with every problem, in Finnish, and books nothing', async () => {
    const count = async () => (await app.store.db.selectFrom('game_bookings').select('id').execute()).length;
    const before = await count();
    const bad = await book(aino, '2030-01-05', '2030-01-01', 'fi');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('palautuspäivä on ennen noutopäivää');
    expect(bad.body.error.message).toContain('noutopäivä on jo mennyt');
    const long = await book(aino, '2030-05-01', '2030-07-01', 'fi');
    expect(long.body.error.message).toContain('laina voi kestää enintään 42 päivää');
    const elsewhere = await call('POST', `/api/games/${GAME}/bookings`, aino, { pickUpOn: '2030-05-01', returnOn: '2030-05-03', libraryId: 'vaasa-main' });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.error.message).toContain('choose a library of the network\'s region');
    const forged = await call('POST', `/api/games/${GAME}/bookings`, aino, { pickUpOn: '2030-05-01', returnOn: '2030-05-03', libraryId: 'espoo-main', state: 'confirmed' });
    expect(forged.status).toBe(400);
    expect((await call('POST', '/api/games/no-such-game/bookings', aino, { pickUpOn: '2030-05-01', returnOn: '2030-05-03', libraryId: 'espoo-main' })).status).toBe(404);
    expect(await count()).toBe(before);
  });

  it('lets only members book, and only coordinators confirm; forged and stale steps change nothing', async () => {
    const refused = await book(outsider, '2030-06-01', '2030-06-03');
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('Only members of the network can book its games');
    const own = await book(aino, '2030-06-01', '2030-06-03');
    const id = own.body.booking.id;
    const forged = await step(id, aino, { step: 'confirm', version: 1 }, 'sv');
    expect(forged.status).toBe(403);
    expect(forged.body.error.message).toContain('Bara nätverkets koordinatorer');
    expect((await step(id, bertil, { step: 'cancel', version: 1 })).status).toBe(403);
    expect((await auditTrail(app.store.db, 'gameBooking', id)).map((e) => e.action)).toEqual(['game.book', 'game.confirm.refused', 'game.cancel.refused']);
    expect((await step(id, coordinator, { step: 'decline', version: 1, reason: ' ' })).status).toBe(400);
    expect(await step(id, coordinator, { step: 'confirm', version: 1 })).toMatchObject({ status: 200 });
    // The same click again, from the view that showed version 1: told, and nothing moves.
    const stale = await step(id, coordinator, { step: 'confirm', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toContain('Someone changed this booking meanwhile');
  });

  it('a decline or a cancellation gives the days back; the booker may cancel until hand-over', async () => {
    const first = await book(aino, '2030-08-01', '2030-08-05');
    expect((await step(first.body.booking.id, coordinator, { step: 'decline', version: 1, reason: 'Peli on huollossa' })).body.booking).toMatchObject({ state: 'declined', reason: 'Peli on huollossa' });
    expect(await days(first.body.booking.id)).toEqual([]);
    const second = await book(bertil, '2030-08-01', '2030-08-05');
    expect(second.status).toBe(201);
    expect((await step(second.body.booking.id, bertil, { step: 'cancel', version: 1, reason: 'Plans changed' })).body.booking.state).toBe('cancelled');
    expect(periodsOf(await calendar(aino, '2030-08-01', '2030-08-05'))).toEqual(['2030-08-01..2030-08-05:free']);
    // The coordinator still sees both closed bookings this month, though their days are in August.
    const march = (await calendar(coordinator)).bookings.map((b: { id: string; state: string }) => [b.id, b.state]);
    expect(march).toEqual(expect.arrayContaining([[first.body.booking.id, 'declined'], [second.body.booking.id, 'cancelled']]));
    expect((await calendar(bertil)).bookings.map((b: { id: string }) => b.id)).not.toContain(first.body.booking.id);
  });

  it('records the hand-over and a return with missing parts, which the next borrower sees', async () => {
    const booked = await book(aino, '2030-02-01', '2030-02-10');
    const id = booked.body.booking.id;
    await step(id, coordinator, { step: 'confirm', version: 1 });
    clock.advance(Date.parse('2030-02-01T09:00:00.000Z') - clock.now().getTime());
    expect((await step(id, coordinator, { step: 'handOver', version: 2, note: 'Kaikki osat mukana' })).body.booking).toMatchObject({ state: 'handedOver', handOverNote: 'Kaikki osat mukana', you: { steps: ['return'] } });
    expect((await step(id, aino, { step: 'cancel', version: 3 })).status).toBe(409);
    const noNote = await step(id, coordinator, { step: 'return', version: 3, condition: 'missingParts' }, 'fi');
    expect(noNote.status).toBe(400);
    expect(noNote.body.error.message).toContain('huomautus');
    clock.advance(Date.parse('2030-02-06T12:00:00.000Z') - clock.now().getTime());
    const back = await step(id, coordinator, { step: 'return', version: 3, condition: 'missingParts', note: 'Lukon avain puuttuu' });
    expect(back.body.booking).toMatchObject({ state: 'returned', returnCondition: 'missingParts', returnNote: 'Lukon avain puuttuu', you: { steps: [] } });
    // Back early: the days after today are free again.
    expect(await days(id)).toEqual(['2030-02-01', '2030-02-02', '2030-02-03', '2030-02-04', '2030-02-05', '2030-02-06']);
    const view = await calendar(bertil, '2030-02-01', '2030-02-10');
    expect(view.games.find((g: any) => g.id === GAME).lastReturn).toEqual({ condition: 'missingParts', note: 'Lukon avain puuttuu', on: '2030-02-06' });
    expect(periodsOf(view)).toEqual(['2030-02-01..2030-02-06:confirmed', '2030-02-07..2030-02-10:free']);
    clock.advance(Date.parse('2030-01-10T08:00:00.000Z') - clock.now().getTime());
  });

  it('will not hand a game over while another library still has it', async () => {
    const G2 = 'lanu-escape-room-2';
    const first = (await book(aino, '2030-04-01', '2030-04-05', 'en', G2)).body.booking.id;
    const next = (await book(bertil, '2030-04-06', '2030-04-09', 'en', G2)).body.booking.id;
    for (const id of [first, next]) await step(id, coordinator, { step: 'confirm', version: 1 });
    await step(first, coordinator, { step: 'handOver', version: 2 });
    const early = await step(next, coordinator, { step: 'handOver', version: 2 }, 'sv');
    expect(early.status).toBe(409);
    expect(early.body.error.message).toBe('Spelet är fortfarande utlånat till ett annat bibliotek: registrera först dess återlämning. Ingenting ändrades.');
    await step(first, coordinator, { step: 'return', version: 3, condition: 'complete' });
    expect((await step(next, coordinator, { step: 'handOver', version: 2 })).body.booking.state).toBe('handedOver');
  });

  it('lists the libraries of several regions at once for the booking form, and refuses a malformed list', async () => {
    const both = await call('GET', '/api/exchange/libraries?region=etela-pohjanmaa,pohjanmaa', aino);
    const regions = new Set(both.body.libraries.map((l: { regionId: string }) => l.regionId));
    expect([...regions].sort()).toEqual(['etela-pohjanmaa', 'pohjanmaa']);
    expect((await call('GET', '/api/exchange/libraries?region=uusimaa', aino)).body.libraries.every((l: { regionId: string }) => l.regionId === 'uusimaa')).toBe(true);
    expect((await call('GET', '/api/exchange/libraries?region=uusimaa,,x', aino)).status).toBe(400);
  });

  it('answers a bad calendar range and an unknown network', async () => {
    expect((await call('GET', '/api/networks/lanu/games?from=2030-03-01&to=2032-03-01', aino)).status).toBe(400);
    expect((await call('GET', '/api/networks/lanu/games?from=2030-02-30', aino)).status).toBe(400);
    expect((await call('GET', '/api/networks/nope/games', aino)).status).toBe(404);
    const fresh = await call('GET', '/api/networks/lanu/games', outsider);
    expect(fresh.body).toMatchObject({ from: '2030-01-10', to: '2030-03-31', you: { coordinates: false, mayBook: false } });
  });

  it('lets the coordinator add and rename a game, and nobody else', async () => {
    const body = { name: { fi: 'Kadonnut kirja', sv: 'Den försvunna boken', en: 'The lost book' }, description: { fi: 'Uusi peli', sv: 'Nytt spel', en: 'New game' } };
    expect((await call('POST', '/api/networks/lanu/games', aino, body)).status).toBe(403);
    const added = await call('POST', '/api/networks/lanu/games', coordinator, body);
    expect(added).toMatchObject({ status: 201, body: { game: { name: body.name, periods: [expect.objectContaining({ status: 'free' })] } } });
    const renamed = await call('PUT', `/api/games/${added.body.game.id}`, coordinator, { ...body, name: { ...body.name, en: 'The vanished book' } });
    expect(renamed.body.game.name.en).toBe('The vanished book');
    expect((await call('PUT', `/api/games/${added.body.game.id}`, coordinator, { ...body, name: { fi: '', sv: 'x', en: '' } })).status).toBe(400);
  });
});
