/**
 * Two Kollega instances on one PostgreSQL database behave as one: a person met by one instance is reached by
 * the other (conversation references live in the database), seats and queues stay exact when the presses are
 * spread across both at once, a join request is made and decided once however many presses race for it, and
 * the messages that follow go once although both outboxes work at the same time.
 */
import { t as translate } from '../../shared/i18n/translate';
import { getEvent } from '../../shared/store/repositories/events';
import { listPendingRequests } from '../../shared/store/repositories/joining';
import { startConnectorStub, type ConnectorStub } from '../fixtures/connectorStub';
import { LANU_TEAM, bookCoffeeForm, eventsClock, eventsSeed, planEvent } from '../support/eventsWorld';
import { JoiningWorld, elina, pekka, someone, teamsMembers, tiina, type Someone } from '../support/joiningWorld';
import { cardText, type KollegaUnderTest } from '../support/kollegaUnderTest';

jest.setTimeout(120_000);

describe('two instances on one PostgreSQL database', () => {
  const clock = eventsClock();
  let stub: ConnectorStub;
  let a: JoiningWorld;
  let b: JoiningWorld;
  let second: KollegaUnderTest;

  beforeAll(async () => {
    stub = await startConnectorStub({ members: teamsMembers });
    a = await JoiningWorld.start('postgres', stub, {}, { now: clock.now }, eventsSeed());
    second = await a.app.another();
    b = a.through(second);
    await a.install(tiina);
    await b.install(pekka);
    await b.install(elina);
    await a.installInTeam(tiina, LANU_TEAM);
  });
  afterAll(async () => {
    await second?.stop();
    await a?.stop();
    await stub?.close();
  });

  /** Both outboxes at once until neither finds anything due. */
  const workBoth = async () => {
    for (let round = 0; round < 20; round++) {
      const ran = await Promise.all([a.app.outbox.runDue(), b.app.outbox.runDue()]);
      if (ran[0] + ran[1] === 0) return;
    }
  };
  const messagesTo = (who: Someone, text: string) => a.cardsTo(who).map(cardText).filter((t) => t.includes(text));

  it('reaches a person met by the other instance, both ways', async () => {
    const aino = someone('two-aino', 'Aino Kahdesti', 'fi-FI');
    await a.install(aino); // only instance A has seen Aino
    await a.press(aino, 'requestJoin', { networkId: 'severi' });
    stub.reset();
    await b.work(); // B's outbox tells Elina, whom only B has seen
    expect(messagesTo(elina, 'Aino Kahdesti ber att få gå med i SEVERI')).toHaveLength(1);

    const [request] = (await listPendingRequests(b.app.store.db, 'severi')).filter((r) => r.personName === aino.name);
    await b.press(elina, 'approveJoin', { requestId: request.id });
    await a.work(); // and A's outbox tells Aino
    expect(messagesTo(aino, 'Tervetuloa verkostoon SEVERI')).toHaveLength(1);
    expect(a.cardsTo(elina).concat(a.cardsTo(aino))).toHaveLength(2);
  });

  it('makes one join request of presses racing on both, and decides it once when two coordinators approve at once', async () => {
    const ville = someone('two-ville', 'Ville Kilpa', 'en-GB');
    await a.install(ville);
    const presses = Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).press(ville, 'requestJoin', { networkId: 'lanu' }));
    const answers = (await Promise.all(presses)).map(cardText);
    const pending = (await listPendingRequests(a.app.store.db, 'lanu')).filter((r) => r.personName === ville.name);
    expect(pending).toHaveLength(1);
    expect(answers.filter((t) => t.includes('You already asked to join'))).toHaveLength(9);

    await workBoth();
    const [decidedByTiina, decidedByPekka] = await Promise.all([
      a.press(tiina, 'approveJoin', { requestId: pending[0].id }),
      b.press(pekka, 'approveJoin', { requestId: pending[0].id }),
    ]);
    const refusals = [cardText(decidedByTiina), cardText(decidedByPekka)].filter((t) => t.includes(translate('fi', 'approval.alreadyDecided')) || t.includes(translate('en', 'approval.alreadyDecided')));
    expect(refusals).toHaveLength(1);
    const members = await a.app.store.db
      .selectFrom('memberships')
      .innerJoin('people', 'people.id', 'memberships.person_id')
      .select('memberships.network_id')
      .where('people.bot_user_id', '=', ville.id)
      .execute();
    expect(members).toEqual([{ network_id: 'lanu' }]);
    stub.reset();
    await workBoth();
    expect(messagesTo(ville, 'Welcome to')).toHaveLength(1);
  });

  it('seats exactly 50 of 200 presses spread across both, moves the queue up exactly, and tells each promoted person once', async () => {
    const event = await planEvent(a, tiina, bookCoffeeForm({ capacity: '50' }));
    const people = Array.from({ length: 200 }, (_, i) => someone(`two-crowd-${i}`, `Crowd ${i}`, 'en-GB'));
    // Each has Kollega in their own chat, installed through the other instance than the one they press on.
    await Promise.all(people.map((who, i) => (i % 2 ? b : a).install(who)));
    const cards = await Promise.all(people.map((who, i) => (i % 2 ? a : b).pressInChannel(who, LANU_TEAM, 'rsvp', { eventId: event.id, answer: 'going' })));
    const told = new Map(people.map((who, i) => [who.id, cardText(cards[i])]));

    const rowsNow = () =>
      a.app.store.db
        .selectFrom('event_rsvps')
        .innerJoin('people', 'people.id', 'event_rsvps.person_id')
        .select(['people.bot_user_id as who', 'event_rsvps.status', 'event_rsvps.seq'])
        .where('event_rsvps.event_id', '=', event.id)
        .execute();
    expect((await getEvent(a.app.store.db, event.id))!.counts).toEqual({ confirmed: 50, waitlisted: 150, maybe: 0, notGoing: 0 });
    const rows = await rowsNow();
    expect(new Set(rows.map((r) => r.who)).size).toBe(200);
    const queue = rows.filter((r) => r.status === 'waitlisted').sort((x, y) => Number(x.seq) - Number(y.seq));
    // Each instance told each person the place the one database gave them.
    queue.forEach((r, i) => expect(told.get(r.who)).toContain(`You are number ${i + 1} on the waitlist.`));
    for (const r of rows.filter((x) => x.status === 'confirmed')) expect(told.get(r.who)).toContain('You are going.');

    // 30 with seats drop out at once, through both instances: the first 30 of the queue move up, no more.
    await workBoth();
    stub.reset();
    const leaving = rows.filter((r) => r.status === 'confirmed').slice(0, 30);
    await Promise.all(
      leaving.map((r, i) => (i % 2 ? a : b).pressInChannel(people.find((p) => p.id === r.who)!, LANU_TEAM, 'rsvp', { eventId: event.id, answer: 'notGoing' })),
    );
    expect((await getEvent(a.app.store.db, event.id))!.counts).toEqual({ confirmed: 50, waitlisted: 120, maybe: 0, notGoing: 30 });
    const after = await rowsNow();
    const promoted = queue.slice(0, 30).map((r) => r.who);
    expect(after.filter((r) => promoted.includes(r.who)).every((r) => r.status === 'confirmed')).toBe(true);

    await workBoth();
    for (const who of promoted) {
      expect(messagesTo(people.find((p) => p.id === who)!, 'A seat opened for you')).toHaveLength(1);
    }
    const stillQueued = queue.slice(30).map((r) => people.find((p) => p.id === r.who)!);
    expect(stillQueued.flatMap((who) => messagesTo(who, 'A seat opened for you'))).toEqual([]);
  });
});
