/**
 * 200 people press Going on an event with 50 seats at the same moment, over HTTP: exactly 50 get a seat, 150
 * queue, nobody is lost or counted twice, and the queue keeps the order the answers came in. The presses come
 * in four waves of 50 at once; everyone of a wave must be ahead of everyone of the next one, and each person's
 * own card must show the place the database gave them.
 */
import { getEvent } from '../../shared/store/repositories/events';
import { startConnectorStub, type ConnectorStub } from '../fixtures/connectorStub';
import { LANU_TEAM, bookCoffeeForm, eventsClock, eventsSeed, planEvent } from '../support/eventsWorld';
import { JoiningWorld, someone, tiina } from '../support/joiningWorld';
import { cardText } from '../support/kollegaUnderTest';

describe.each(['sqlite', 'postgres'] as const)('200 concurrent answers to 50 seats [%s]', (dialect) => {
  let stub: ConnectorStub;
  let world: JoiningWorld;
  const clock = eventsClock();

  beforeAll(async () => {
    stub = await startConnectorStub();
    world = await JoiningWorld.start(dialect, stub, {}, { now: clock.now }, eventsSeed());
    await world.install(tiina);
    await world.installInTeam(tiina, LANU_TEAM);
  });
  afterAll(async () => {
    await world?.stop();
    await stub?.close();
  });

  it('seats exactly 50, queues 150 first come first served, and loses nothing', async () => {
    const event = await planEvent(world, tiina, bookCoffeeForm({ capacity: '50' }));
    const people = Array.from({ length: 200 }, (_, i) => someone(`crowd-${dialect}-${i}`, `Crowd ${i}`, 'en-GB'));
    const waves = [0, 1, 2, 3].map((w) => people.slice(w * 50, w * 50 + 50));
    const answers = new Map<string, string>();
    for (const wave of waves) {
      const cards = await Promise.all(wave.map((who) => world.pressInChannel(who, LANU_TEAM, 'rsvp', { eventId: event.id, answer: 'going' })));
      wave.forEach((who, i) => answers.set(who.id, cardText(cards[i])));
    }

    expect((await getEvent(world.app.store.db, event.id))!.counts).toEqual({ confirmed: 50, waitlisted: 150, maybe: 0, notGoing: 0 });
    const rows = await world.app.store.db
      .selectFrom('event_rsvps')
      .innerJoin('people', 'people.id', 'event_rsvps.person_id')
      .select(['people.bot_user_id as who', 'event_rsvps.status', 'event_rsvps.seq'])
      .where('event_rsvps.event_id', '=', event.id)
      .execute();
    expect(rows).toHaveLength(200);
    expect(new Set(rows.map((r) => r.who)).size).toBe(200);

    // The queue is ordered by the sequence number the answer got under the event's lock.
    const queue = rows.filter((r) => r.status === 'waitlisted').sort((a, b) => Number(a.seq) - Number(b.seq));
    expect(queue).toHaveLength(150);
    const waveOf = (who: string) => waves.findIndex((w) => w.some((p) => p.id === who));
    const waveOrder = queue.map((r) => waveOf(r.who));
    expect(waveOrder).toEqual([...waveOrder].sort((a, b) => a - b));
    // The whole first wave got seats: it came before anyone who queued.
    expect(rows.filter((r) => r.status === 'confirmed').every((r) => waveOf(r.who) === 0)).toBe(true);

    // What each person was told is their place in that queue.
    queue.forEach((r, i) => expect(answers.get(r.who)).toContain(`You are number ${i + 1} on the waitlist.`));
    for (const r of rows.filter((x) => x.status === 'confirmed')) expect(answers.get(r.who)).toContain('You are going.');
  });
});
