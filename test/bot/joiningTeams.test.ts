/**
 * Approval with Graph credentials: Kollega makes the person a member of the network's team through the real
 * Graph client and msal-node, against the local HTTPS Graph emulator. A person from another tenant is invited
 * as a guest first; an unknown user reaches the coordinator as a clear message; throttling and outages delay
 * the work but lose none, also across a restart; nothing is done twice. Every request Graph saw must exist in
 * the official v1.0 metadata.
 */
import { listJobs } from '../../shared/jobs/outbox';
import { addMembership, getMembership, listMembers, listPendingRequests } from '../../shared/store/repositories/joining';
import { getPersonByBotUserId, upsertPerson } from '../../shared/store/repositories/people';
import { startConnectorStub, type ConnectorStub } from '../fixtures/connectorStub';
import { startGraphEmulator, type GraphEmulator } from '../fixtures/graphEmulator';
import { metadataProblems } from '../support/graphMetadata';
import { JoiningWorld, OTHER_TENANT, SEVERI_TEAM, elina, someone, tiina } from '../support/joiningWorld';
import { cardText } from '../support/kollegaUnderTest';

const KOLLEGA_APP = 'c0ffee00-1234-4abc-9def-0123456789ab';

describe.each(['sqlite', 'postgres'] as const)('Teams membership through Graph [%s]', (dialect) => {
  let stub: ConnectorStub;
  let graph: GraphEmulator;
  let world: JoiningWorld;
  let seq = 0;

  const start = () =>
    JoiningWorld.start(
      dialect,
      stub,
      { ...graph.env, TEAMS_APP_ID: KOLLEGA_APP },
      { graphTransport: graph.transport },
    );

  beforeAll(async () => {
    stub = await startConnectorStub();
    graph = await startGraphEmulator({ tenantId: elina.tenantId });
    graph.addTeam({ id: SEVERI_TEAM, displayName: 'SEVERI' });
    graph.addTeamsApp(KOLLEGA_APP);
    graph.addUser({ id: tiina.aadObjectId, displayName: tiina.name });
    world = await start();
    await world.install(elina);
  });
  afterAll(async () => {
    await world?.stop();
    await graph?.close();
    await stub?.close();
    // Every call Kollega made is one Graph v1.0 really has, with real property names.
    expect(graph.failures).toEqual([]);
    expect(metadataProblems(graph.requests)).toEqual([]);
  });

  async function approvedRequest(who: ReturnType<typeof someone>) {
    await world.install(who);
    await world.press(who, 'requestJoin', { networkId: 'severi' });
    await world.work(); // Elina gets her approval card
    const [request] = (await listPendingRequests(world.app.store.db, 'severi')).filter((r) => r.personName === who.name);
    stub.reset();
    const decided = await world.press(elina, 'approveJoin', { requestId: request.id });
    return { request, decided };
  }

  it('adds a colleague of the host tenant to the team after the answer, and says so on the card', async () => {
    const aino = someone(`graph-${dialect}-${++seq}`, 'Aino Graph', 'fi-FI');
    graph.addUser({ id: aino.aadObjectId, displayName: aino.name });
    const { decided } = await approvedRequest(aino);
    // The answer came before any Graph work: the card says the adding is under way.
    expect(cardText(decided)).toContain('Kollega lägger till Aino Graph i nätverkets team.');
    expect(graph.members(SEVERI_TEAM)).not.toContain(aino.aadObjectId);

    await world.work();
    expect(graph.members(SEVERI_TEAM)).toContain(aino.aadObjectId);
    const person = await getPersonByBotUserId(world.app.store.db, aino.id);
    expect(await getMembership(world.app.store.db, 'severi', person!.id)).toMatchObject({ teamsState: 'done' });
    expect(world.updatesTo(elina).map(cardText).join('\n')).toContain('Aino Graph är nu medlem i nätverkets team.');
    const outcome = world.cardsTo(aino).map(cardText).join('\n');
    expect(outcome).toContain('Tervetuloa verkostoon SEVERI! Elina Karioja hyväksyi pyyntösi.');
  });

  it('invites a librarian of another municipality as a guest first, then adds them', async () => {
    const guest = someone(`guest-${dialect}-${++seq}`, 'Greta Gäst', 'sv-FI', OTHER_TENANT);
    // Their e-mail comes from Teams' member info (the connector stub knows them).
    const before = graph.invitations.length;
    await world.install(guest);
    const person = await getPersonByBotUserId(world.app.store.db, guest.id);
    await world.app.store.db.updateTable('people').set({ email: `${guest.id.slice(3)}@bibliotek.example.org` }).where('id', '=', person!.id).execute();
    await approvedRequest(guest);
    await world.work();
    expect(graph.invitations.slice(before)).toEqual([expect.objectContaining({ email: `${guest.id.slice(3)}@bibliotek.example.org`, sendInvitationMessage: true })]);
    const invited = graph.invitations[graph.invitations.length - 1].userId;
    expect(graph.members(SEVERI_TEAM)).toContain(invited);
  });

  it('invites a guest once, even when the add is retried after an outage and when they leave', async () => {
    const guest = someone(`guest-once-${dialect}-${++seq}`, 'Gösta Gäst', 'sv-FI', OTHER_TENANT);
    await world.install(guest);
    const person = await getPersonByBotUserId(world.app.store.db, guest.id);
    const email = `${guest.id.slice(3)}@bibliotek.example.org`;
    await world.app.store.db.updateTable('people').set({ email }).where('id', '=', person!.id).execute();
    graph.failNext({ method: 'POST', path: `/v1.0/teams/${SEVERI_TEAM}/members` }, { status: 503 });
    await approvedRequest(guest);
    await world.work();
    await world.app.store.db.updateTable('outbox').set({ next_attempt_at: new Date(0).toISOString() }).where('kind', '=', 'teams.addMember').where('state', '=', 'pending').execute();
    await world.work();
    const guestId = graph.invitations.find((i) => i.email === email)?.userId;
    expect(graph.members(SEVERI_TEAM)).toContain(guestId);

    await world.press(guest, 'leaveNetwork', { networkId: 'severi' });
    await world.work();
    expect(graph.members(SEVERI_TEAM)).not.toContain(guestId);
    expect(graph.invitations.filter((i) => i.email === email)).toHaveLength(1);
  });

  it('treats someone already in the team as done, not as an error', async () => {
    const aino = someone(`already-${dialect}-${++seq}`, 'Aino Already', 'fi-FI');
    graph.addUser({ id: aino.aadObjectId, displayName: aino.name });
    graph.seedMember(SEVERI_TEAM, aino.aadObjectId);
    await approvedRequest(aino);
    await world.work();
    const person = await getPersonByBotUserId(world.app.store.db, aino.id);
    expect(await getMembership(world.app.store.db, 'severi', person!.id)).toMatchObject({ teamsState: 'done' });
  });

  it('tells the coordinator plainly when Microsoft 365 does not know the person', async () => {
    const ghost = someone(`ghost-${dialect}-${++seq}`, 'Gus Ghost', 'en-US');
    await approvedRequest(ghost); // never added to the emulated directory: Graph answers 404
    await world.work();
    const person = await getPersonByBotUserId(world.app.store.db, ghost.id);
    expect(await getMembership(world.app.store.db, 'severi', person!.id)).toMatchObject({ teamsState: 'failed', teamsDetail: 'user-not-found' });
    expect(world.updatesTo(elina).map(cardText).join('\n')).toContain(
      'Kollega kunde inte lägga till Gus Ghost i teamet: Microsoft 365 känner inte till personen. Lägg till personen för hand.',
    );
  });

  it('waits out throttling and an outage, across a restart, and adds the member exactly once', async () => {
    const aino = someone(`outage-${dialect}-${++seq}`, 'Aino Outage', 'fi-FI');
    graph.addUser({ id: aino.aadObjectId, displayName: aino.name });
    graph.failNext({ method: 'POST', path: `/v1.0/teams/${SEVERI_TEAM}/members` }, { status: 429, retryAfter: 120 });
    await approvedRequest(aino);
    await world.work();
    expect(graph.members(SEVERI_TEAM)).not.toContain(aino.aadObjectId);
    const [job] = (await listJobs(world.app.store.db)).filter((j) => j.kind === 'teams.addMember' && j.state === 'pending');
    expect(job.attempts).toBe(1);
    expect(new Date(job.nextAttemptAt).getTime() - Date.now()).toBeGreaterThan(100_000);

    // A restart while the job waits: the new instance finds it in the database.
    graph.failNext({ method: 'POST', path: `/v1.0/teams/${SEVERI_TEAM}/members` }, { status: 503 });
    await world.restart();
    await world.app.store.db.updateTable('outbox').set({ next_attempt_at: new Date(0).toISOString() }).where('id', '=', job.id).execute();
    await world.work(); // 503: retried later again
    await world.app.store.db.updateTable('outbox').set({ next_attempt_at: new Date(0).toISOString() }).where('id', '=', job.id).execute();
    await world.work();
    expect(graph.members(SEVERI_TEAM).filter((id) => id === aino.aadObjectId)).toHaveLength(1);
    const adds = graph.requests.filter((r) => r.method === 'POST' && r.path === `/v1.0/teams/${SEVERI_TEAM}/members` && JSON.stringify(r.body).includes(aino.aadObjectId));
    expect(adds.length).toBeGreaterThanOrEqual(2);
    expect((await listJobs(world.app.store.db)).find((j) => j.id === job.id)).toMatchObject({ state: 'done' });
  });

  it('adds members recorded by hand, once Graph is configured, in bulk of 200 a request', async () => {
    const db = () => world.app.store.db;
    const people = [];
    for (let i = 0; i < 450; i++) {
      const who = someone(`bulk-${dialect}-${i}`, `Bulk ${i}`, 'fi-FI');
      graph.addUser({ id: who.aadObjectId, displayName: who.name });
      const person = await upsertPerson(db(), { botUserId: who.id, aadObjectId: who.aadObjectId, tenantId: who.tenantId, displayName: who.name, now: new Date() });
      await addMembership(db(), { networkId: 'severi', personId: person.id, joinRequestId: null, teamsState: 'manual', now: new Date() });
      people.push(who);
    }
    const before = graph.requests.length;
    await world.restart(); // the start finds the hand-recorded members
    await world.work();
    const bulk = graph.requests.slice(before).filter((r) => r.method === 'POST' && r.path === `/v1.0/teams/${SEVERI_TEAM}/members/add`);
    expect(bulk.map((r) => (r.body as { values: unknown[] }).values.length)).toEqual([200, 200, 50]);
    expect(people.every((p) => graph.members(SEVERI_TEAM).includes(p.aadObjectId))).toBe(true);
    expect((await listMembers(db(), 'severi')).filter((m) => m.teamsState === 'manual')).toEqual([]);
  });

  it('installs Kollega for a coordinator who never opened it, so the approval card can reach them', async () => {
    const aino = someone(`lanu-${dialect}-${++seq}`, 'Aino Lanu', 'fi-FI');
    await world.install(aino);
    await world.press(aino, 'requestJoin', { networkId: 'lanu' });
    stub.reset();
    await world.work();
    expect(graph.installedApps(tiina.aadObjectId)).toEqual([KOLLEGA_APP]);
    // Someone could be reached, so the requester is not told to contact the coordinators instead.
    expect(world.cardsTo(aino)).toEqual([]);
  });

  it('tells the requester whom to contact when Kollega cannot be installed for the coordinator', async () => {
    const aino = someone(`noinstall-${dialect}-${++seq}`, 'Aino NoInstall', 'fi-FI');
    await world.install(aino);
    graph.failNext({ method: 'POST', path: `/v1.0/users/${tiina.aadObjectId}/teamwork/installedApps` }, { status: 403 });
    await world.press(aino, 'requestJoin', { networkId: 'lanu' });
    stub.reset();
    await world.work();
    expect(world.cardsTo(aino).map(cardText).join('\n')).toContain('eivät ole vielä avanneet Kollegaa Teamsissa');
  });

  it('removes a member who leaves from the team', async () => {
    const aino = someone(`leaver-${dialect}-${++seq}`, 'Aino Leaver', 'fi-FI');
    graph.addUser({ id: aino.aadObjectId, displayName: aino.name });
    await approvedRequest(aino);
    await world.work();
    expect(graph.members(SEVERI_TEAM)).toContain(aino.aadObjectId);
    await world.press(aino, 'leaveNetwork', { networkId: 'severi' });
    await world.work();
    expect(graph.members(SEVERI_TEAM)).not.toContain(aino.aadObjectId);
  });
});
