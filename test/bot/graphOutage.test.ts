/**
 * Graph and Entra ID are away for seven minutes (first answering 503, then cutting every connection) while
 * coordinators approve newcomers and plan an event. People's actions are answered at once; the Graph work
 * waits in the outbox, retried with backoff, with nothing given up and no failure reported to anyone. Once
 * Graph is back, every newcomer becomes a member once and the event gets one Teams meeting.
 */
import { listJobs } from '../../shared/jobs/outbox';
import { joiningJobs } from '../../shared/services/joining';
import { eventJobs } from '../../shared/services/events';
import { listPendingRequests } from '../../shared/store/repositories/joining';
import { startConnectorStub, type ConnectorStub } from '../fixtures/connectorStub';
import { startGraphEmulator, type GraphEmulator } from '../fixtures/graphEmulator';
import { LANU_TEAM, bookCoffeeForm, eventsClock, eventsSeed, planEvent } from '../support/eventsWorld';
import { JoiningWorld, SEVERI_TEAM, elina, someone, teamsMembers, tiina } from '../support/joiningWorld';
import { cardText } from '../support/kollegaUnderTest';

const KOLLEGA_APP = 'c0ffee00-1234-4abc-9def-0123456789ab';
const graphWork: string[] = [joiningJobs.addTeamsMember, eventJobs.createMeeting];

describe.each(['sqlite', 'postgres'] as const)('a Graph outage of several minutes [%s]', (dialect) => {
  const clock = eventsClock();
  let stub: ConnectorStub;
  let graph: GraphEmulator;
  let world: JoiningWorld;

  beforeAll(async () => {
    stub = await startConnectorStub({ members: teamsMembers });
    graph = await startGraphEmulator({ tenantId: elina.tenantId });
    graph.addTeam({ id: SEVERI_TEAM, displayName: 'SEVERI' });
    graph.addTeam({ id: LANU_TEAM.aadGroupId, displayName: 'Lanu' });
    graph.addTeamsApp(KOLLEGA_APP);
    graph.addUser({ id: tiina.aadObjectId, displayName: tiina.name, mail: 'tiina.rajala@kirjasto.example.org' });
    world = await JoiningWorld.start(dialect, stub, { ...graph.env, TEAMS_APP_ID: KOLLEGA_APP }, { graphTransport: graph.transport, now: clock.now }, eventsSeed());
    await world.install(elina);
    await world.install(tiina);
    await world.installInTeam(tiina, LANU_TEAM);
    await world.work();
  });
  afterAll(async () => {
    await world?.stop();
    await graph?.close();
    await stub?.close();
  });

  /** Time passes in 15-second steps, the outbox working at each as its poller would. */
  const passMinutes = async (minutes: number, until?: () => Promise<boolean>) => {
    for (let s = 0; s < (minutes * 60) / 15; s++) {
      clock.advance(15_000);
      await world.work();
      if (until && (await until())) return;
    }
  };
  const graphJobs = async () => (await listJobs(world.app.store.db)).filter((j) => graphWork.includes(j.kind));

  it('delays the Graph work while it lasts, loses none, gives up none, and does each once when it is back', async () => {
    const newcomers = ['Aino', 'Bertil', 'Cecilia'].map((name, i) => someone(`outage-long-${dialect}-${i}`, `${name} Katkos`, ['fi-FI', 'sv-FI', 'en-GB'][i]));
    for (const who of newcomers) graph.addUser({ id: who.aadObjectId, displayName: who.name });

    graph.setOutage(503);
    for (const who of newcomers) {
      await world.install(who);
      await world.press(who, 'requestJoin', { networkId: 'severi' });
    }
    await world.work();
    for (const request of await listPendingRequests(world.app.store.db, 'severi')) {
      // Approving does not wait for Graph: the card says the adding is under way.
      expect(cardText(await world.press(elina, 'approveJoin', { requestId: request.id }))).toContain('i nätverkets team');
    }
    const event = await planEvent(world, tiina, bookCoffeeForm({ joinUrl: '' }));
    expect(event.meeting).toMatchObject({ state: 'pending' });

    await passMinutes(3);
    graph.setOutage('reset'); // then not even a connection
    await passMinutes(4);

    // Seven minutes on: nothing done in Graph, nothing given up, every job still waiting for its next try.
    expect(graph.outageHits).toBeGreaterThan(10);
    expect(graph.members(SEVERI_TEAM)).toEqual([]);
    expect(graph.events(tiina.aadObjectId)).toEqual([]);
    const waiting = await graphJobs();
    expect(waiting.map((j) => j.kind).sort()).toEqual([...newcomers.map(() => joiningJobs.addTeamsMember), eventJobs.createMeeting].sort());
    for (const job of waiting) {
      expect(job.state).toBe('pending');
      expect(job.attempts).toBeGreaterThan(3);
    }
    expect((await listJobs(world.app.store.db)).filter((j) => j.state === 'failed')).toEqual([]);

    graph.setOutage(false);
    await passMinutes(30, async () => (await graphJobs()).every((j) => j.state === 'done'));
    expect((await graphJobs()).map((j) => j.state)).toEqual(waiting.map(() => 'done'));
    expect(graph.members(SEVERI_TEAM).sort()).toEqual(newcomers.map((who) => who.aadObjectId).sort());
    const meetings = graph.events(tiina.aadObjectId).filter((e) => e.transactionId === event.id);
    expect(meetings).toHaveLength(1);
    expect(JSON.stringify(world.updatedIn(LANU_TEAM.id).at(-1))).toContain(meetings[0].joinUrl); // the channel's card has its link
    expect((await listJobs(world.app.store.db)).filter((j) => j.state === 'failed')).toEqual([]);
    // Nobody heard of a failure; Elina's cards say each newcomer is now in the team.
    const toElina = [...world.cardsTo(elina), ...world.updatesTo(elina)].map(cardText).join('\n');
    expect(toElina).not.toMatch(/kunde inte|misslyckades/);
    for (const who of newcomers) expect(toElina).toContain(`${who.name} är nu medlem i nätverkets team.`);
  });
});
