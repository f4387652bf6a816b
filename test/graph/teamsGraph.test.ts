/**
 * shared/graph against the local Graph emulator, with the real @microsoft/microsoft-graph-client and msal-node.
 * Every request the emulator saw must also be a request the official Graph v1.0 metadata describes.
 */
import { createTeamsGraph, GraphError, type TeamsGraph } from '../../shared/graph';
import type { GraphEmulator } from '../fixtures/graphEmulator';
import { caught, useEmulatedGraph } from './emulatedGraph';
import { loopbackFetch, refusedUrls } from '../fixtures/graph/loopbackHttps';

const APP_ID = 'b1c2d3e4-0000-4000-8000-00000000a11d';
const graphSuite = useEmulatedGraph();
let emulator: GraphEmulator;
let graph: TeamsGraph;

beforeAll(() => {
  emulator = graphSuite.emulator;
  graph = createTeamsGraph(emulator.settings, emulator.transport);
});

const requestsSince = (start: number) => emulator.requests.slice(start);

describe('getUser', () => {
  it('reads a user by id and by UPN with the selected fields', async () => {
    const user = emulator.addUser({ displayName: 'Aino Virtanen', mail: 'aino@kirjasto.fi', department: 'Lapset', officeLocation: 'Oulu' });
    await expect(graph.getUser(user.id)).resolves.toEqual({
      id: user.id, displayName: 'Aino Virtanen', mail: 'aino@kirjasto.fi', userPrincipalName: user.userPrincipalName,
      userType: 'Member', department: 'Lapset', officeLocation: 'Oulu',
    });
    expect((await graph.getUser(user.userPrincipalName))?.id).toBe(user.id);
  });

  it('returns undefined for an unknown user (404), also one of another tenant', async () => {
    await expect(graph.getUser('00000000-0000-0000-0000-000000000000')).resolves.toBeUndefined();
    const foreign = emulator.addUser({ displayName: 'Elsewhere', tenantId: 'other-tenant' });
    await expect(graph.getUser(foreign.id)).resolves.toBeUndefined();
  });
});

describe('inviteGuest', () => {
  it('invites by email with an invitation message and returns the guest id; a second invite returns the same user', async () => {
    const invite = { email: 'lotta@bibliotek.ax', displayName: 'Lotta Sund', redirectUrl: 'https://teams.microsoft.com' };
    const { userId } = await graph.inviteGuest(invite);
    expect(await graph.getUser(userId)).toMatchObject({ userType: 'Guest', mail: 'lotta@bibliotek.ax' });
    await expect(graph.inviteGuest(invite)).resolves.toEqual({ userId });
    expect(emulator.invitations.every((i) => i.sendInvitationMessage)).toBe(true);
  });

  it('gets the guest UPN (with #EXT#) through the path encoding', async () => {
    const { userId } = await graph.inviteGuest({ email: 'pekka@kirjasto.fi', displayName: 'Pekka', redirectUrl: 'https://teams.microsoft.com' });
    const upn = (await graph.getUser(userId))!.userPrincipalName!;
    expect(upn).toContain('#EXT#');
    expect((await graph.getUser(upn))?.id).toBe(userId);
  });

  it('a refused address is a permanent GraphError', async () => {
    const error = await caught(graph.inviteGuest({ email: 'not-an-address', displayName: 'X', redirectUrl: 'https://teams.microsoft.com' }));
    expect(error).toMatchObject({ status: 400, transient: false });
  });
});

