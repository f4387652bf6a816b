/**
 * The on-behalf-of flow end to end: a coordinator plans, changes and cancels an event in the tab with their Teams
 * SSO token; Kollega exchanges it with msal-node at the emulated Entra ID, keeps the grant sealed in the database,
 * and the outbox makes, moves and cancels the Teams meeting as that coordinator (/me), also after a restart and
 * after the access token expired. Without a grant, or when it was withdrawn, the application's permission does it.
 */
import { readGraphGrant } from '../../shared/store/repositories/graphGrants';
import { getEvent } from '../../shared/store/repositories/events';
import type { EntraStandIn } from '../fixtures/entraTokens';
import type { GraphEmulator, RecordedRequest } from '../fixtures/graphEmulator';
import { LANU_TEAM, eventsSeed } from '../support/eventsWorld';
import { TENANT, teamsMembers, tiina, type JoiningWorld } from '../support/joiningWorld';
import { startSignedInWorld, type SignedInWorld } from '../support/signedInWorld';

const member = { oid: '7e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a6b', tid: TENANT, name: 'Aino Kirjastolainen' };

describe.each(['sqlite', 'postgres'] as const)('meetings made as the coordinator who planned in the tab [%s]', (dialect) => {
  let up: SignedInWorld;
  let entra: EntraStandIn;
  let graph: GraphEmulator;
  let world: JoiningWorld;

  beforeAll(async () => {
    up = await startSignedInWorld(dialect, eventsSeed(), {
      members: teamsMembers,
      users: [
        { id: tiina.aadObjectId, displayName: tiina.name, mail: 'tiina.rajala@kirjasto.example.org' },
        { id: member.oid, displayName: member.name, mail: 'aino@kirjasto.example.org' },
      ],
    });
    ({ entra, graph, world } = up);
    graph.addTeam({ id: LANU_TEAM.aadGroupId, displayName: 'Lanu' });
    await world.install(tiina);
    await world.installInTeam(tiina, LANU_TEAM);
    await world.work();
  });
  afterAll(() => up?.stop());

  const coordinatorToken = () => entra.sign({ oid: tiina.aadObjectId, tid: TENANT, name: tiina.name });
  const call = async (method: string, route: string, token: string, body?: unknown) => {
    const res = await fetch(`${world.app.url}${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'accept-language': 'fi', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as { event: { id: string } } };
  };
  const day = (daysAhead: number) => new Date(Date.now() + daysAhead * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });
  const plan = (title: string) => ({
    kind: 'bookCoffee', titleFi: title, titleSv: `${title} (sv)`, descriptionFi: 'Vinkataan kirjoja.', descriptionSv: 'Vi tipsar om böcker.',
    startDate: day(20), startTime: '10:00', endTime: '11:00', capacity: '20',
  });
  const since = (start: number) => graph.requests.slice(start);
  const calendarCalls = (requests: RecordedRequest[]) => requests.filter((r) => /\/events(\/|$)/.test(r.path)).map((r) => ({ method: r.method, path: r.path.replace(/\/events\/[^/]+/, '/events/{id}'), actor: r.actor }));

  it('makes, moves and cancels the meeting in her own calendar as her, through /me', async () => {
    const start = graph.requests.length;
    const created = await call('POST', '/api/networks/lanu/events', await coordinatorToken(), plan('Kirjakahvit itse tehtynä'));
    expect(created.status).toBe(201);
    const sealed = await readGraphGrant(world.app.store.db, tiina.aadObjectId);
    expect(sealed).toMatch(/^v1\./);
    await world.work();

    const [meeting] = graph.events(tiina.aadObjectId).filter((e) => e.transactionId === created.body.event.id);
    expect(meeting).toMatchObject({ subject: 'Kirjakahvit itse tehtynä | Kirjakahvit itse tehtynä (sv)', cancelled: false });
    expect((await getEvent(world.app.store.db, created.body.event.id))!.meeting).toMatchObject({ state: 'created', joinUrl: meeting.joinUrl });

    const changed = await call('PUT', `/api/events/${created.body.event.id}`, await coordinatorToken(), { ...plan('Kirjakahvit siirretty'), kind: undefined, startTime: '12:00', endTime: '13:00' });
    expect(changed.status).toBe(200);
    await world.work();
    expect(graph.event(meeting.id)).toMatchObject({ subject: 'Kirjakahvit siirretty | Kirjakahvit siirretty (sv)' });

    const cancelled = await call('POST', `/api/events/${created.body.event.id}/cancel`, await coordinatorToken(), { reason: 'Sairastuin.' });
    expect(cancelled.status).toBe(200);
    await world.work();
    expect(graph.event(meeting.id)).toMatchObject({ cancelled: true, cancelComment: expect.stringContaining('Sairastuin.') });

    expect(calendarCalls(since(start))).toEqual([
      { method: 'POST', path: '/v1.0/me/events', actor: tiina.aadObjectId },
      { method: 'PATCH', path: '/v1.0/me/events/{id}', actor: tiina.aadObjectId },
      { method: 'POST', path: '/v1.0/me/events/{id}/cancel', actor: tiina.aadObjectId },
    ]);
  });

  it('still acts as her after a restart, renewing an expired token without her', async () => {
    graph.setDelegatedTokenLifetime(60); // within msal's renewal margin: every later use must renew
    try {
      const created = await call('POST', '/api/networks/lanu/events', await coordinatorToken(), plan('Kirjakahvit uudelleenkäynnistyksen jälkeen'));
      expect(created.status).toBe(201);
      await world.restart(); // a new instance: its own msal clients, only the database in common
      const exchanges = graph.tokenCounts.onBehalfOf;
      const refreshes = graph.tokenCounts.refresh;
      const start = graph.requests.length;
      await world.work();
      expect(calendarCalls(since(start))).toEqual([{ method: 'POST', path: '/v1.0/me/events', actor: tiina.aadObjectId }]);
      expect(graph.tokenCounts.refresh).toBeGreaterThan(refreshes);
      expect(graph.tokenCounts.onBehalfOf).toBe(exchanges);
    } finally {
      graph.setDelegatedTokenLifetime(3599);
    }
  });

  it('falls back to the application permission when she withdrew her consent', async () => {
    graph.revokeDelegated(tiina.aadObjectId);
    graph.setDelegatedTokenLifetime(60);
    try {
      const start = graph.requests.length;
      const created = await call('POST', '/api/networks/lanu/events', await coordinatorToken(), plan('Kirjakahvit ilman lupaa'));
      expect(created.status).toBe(201); // the refused exchange costs her nothing
      await world.work();
      expect(calendarCalls(since(start))).toEqual([{ method: 'POST', path: `/v1.0/users/${tiina.aadObjectId}/events`, actor: 'app' }]);
      expect(await readGraphGrant(world.app.store.db, tiina.aadObjectId)).toBeUndefined();
      expect(graph.events(tiina.aadObjectId).some((e) => e.transactionId === created.body.event.id)).toBe(true);
    } finally {
      graph.setDelegatedTokenLifetime(3599);
    }
  });

  it('exchanges nobody\'s token before the rights are checked: a member planning is refused and nothing is kept', async () => {
    const exchanges = graph.tokenCounts.onBehalfOf;
    const refused = await call('POST', '/api/networks/lanu/events', await entra.sign(member), plan('Ei minun tapahtumani'));
    expect(refused.status).toBe(403);
    expect(graph.tokenCounts.onBehalfOf).toBe(exchanges);
    expect(await readGraphGrant(world.app.store.db, member.oid)).toBeUndefined();
  });
});
