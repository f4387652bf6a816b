/**
 * The coordinator's API for the tab: members and pending requests of a network, for its coordinators only.
 * Over HTTP nobody is signed in yet (Teams SSO arrives with the tab), so the routes answer 401; the rights
 * are tested on the routes themselves with a caller the sign-in would give.
 */
import { listJoinRequestsRoute, listMembersRoute } from '../../tab/api/networkAdmin';
import type { ApiRequest } from '../../tab/api/types';
import { createLogger } from '../../shared/log/logger';
import { addMembership, createJoinRequest } from '../../shared/store/repositories/joining';
import { upsertPerson } from '../../shared/store/repositories/people';
import { loadSeed } from '../../shared/store/seed/loadSeed';
import { describeEachEngine } from '../support/databases';
import { elina, testSeed } from '../support/joiningWorld';
import { startTestKollega } from '../support/kollegaUnderTest';
import { parseSeed } from '../../shared/store/seed/loadSeed';

const now = new Date('2027-01-12T10:00:00Z');

describeEachEngine('coordinator API routes', (t) => {
  async function setUp() {
    await loadSeed(t.store.db, parseSeed(testSeed()));
    const coordinator = await upsertPerson(t.store.db, { botUserId: elina.id, aadObjectId: elina.aadObjectId, displayName: elina.name, now });
    const member = await upsertPerson(t.store.db, { botUserId: '29:m', displayName: 'Mikko Member', now });
    const asker = await upsertPerson(t.store.db, { botUserId: '29:a', displayName: 'Aino Asker', now });
    await addMembership(t.store.db, { networkId: 'severi', personId: member.id, joinRequestId: null, teamsState: 'manual', now });
    await createJoinRequest(t.store.db, { networkId: 'severi', personId: asker.id, message: 'Hei', library: 'Porvoo', now });
    return { coordinator, member, asker };
  }
  const services = () => ({ store: t.store, log: createLogger('silent'), now: () => now, outbox: { kick() {} }, events: { meetingAutomation: false, reminderMinutes: [] }, teamsAutomation: false, signIn: {} });
  const request = (caller: ApiRequest['caller'], id = 'severi', lang: ApiRequest['lang'] = 'en'): ApiRequest => ({
    params: { id },
    query: {},
    body: undefined,
    lang,
    caller,
  });

  it('gives a coordinator the members and the pending requests of their network', async () => {
    const { coordinator } = await setUp();
    const members = await listMembersRoute.handle(request(coordinator), services());
    expect(members).toMatchObject({ status: 200, body: { members: [{ name: 'Mikko Member', teamsState: 'manual' }] } });
    const requests = await listJoinRequestsRoute.handle(request(coordinator), services());
    expect(requests).toMatchObject({ status: 200, body: { requests: [{ name: 'Aino Asker', library: 'Porvoo', message: 'Hei' }] } });
  });

  it('refuses anyone else, a network they do not coordinate, and nobody signed in', async () => {
    const { coordinator, asker } = await setUp();
    expect(await listMembersRoute.handle(request(asker, 'severi', 'fi'), services())).toEqual({
      status: 403,
      body: { error: { code: 'Forbidden', message: 'Vain verkoston koordinaattorit näkevät sen pyynnöt ja jäsenet.' } },
    });
    expect((await listJoinRequestsRoute.handle(request(coordinator, 'lanu'), services())).status).toBe(403);
    expect((await listMembersRoute.handle(request(undefined), services())).status).toBe(401);
    expect((await listMembersRoute.handle(request(coordinator, 'nope'), services())).status).toBe(404);
    expect((await listMembersRoute.handle(request(coordinator, '../x'), services())).status).toBe(400);
  });
});

describe('coordinator API over HTTP', () => {
  it('answers 401 in the reader language while nobody can sign in', async () => {
    const app = await startTestKollega('sqlite');
    try {
      const res = await fetch(`${app.url}/api/networks/severi/members`, { headers: { 'accept-language': 'sv' } });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: { code: 'Unauthorized', message: 'Logga in med ditt Teams-konto för att se det här.' } });
    } finally {
      await app.stop();
    }
  });
});
