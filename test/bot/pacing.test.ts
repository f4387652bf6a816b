/**
 * Teams' rate limits: a coordinator who receives many join requests at once gets a burst of approval cards,
 * then one every two seconds, as Teams allows a bot in one conversation. No card is lost, none is sent twice,
 * and waiting does not use up a job's attempts. Other people's messages do not wait behind the coordinator's.
 */
import { perConversationLimit } from '../../bot/proactive';
import { listJobs } from '../../shared/jobs/outbox';
import { TestClock } from '../jobs/jobTestKit';
import { startConnectorStub, type ConnectorStub } from '../fixtures/connectorStub';
import { JoiningWorld, elina, pekka, someone, teamsMembers, tiina } from '../support/joiningWorld';
import { cardText } from '../support/kollegaUnderTest';
import { listPendingRequests } from '../../shared/store/repositories/joining';

describe.each(['sqlite', 'postgres'] as const)("approval cards at Teams' pace [%s]", (dialect) => {
  let stub: ConnectorStub;
  let world: JoiningWorld;
  const clock = new TestClock();

  beforeAll(async () => {
    stub = await startConnectorStub({ members: teamsMembers });
    world = await JoiningWorld.start(dialect, stub, {}, { now: clock.now, conversationRateLimit: perConversationLimit });
    await world.install(elina);
  });
  afterAll(async () => {
    await world?.stop();
    await stub?.close();
  });

  it('sends a burst, then one card every two seconds, each once, and answers requesters meanwhile', async () => {
    const librarians = Array.from({ length: 8 }, (_, i) => someone(`paced-${dialect}-${i}`, `Paced Librarian ${i}`, 'fi-FI'));
    for (const who of librarians) {
      await world.install(who);
      await world.press(who, 'requestJoin', { networkId: 'severi' });
    }
    stub.reset();

    await world.work();
    expect(world.cardsTo(elina)).toHaveLength(5);
    expect((await listJobs(world.app.store.db, { state: 'pending' })).every((j) => j.attempts === 0)).toBe(true);

    // Elina decides on a card she has; the requester's answer goes to another conversation and does not queue.
    // Which five came first is the database's choice (their jobs share one moment), so the card is looked up.
    const shown = world.cardsTo(elina).map(cardText);
    const first = (await listPendingRequests(world.app.store.db, 'severi')).find((r) => shown.some((text) => text.includes(r.personName ?? '\u0000')))!;
    await world.press(elina, 'approveJoin', { requestId: first.id });
    await world.work();
    const requester = librarians.find((l) => l.name === first.personName)!;
    expect(cardText(world.cardsTo(requester)[0])).toContain('Tervetuloa verkostoon SEVERI!');

    for (let second = 2; second <= 8; second += 2) {
      clock.advance(2000);
      await world.work();
    }
    const cards = world.cardsTo(elina);
    expect(cards).toHaveLength(8);
    const asked = cards.map((card) => librarians.findIndex((l) => cardText(card).includes(l.name))).sort((a, b) => a - b);
    expect(asked).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(await listJobs(world.app.store.db, { state: 'failed' })).toEqual([]);
  });

  it("brings each coordinator's copy up to date once, when one chat is free and the other busy", async () => {
    await world.install(tiina);
    const librarians = Array.from({ length: 7 }, (_, i) => someone(`lanu-${dialect}-${i}`, `Lanu Librarian ${i}`, 'sv-FI'));
    for (const who of librarians) {
      await world.install(who);
      await world.press(who, 'requestJoin', { networkId: 'lanu' });
    }
    await world.work();
    clock.advance(4000);
    await world.work(); // Tiina has all seven cards
    // Pekka opens Kollega only now: his seven cards fill his chat's burst, two wait for their slots.
    await world.install(pekka);
    await world.work();
    const pekkasCards = world.cardsTo(pekka).filter((card) => card.refresh); // besides his welcome
    expect(pekkasCards).toHaveLength(5);

    // A request both coordinators have a card for.
    const decidedId = pekkasCards[0].refresh.action.data.requestId;
    const first = (await listPendingRequests(world.app.store.db, 'lanu')).find((r) => r.id === decidedId)!;
    stub.reset();
    await world.press(tiina, 'approveJoin', { requestId: first.id });
    await world.work(); // Tiina's copy at once; Pekka's must wait behind his two cards
    for (let i = 0; i < 4; i += 1) {
      clock.advance(2000);
      await world.work();
    }
    for (const coordinator of [tiina, pekka]) {
      expect(world.updatesTo(coordinator).filter((card) => cardText(card).includes(first.personName!))).toHaveLength(1);
    }
    expect(world.cardsTo(pekka)).toHaveLength(2);
    const jobs = await listJobs(world.app.store.db, { limit: 1000 });
    expect(jobs.filter((j) => j.state !== 'done')).toEqual([]);
    const update = jobs.filter((j) => j.kind === 'joinRequest.updateCards' && (j.payload as { requestId: string }).requestId === first.id);
    expect(update.map((j) => j.attempts)).toEqual([1]); // deferred meanwhile, without using up an attempt
  });

});