describe('team and channel membership', () => {
  it('adds a member, then reports already-member (409), and removes', async () => {
    const team = emulator.addTeam();
    const user = emulator.addUser({ displayName: 'Mikko' });
    await expect(graph.addTeamMember(team.id, user.id)).resolves.toBe('added');
    expect(emulator.members(team.id)).toEqual([user.id]);
    await expect(graph.addTeamMember(team.id, user.id)).resolves.toBe('already-member');
    await expect(graph.removeTeamMember(team.id, user.id)).resolves.toBe('removed');
    expect(emulator.members(team.id)).toEqual([]);
    await expect(graph.removeTeamMember(team.id, user.id)).resolves.toBe('not-a-member');
  });

  it('treats a 400 that says "already a member" as already-member', async () => {
    const team = emulator.addTeam();
    const user = emulator.addUser({ displayName: 'Sanna' });
    emulator.failNext({ method: 'POST', path: `/v1.0/teams/${team.id}/members` }, { status: 400, message: 'User is already a member of the team.' });
    await expect(graph.addTeamMember(team.id, user.id)).resolves.toBe('already-member');
  });

  it('an unknown user (404) is a permanent GraphError', async () => {
    const team = emulator.addTeam();
    const error = await caught(graph.addTeamMember(team.id, 'no-such-user'));
    expect(error).toMatchObject({ status: 404, transient: false, code: 'NotFound' });
  });

  it('adds to and removes from a private channel', async () => {
    const team = emulator.addTeam({ channels: [{ membershipType: 'private' }] });
    const [channelId] = team.channelIds;
    const user = emulator.addUser({ displayName: 'Ville' });
    await graph.addTeamMember(team.id, user.id);
    await expect(graph.addChannelMember(team.id, channelId, user.id)).resolves.toBe('added');
    await expect(graph.addChannelMember(team.id, channelId, user.id)).resolves.toBe('already-member');
    expect(emulator.members(team.id, channelId)).toEqual([user.id]);
    await expect(graph.removeChannelMember(team.id, channelId, user.id)).resolves.toBe('removed');
    await expect(graph.removeChannelMember(team.id, channelId, user.id)).resolves.toBe('not-a-member');
  });

  it('bulk-adds 450 users in 3 requests of at most 200 and maps a 207 per user', async () => {
    const team = emulator.addTeam();
    const users = Array.from({ length: 448 }, (_, i) => emulator.addUser({ displayName: `Staff ${i}` }).id);
    const unknown = ['missing-1', 'missing-2'];
    const start = emulator.requests.length;
    const results = await graph.addTeamMembers(team.id, [...users.slice(0, 300), unknown[0], ...users.slice(300), unknown[1]]);
    const posts = requestsSince(start);
    expect(posts.map((r) => [r.path, (r.body as { values: unknown[] }).values.length, r.status])).toEqual([
      [`/v1.0/teams/${team.id}/members/add`, 200, 200],
      [`/v1.0/teams/${team.id}/members/add`, 200, 207],
      [`/v1.0/teams/${team.id}/members/add`, 50, 207],
    ]);
    expect(results).toHaveLength(450);
    expect(results.filter((r) => r.outcome === 'added')).toHaveLength(448);
    expect(results.filter((r) => r.outcome === 'failed')).toEqual(unknown.map((userId) => ({ userId, outcome: 'failed', error: expect.stringContaining('NotFound') })));
    expect(emulator.members(team.id)).toHaveLength(448);
  });
});

describe('installAppForUser', () => {
  it('installs and returns the chat id; a second install (409) finds the existing installation', async () => {
    emulator.addTeamsApp(APP_ID);
    const user = emulator.addUser({ displayName: 'Koordinaattori' });
    const first = await graph.installAppForUser(user.id, APP_ID);
    expect(first.chatId).toMatch(/^19:.+@unq\.gbl\.spaces$/);
    expect(emulator.installedApps(user.id)).toEqual([APP_ID]);
    await expect(graph.installAppForUser(user.id, APP_ID)).resolves.toEqual(first);
  });

  it('an unknown user is a permanent GraphError', async () => {
    const error = await caught(graph.installAppForUser('no-such-user', APP_ID));
    expect(error).toMatchObject({ status: 404, transient: false });
  });
});

