/**
 * The on-behalf-of flow (shared/graph/delegatedAccess.ts) with the real msal-node against the Graph emulator's
 * token endpoint, and the sealed token caches in the database on both engines: a coordinator's SSO token from the
 * tab becomes delegated calendar access that any instance can use later, renew, and forget when it stops working.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createCalendarGraph, createDelegatedAccess, GraphError, type DelegatedAccess, type GrantVault } from '../../shared/graph';
import { newId } from '../../shared/store/ids';
import { graphGrantVault, readGraphGrant } from '../../shared/store/repositories/graphGrants';
import { startEntraStandIn, TAB_APP_ID_URI, type EntraStandIn } from '../fixtures/entraTokens';
import { describeEachEngine } from '../support/databases';
import { useEmulatedGraph } from './emulatedGraph';

const TAB_CLIENT_ID = TAB_APP_ID_URI.split('/').pop()!;
let entra: EntraStandIn;
beforeAll(async () => {
  entra = await startEntraStandIn();
});
afterAll(() => entra.close());
const graphSuite = useEmulatedGraph(() => ({ clientId: TAB_CLIENT_ID, sso: { audience: TAB_APP_ID_URI, jwks: entra.jwks } }));

const coffee = { subject: 'Kirjakahvit', bodyHtml: '<p>Tervetuloa</p>', startUtc: '2027-03-02T12:00:00.000Z', endUtc: '2027-03-02T12:30:00.000Z' };

describeEachEngine('delegated Graph access', (db) => {
  const key = randomBytes(32);
  const vault = (): GrantVault => graphGrantVault(db.store.db, () => new Date());
  const access = (vaultKey = key, v = vault()): DelegatedAccess => createDelegatedAccess(graphSuite.emulator.settings, vaultKey, v, graphSuite.emulator.transport);
  const coordinator = () => graphSuite.emulator.addUser({ displayName: 'Koordinaattori', mail: `k.${randomUUID()}@kirjasto.fi` });
  const ssoToken = (userId: string, claims: { aud?: string; expiresIn?: number } = {}) =>
    entra.sign({ oid: userId, tid: graphSuite.emulator.tenantId, ...claims });
  const counts = () => ({ ...graphSuite.emulator.tokenCounts });

  it('exchanges the SSO token once and later gives a token that acts in the user\'s own calendar', async () => {
    const user = coordinator();
    expect(await access().grant(await ssoToken(user.id), user.id)).toBe('granted');
    // Another instance (its own msal client and vault) with the same key reads the same row.
    const before = counts();
    const token = await access(key, graphGrantVault(db.store.db, () => new Date())).tokenFor(user.id);
    expect(token).toEqual(expect.any(String));
    expect(counts()).toEqual(before); // the cached access token, no new request to Entra ID

    const calendar = createCalendarGraph(graphSuite.emulator.settings, graphSuite.emulator.transport, access());
    const start = graphSuite.emulator.requests.length;
    const { eventId } = await calendar.createOnlineMeeting(user.id, coffee, newId());
    expect(graphSuite.emulator.event(eventId)).toMatchObject({ organizerId: user.id, subject: 'Kirjakahvit' });
    expect(graphSuite.emulator.requests.slice(start)).toEqual([expect.objectContaining({ method: 'POST', path: '/v1.0/me/events', actor: user.id, status: 201 })]);
  });

  it('keeps the tokens sealed: the row shows no token, and another key cannot open it', async () => {
    const user = coordinator();
    await access().grant(await ssoToken(user.id), user.id);
    const row = await readGraphGrant(db.store.db, user.id);
    expect(row).toMatch(/^v1\./);
    expect(row).not.toMatch(/RefreshToken|AccessToken|secret/i);
    expect(await access(randomBytes(32)).tokenFor(user.id)).toBeUndefined();
    expect(await readGraphGrant(db.store.db, user.id)).toBeUndefined(); // an unopenable row is forgotten
  });

  it('renews an expired access token with the refresh token, without the user', async () => {
    graphSuite.emulator.setDelegatedTokenLifetime(60); // inside msal's 5-minute margin: expired at once
    try {
      const user = coordinator();
      await access().grant(await ssoToken(user.id), user.id);
      const before = counts();
      const first = await access().tokenFor(user.id);
      const second = await access().tokenFor(user.id);
      expect(first).toEqual(expect.any(String));
      expect(second).not.toBe(first);
      expect(counts().refresh - before.refresh).toBe(2);
      expect(counts().onBehalfOf).toBe(before.onBehalfOf);
    } finally {
      graphSuite.emulator.setDelegatedTokenLifetime(3599);
    }
  });

  it('forgets a grant the user withdrew, and the calendar falls back to the application\'s rights', async () => {
    graphSuite.emulator.setDelegatedTokenLifetime(60);
    try {
      const user = coordinator();
      await access().grant(await ssoToken(user.id), user.id);
      graphSuite.emulator.revokeDelegated(user.id);
      expect(await access().tokenFor(user.id)).toBeUndefined();
      expect(await readGraphGrant(db.store.db, user.id)).toBeUndefined();

      const calendar = createCalendarGraph(graphSuite.emulator.settings, graphSuite.emulator.transport, access());
      const start = graphSuite.emulator.requests.length;
      await calendar.createOnlineMeeting(user.id, coffee, newId());
      expect(graphSuite.emulator.requests.slice(start)).toEqual([expect.objectContaining({ path: `/v1.0/users/${user.id}/events`, actor: 'app', status: 201 })]);
    } finally {
      graphSuite.emulator.setDelegatedTokenLifetime(3599);
    }
  });

  it('refuses tokens Entra ID would not exchange, and stores nothing', async () => {
    const user = coordinator();
    expect(await access().grant(await ssoToken(user.id, { aud: 'api://someone-else.example.org/other' }), user.id)).toBe('refused');
    expect(await access().grant(await ssoToken(user.id, { expiresIn: -600 }), user.id)).toBe('refused');
    expect(await access().grant(await entra.sign({ oid: user.id, tid: graphSuite.emulator.tenantId }, { strangerKey: true }), user.id)).toBe('refused');
    const other = coordinator();
    // A token of one user offered as another's: the answer names the token's user, so nothing is kept for `other`.
    expect(await access().grant(await ssoToken(user.id), other.id)).toBe('refused');
    expect(await readGraphGrant(db.store.db, other.id)).toBeUndefined();
    expect(await readGraphGrant(db.store.db, user.id)).toBeUndefined();
  });

  it('says unavailable when Entra ID is down, and a later silent renewal is a transient error, not a lost grant', async () => {
    const user = coordinator();
    graphSuite.emulator.failTokenRequests(1);
    expect(await access().grant(await ssoToken(user.id), user.id)).toBe('unavailable');
    expect(await access().grant(await ssoToken(user.id), user.id)).toBe('granted');

    graphSuite.emulator.setDelegatedTokenLifetime(60);
    try {
      await access().grant(await ssoToken(user.id), user.id);
      graphSuite.emulator.failTokenRequests(1);
      const error = await access().tokenFor(user.id).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(GraphError);
      expect((error as GraphError).transient).toBe(true);
      expect(await readGraphGrant(db.store.db, user.id)).toBeDefined();
      expect(await access().tokenFor(user.id)).toEqual(expect.any(String));
    } finally {
      graphSuite.emulator.setDelegatedTokenLifetime(3599);
    }
  });

  it('has nothing for someone who never signed in to the tab', async () => {
    expect(await access().tokenFor(coordinator().id)).toBeUndefined();
  });
});
