/**
 * The tab's sign-in over HTTP: Kollega checks Teams SSO tokens itself against Entra ID's keys (a local stand-in
 * here), and every route checks the caller's rights on the server. Valid tokens get in; expired, for another
 * audience, from another issuer or tenant, unsigned or signed by a stranger do not. Then the joining flow as the
 * tab runs it, CSV exports, the person the tab and the bot share, and the developer sign-in (off unless asked).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { personalMessage } from '../fixtures/activities';
import { startConnectorStub, type ConnectorStub } from '../fixtures/connectorStub';
import { startEntraStandIn, TAB_APP_ID_URI, type EntraStandIn } from '../fixtures/entraTokens';
import { elina, testSeed, TENANT } from '../support/joiningWorld';
import { startTestKollega, type KollegaUnderTest } from '../support/kollegaUnderTest';

const OTHER_TENANT = '9a8b7c6d-1111-4222-8333-444455556666';
const librarian = { oid: '7e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a6b', tid: TENANT, name: 'Aino Kirjastolainen', preferred_username: 'aino@kirjasto.example.org' };
const coordinator = { oid: elina.aadObjectId, tid: TENANT, name: 'Elina Karioja' };
const admin = { oid: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a', tid: TENANT, name: 'Anna Admin' };

describe.each(['sqlite', 'postgres'] as const)('the tab sign-in [%s]', (dialect) => {
  let entra: EntraStandIn;
  let stub: ConnectorStub;
  let app: KollegaUnderTest;
  let dir: string;

  beforeAll(async () => {
    entra = await startEntraStandIn();
    stub = await startConnectorStub();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kollega-tab-sign-in-'));
    fs.writeFileSync(path.join(dir, 'seed.json'), JSON.stringify({ ...testSeed(), admins: [{ displayName: 'Anna Admin', aadObjectId: admin.oid }] }));
    app = await startTestKollega(dialect, {
      TAB_APP_ID_URI,
      TAB_ALLOWED_TENANTS: TENANT,
      ENTRA_AUTHORITY_HOST: entra.authorityHost,
      SEED_FILE: path.join(dir, 'seed.json'),
    });
  });
  afterAll(async () => {
    await app?.stop();
    await stub?.close();
    await entra?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const call = async (method: string, route: string, o: { token?: string; body?: unknown; lang?: string } = {}) => {
    const res = await fetch(`${app.url}${route}`, {
      method,
      headers: {
        'accept-language': o.lang ?? 'en',
        ...(o.token ? { authorization: `Bearer ${o.token}` } : {}),
        ...(o.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: o.body === undefined ? undefined : JSON.stringify(o.body),
    });
    // As bytes: res.text() would drop the CSV's byte-order mark.
    const text = Buffer.from(await res.arrayBuffer()).toString('utf8');
    return { status: res.status, headers: res.headers, text, body: res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined };
  };

  it('lets in a valid Teams token, and only that', async () => {
    const valid = await call('GET', '/api/me', { token: await entra.sign(librarian) });
    expect(valid.status).toBe(200);
    expect(valid.body).toMatchObject({ person: { displayName: 'Aino Kirjastolainen' }, coordinates: [], admin: false });

    const refused = {
      'no token': undefined,
      garbage: 'not.a.token',
      expired: await entra.sign({ ...librarian, expiresIn: -600 }),
      'another audience': await entra.sign({ ...librarian, aud: 'api://someone-else.example.org/app' }),
      'another issuer': await entra.sign({ ...librarian, iss: 'https://login.example.net/attacker/v2.0' }),
      "another tenant's issuer": await entra.sign({ ...librarian, iss: `${entra.authorityHost}/${OTHER_TENANT}/v2.0` }),
      'a tenant not allowed': await entra.sign({ ...librarian, tid: OTHER_TENANT }),
      'unsigned (alg none)': entra.unsigned(librarian),
      "a stranger's key": await entra.sign(librarian, { strangerKey: true }),
    };
    for (const [what, token] of Object.entries(refused)) {
      const res = await call('GET', '/api/me', { token, lang: 'fi' });
      expect({ what, status: res.status }).toEqual({ what, status: 401 });
      expect(res.body.error.message).toMatch(/Teams/);
    }
  });

  it('refuses a member at every coordinator route, and lets the coordinator in', async () => {
    const member = await entra.sign(librarian);
    const asked = await call('POST', '/api/networks/severi/join', { token: member, body: { library: 'Porvoon kaupunginkirjasto' } });
    const requestId = asked.body.requestId;
    for (const [method, route, body] of [
      ['GET', '/api/networks/severi/requests'],
      ['GET', '/api/networks/severi/members'],
      ['GET', '/api/networks/severi/members.csv'],
      ['POST', `/api/join-requests/${requestId}/decision`, { decision: 'approve' }],
    ] as const) {
      const res = await call(method, route, { token: member, body, lang: 'sv' });
      expect({ route, status: res.status }).toEqual({ route, status: 403 });
    }
    const requests = await call('GET', '/api/networks/severi/requests', { token: await entra.sign(coordinator) });
    expect(requests.status).toBe(200);
    expect(requests.body.requests).toContainEqual(expect.objectContaining({ id: requestId, library: 'Porvoon kaupunginkirjasto', email: 'aino@kirjasto.example.org' }));
  });

  it("lets an admin of the seed act as every network's coordinator", async () => {
    const token = await entra.sign(admin);
    expect((await call('GET', '/api/me', { token })).body).toMatchObject({ admin: true, coordinates: ['lanu', 'severi'] });
    expect((await call('GET', '/api/networks/lanu/requests', { token })).status).toBe(200);
    expect((await call('GET', '/api/me', { token: await entra.sign(coordinator) })).body).toMatchObject({ admin: false, coordinates: ['severi'] });
  });

  it('runs joining from the tab: ask, once only, decide, see the standing, export, leave', async () => {
    const newcomer = { ...librarian, oid: '2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901', name: 'Bo Bibliotekarie', preferred_username: 'bo@kirjasto.example.org' };
    const member = await entra.sign(newcomer);
    const boss = await entra.sign(coordinator);

    const first = await call('POST', '/api/networks/severi/join', { token: member, body: { message: 'Jag jobbar med seniorer.' }, lang: 'sv' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ standing: 'pending', message: expect.stringContaining('SEVERI') });
    const again = await call('POST', '/api/networks/severi/join', { token: member, body: {}, lang: 'sv' });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ standing: 'pending', requestId: first.body.requestId, message: expect.stringMatching(/redan/) });
    const bad = await call('POST', '/api/networks/severi/join', { token: member, body: { message: 'x'.repeat(1001), admin: true }, lang: 'fi' });
    expect(bad.status).toBe(400);

    const mine = await call('GET', '/api/my/networks', { token: member });
    expect(mine.body.networks).toContainEqual(expect.objectContaining({ id: 'severi', standing: 'pending', requestId: first.body.requestId, coordinates: false }));

    const decided = await call('POST', `/api/join-requests/${first.body.requestId}/decision`, { token: boss, body: { decision: 'approve' }, lang: 'fi' });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ state: 'approved', message: expect.stringContaining('Elina Karioja') });
    const twice = await call('POST', `/api/join-requests/${first.body.requestId}/decision`, { token: boss, body: { decision: 'decline' } });
    expect(twice.status).toBe(409);
    expect((await call('GET', '/api/my/networks', { token: member })).body.networks).toContainEqual(expect.objectContaining({ id: 'severi', standing: 'member' }));

    const csv = await call('GET', '/api/networks/severi/members.csv', { token: boss, lang: 'fi' });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toContain('severi-members.csv');
    expect(csv.text.split('\r\n')[0]).toBe('\uFEFFNimi,Sähköposti,Kirjasto,Jäsen alkaen,Teams-jäsenyys');
    expect(csv.text).toContain('Bo Bibliotekarie,bo@kirjasto.example.org');

    const left = await call('POST', '/api/networks/severi/leave', { token: member, lang: 'en' });
    expect(left.body).toMatchObject({ standing: 'none', message: 'You left SEVERI.' });
    expect((await call('POST', '/api/networks/severi/leave', { token: member })).status).toBe(409);
  });

  it("keeps a withdrawal to the requester's own request", async () => {
    const someoneElse = await entra.sign({ ...librarian, oid: '3c4d5e6f-7081-4293-a4b5-c6d7e8f90a12', name: 'Cecilia' });
    const asker = await entra.sign({ ...librarian, oid: '4d5e6f70-8192-43a4-b5c6-d7e8f90a1b23', name: 'Dora' });
    const asked = await call('POST', '/api/networks/severi/join', { token: asker, body: {} });
    expect((await call('POST', `/api/join-requests/${asked.body.requestId}/withdraw`, { token: someoneElse })).status).toBe(404);
    const withdrawn = await call('POST', `/api/join-requests/${asked.body.requestId}/withdraw`, { token: asker, lang: 'fi' });
    expect(withdrawn.body).toMatchObject({ standing: 'none', message: expect.stringContaining('SEVERI') });
  });

  it('lists who is coming to an event, the waitlist in order, and exports it', async () => {
    const boss = await entra.sign(coordinator);
    const day = new Date(Date.now() + 14 * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });
    const plan = { kind: 'ideaCoffee', titleFi: 'SEVERIn ideakahvit', titleSv: 'SEVERIs idékaffe', descriptionFi: 'Kokemuksia.', descriptionSv: 'Erfarenheter.', startDate: day, startTime: '13:00', endTime: '14:00', capacity: '1' };
    const created = await call('POST', '/api/networks/severi/events', { token: boss, body: plan });
    expect(created.status).toBe(201);
    const eventId = created.body.event.id;
    const people = ['5e6f7081-92a3-44b5-86c7-d8e9f0a1b2c3', '6f708192-a3b4-45c6-87d8-e9f0a1b2c3d4'].map((oid, i) => ({ ...librarian, oid, name: `Vieras ${i + 1}` }));
    for (const p of people) expect((await call('PUT', `/api/events/${eventId}/rsvp`, { token: await entra.sign(p), body: { answer: 'going' } })).status).toBe(200);

    const attendees = await call('GET', `/api/events/${eventId}/attendees`, { token: boss });
    expect(attendees.body.going.map((a: { name: string }) => a.name)).toEqual(['Vieras 1']);
    expect(attendees.body.waitlist).toEqual([expect.objectContaining({ name: 'Vieras 2', waitlistPosition: 1 })]);
    expect((await call('GET', `/api/events/${eventId}/attendees`, { token: await entra.sign(people[0]) })).status).toBe(403);

    const csv = await call('GET', `/api/events/${eventId}/attendees.csv`, { token: boss, lang: 'sv' });
    expect(csv.headers.get('content-disposition')).toContain("filename*=UTF-8''SEVERIs-id%C3%A9kaffe.csv");
    expect(csv.text.split('\r\n').slice(0, 3)).toEqual([
      '\uFEFFNamn,E-post,Svar,Plats i kön,Svarat',
      expect.stringMatching(/^Vieras 1,aino@kirjasto\.example\.org,Jag kommer,,/),
      expect.stringMatching(/^Vieras 2,aino@kirjasto\.example\.org,I kö,1,/),
    ]);
  });

  it('is one person in the tab and in the bot, whichever came first', async () => {
    const tabFirst = { ...librarian, oid: '708192a3-b4c5-46d7-88e9-f0a1b2c3d4e5', name: 'Eeva Ensin' };
    const asked = await call('POST', '/api/networks/lanu/join', { token: await entra.sign(tabFirst), body: {} });
    expect(asked.status).toBe(201);
    await app.post({
      ...personalMessage({ serviceUrl: stub.url, from: { id: '29:eeva', name: 'Eeva Ensin', aadObjectId: tabFirst.oid }, text: 'help', locale: 'fi-FI' }),
      channelData: { tenant: { id: TENANT } },
    });
    const rows = await app.store.db.selectFrom('people').select(['bot_user_id']).where('aad_object_id', '=', tabFirst.oid).execute();
    expect(rows).toEqual([{ bot_user_id: '29:eeva' }]);
    // The request made in the tab is still theirs, as the tab sees it now.
    const mine = await call('GET', '/api/my/networks', { token: await entra.sign(tabFirst) });
    expect(mine.body.networks).toContainEqual(expect.objectContaining({ id: 'lanu', standing: 'pending', requestId: asked.body.requestId }));
  });

  it('has no developer sign-in unless it is switched on', async () => {
    expect((await call('GET', '/api/session')).body).toEqual({ devSignIn: false });
    expect((await call('GET', '/api/dev/people')).status).toBe(404);
    expect((await call('POST', '/api/dev/sign-in', { body: { personId: 'coordinator:elina-karioja' } })).status).toBe(404);
  });
});

describe('the developer sign-in', () => {
  let app: KollegaUnderTest;
  beforeAll(async () => {
    app = await startTestKollega('sqlite', { TAB_DEV_SIGN_IN: 'true' });
  });
  afterAll(async () => app?.stop());

  const call = async (method: string, route: string, o: { token?: string; body?: unknown } = {}) => {
    const res = await fetch(`${app.url}${route}`, {
      method,
      headers: { ...(o.token ? { authorization: `Bearer ${o.token}` } : {}), ...(o.body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: o.body === undefined ? undefined : JSON.stringify(o.body),
    });
    return { status: res.status, body: (await res.json()) as any };
  };

  it('lets a developer act as a seeded coordinator or a developer librarian, and as nobody made up', async () => {
    expect((await call('GET', '/api/session')).body).toEqual({ devSignIn: true });
    const { people } = (await call('GET', '/api/dev/people')).body;
    expect(people).toEqual(expect.arrayContaining([
      { id: 'coordinator:elina-karioja', displayName: 'Elina Karioja', role: 'coordinator' },
      { id: 'librarian:dev-sv', displayName: expect.stringContaining('(sv)'), role: 'member' },
    ]));
    const { token } = (await call('POST', '/api/dev/sign-in', { body: { personId: 'coordinator:elina-karioja' } })).body;
    expect((await call('GET', '/api/me', { token })).body).toMatchObject({ person: { displayName: 'Elina Karioja' }, coordinates: ['severi'] });
    const librarianToken = (await call('POST', '/api/dev/sign-in', { body: { personId: 'librarian:dev-fi' } })).body.token;
    expect((await call('GET', '/api/me', { token: librarianToken })).body).toMatchObject({ coordinates: [] });
    expect((await call('GET', '/api/networks/severi/requests', { token: librarianToken })).status).toBe(403);
    expect((await call('POST', '/api/dev/sign-in', { body: { personId: 'coordinator:nobody' } })).status).toBe(404);
    // A token signed with any other key is nobody's.
    const [head, body] = token.split('.');
    expect((await call('GET', '/api/me', { token: `${head}.${body}.${'A'.repeat(43)}` })).status).toBe(401);
  });
});
