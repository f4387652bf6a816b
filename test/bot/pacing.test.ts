/**
 * Teams' rate limits: a coordinator who receives many join requests at once gets a burst of approval cards,
 * then one every two seconds, as Teams allows a bot in one conversation. No card is lost, none is sent twice,
 * and waiting does not use up a job's attempts. Other people's messages do not wait behind the coordinator's.
 */
import { perConversationLimit } from '../../bot/proactive';
import { listJobs } from '../../shared/jobs/outbox';
import { TestClock } from '../jobs/jobTestKit';
import { startConnectorStub, type ConnectorStub } from '../fixtures/connectorStub';
import { JoiningWorld, elina, someone, teamsMembers } from '../support/joiningWorld';
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
    const [first] = await listPendingRequests(world.app.store.db, 'severi');
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
});