describe('transient failures and the bounded retry', () => {
  it('retries a 429 with a short Retry-After once inside the call, then succeeds', async () => {
    const user = emulator.addUser({ displayName: 'Throttled once' });
    const start = emulator.requests.length;
    emulator.failNext({ path: `/v1.0/users/${user.id}` }, { status: 429, retryAfter: 0 });
    await expect(graph.getUser(user.id)).resolves.toMatchObject({ id: user.id });
    expect(requestsSince(start).map((r) => r.status)).toEqual([429, 200]);
  });

  it('a 429 that persists becomes a transient GraphError with retryAfterMs', async () => {
    const user = emulator.addUser({ displayName: 'Throttled twice' });
    const start = emulator.requests.length;
    emulator.failNext({ path: `/v1.0/users/${user.id}` }, { status: 429, retryAfter: 1, times: 2 });
    const error = await caught(graph.getUser(user.id));
    expect(error).toMatchObject({ status: 429, transient: true, retryAfterMs: 1000, code: 'TooManyRequests' });
    expect(requestsSince(start)).toHaveLength(2); // one retry, no more
  });

  it('a long Retry-After is not waited for: the caller gets it at once', async () => {
    const team = emulator.addTeam();
    const user = emulator.addUser({ displayName: 'Later' });
    const retryAt = new Date(Date.now() + 120_000).toUTCString();
    emulator.failNext({ method: 'POST' }, { status: 429, retryAfter: retryAt });
    const started = Date.now();
    const error = await caught(graph.addTeamMember(team.id, user.id));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(error.transient).toBe(true);
    expect(error.retryAfterMs).toBeGreaterThan(100_000);
  });

  it('503 without Retry-After is transient, not retried in the call', async () => {
    const team = emulator.addTeam();
    const start = emulator.requests.length;
    emulator.failNext({ method: 'POST', path: /members\/add$/ }, { status: 503 });
    const error = await caught(graph.addTeamMembers(team.id, ['x']));
    expect(error).toMatchObject({ status: 503, transient: true, retryAfterMs: undefined });
    expect(requestsSince(start)).toHaveLength(1);
  });

  it('403 is permanent', async () => {
    emulator.failNext({ method: 'POST', path: '/v1.0/invitations' }, { status: 403, message: 'Insufficient privileges.' });
    const error = await caught(graph.inviteGuest({ email: 'x@y.fi', displayName: 'X', redirectUrl: 'https://teams.microsoft.com' }));
    expect(error).toMatchObject({ status: 403, transient: false, code: 'Forbidden' });
  });
});

describe('token', () => {
  it('msal acquired one token for all the calls above (its cache), and each request carried it', () => {
    expect(emulator.tokenRequests).toBe(1);
    expect(emulator.requests.length).toBeGreaterThan(20);
  });
});

describe('loopback safety', () => {
  it('the test transport refuses a non-loopback URL before connecting', async () => {
    await expect(loopbackFetch('https://graph.microsoft.com/v1.0/users')).rejects.toThrow(/refused/);
    expect(refusedUrls.splice(0)).toEqual(['https://graph.microsoft.com/v1.0/users']);
  });

  it('the socket guard refuses any other connection, e.g. a stray global fetch', async () => {
    await expect(fetch('https://login.microsoftonline.com/common/discovery/instance')).rejects.toThrow();
    expect(graphSuite.guard.attempts.splice(0)).toEqual(['login.microsoftonline.com']);
  });

  it('a refused connection surfaces as a transient GraphError (network failure)', async () => {
    const offline = createTeamsGraph(emulator.settings, { ...emulator.transport, fetch: () => Promise.reject(new Error('ECONNREFUSED')) });
    const error = await caught(offline.getUser('anyone'));
    expect(error).toMatchObject({ status: 0, transient: true });
  });
});

describe('token failures', () => {
  it('a wrong client secret is a permanent GraphError and sends no Graph request', async () => {
    const start = emulator.requests.length;
    const wrong = createTeamsGraph({ ...emulator.settings, clientSecret: 'wrong' }, emulator.transport);
    const error = await caught(wrong.getUser('anyone'));
    expect(error).toMatchObject({ status: 401, transient: false, code: 'invalid_client' });
    expect(requestsSince(start)).toHaveLength(0);
  });
});
