/**
 * A support group's season of monthly meetings, planned in the tab: one row per meeting and one recurring Teams
 * meeting made through Graph by the outbox, as the coordinator (the on-behalf-of grant), with the group's mentor
 * and members invited; Exchange's occurrences (worked out by the emulator on its own) fall on the rows' times.
 * A member cannot plan, a meeting ending before it starts is refused, and a plan is made once.
 */
import { listMeetings, getSeries } from '../../shared/store/repositories/mentoringMeetings';
import type { EntraStandIn } from '../fixtures/entraTokens';
import type { GraphEmulator } from '../fixtures/graphEmulator';
import { TENANT, testSeed, tiina, type JoiningWorld } from '../support/joiningWorld';
import { startSignedInWorld, type SignedInWorld } from '../support/signedInWorld';

const librarian = (n: number, name: string) => ({ oid: `5e6f7081-92a3-44b5-86c7-d8e9f0a1b2${String(n).padStart(2, '0')}`, tid: TENANT, name, preferred_username: `${name.split(' ')[0].toLowerCase()}@kirjasto.example.org` });
const aino = librarian(1, 'Aino Kirjastolainen');
const maija = librarian(2, 'Maija Mentori');

describe.each(['sqlite', 'postgres'] as const)('a support group\'s monthly meetings [%s]', (dialect) => {
  let up: SignedInWorld;
  let entra: EntraStandIn;
  let graph: GraphEmulator;
  let world: JoiningWorld;

  beforeAll(async () => {
    up = await startSignedInWorld(dialect, testSeed(), { users: [{ id: tiina.aadObjectId, displayName: tiina.name, mail: 'tiina.rajala@kirjasto.example.org' }] });
    ({ entra, graph, world } = up);
  });
  afterAll(() => up?.stop());

  const coordinator = { oid: tiina.aadObjectId, tid: TENANT, name: tiina.name };
  const call = async (method: string, route: string, who: typeof coordinator, body?: unknown, lang = 'en') => {
    const res = await fetch(`${world.app.url}${route}`, {
      method,
      headers: { authorization: `Bearer ${await entra.sign(who)}`, 'accept-language': lang, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as any };
  };

  async function groupWithPeople(): Promise<string> {
    const ids = [];
    for (const who of [maija, aino]) ids.push((await call('GET', '/api/me', who)).body.person.id);
    const season = await call('POST', '/api/mentoring/seasons', coordinator, { unitId: 'ake-borga', nameFi: 'Kevät 2030', nameSv: 'Våren 2030', startsOn: '2030-01-01', endsOn: '2030-05-31' });
    const group = await call('POST', `/api/mentoring/seasons/${season.body.season.id}/groups`, coordinator, {
      nameFi: 'Lasten ja nuorten tukiryhmä', nameSv: 'Stödgruppen för barn och unga', focusFi: 'Lasten ja nuorten kirjastotyö', focusSv: 'Biblioteksarbete med barn och unga',
      mentorIds: [ids[0]], memberIds: [ids[1]],
    });
    expect(group.status).toBe(201);
    return group.body.group.id;
  }

  it('plans the first Tuesdays of a spring as one recurring Teams meeting in the coordinator\'s calendar, with the group invited', async () => {
    const groupId = await groupWithPeople();
    const planned = await call('POST', `/api/mentoring/groups/${groupId}/series`, coordinator, { weekday: 'tuesday', ordinal: 'first', startTime: '14:00', endTime: '15:30' });
    expect(planned).toMatchObject({ status: 201, body: { teamsMeeting: 'pending' } });
    expect(planned.body.meetings.map((m: { seriesDate: string }) => m.seriesDate)).toEqual(['2030-01-01', '2030-02-05', '2030-03-05', '2030-04-02', '2030-05-07']);
    await world.work();

    const series = await getSeries(world.app.store.db, groupId);
    expect(series).toMatchObject({ state: 'created', joinUrl: expect.stringMatching(/^https:\/\/teams\.microsoft\.com\//) });
    const made = graph.event(series!.graphSeriesId!)!;
    expect(made).toMatchObject({ organizerId: tiina.aadObjectId, transactionId: groupId, subject: 'Lasten ja nuorten tukiryhmä | Stödgruppen för barn och unga' });
    expect(made.attendees.map((a) => a.emailAddress.address).sort()).toEqual(['aino@kirjasto.example.org', 'maija@kirjasto.example.org']);
    const rows = await listMeetings(world.app.store.db, groupId);
    expect(made.series?.occurrences).toEqual(rows.map((r) => ({ startUtc: r.startsAt.toISOString(), endUtc: r.endsAt.toISOString() })));
    const create = graph.requests.find((r) => r.method === 'POST' && (r.body as { transactionId?: string })?.transactionId === groupId);
    expect(create).toMatchObject({ path: '/v1.0/me/events', actor: tiina.aadObjectId });
  });

  it('refuses a member who plans, a meeting that ends before it starts, and a second plan, each changing nothing', async () => {
    const groupId = await groupWithPeople();
    const rule = { weekday: 'tuesday', ordinal: 'first', startTime: '14:00', endTime: '15:30' };
    expect((await call('POST', `/api/mentoring/groups/${groupId}/series`, aino, rule, 'fi')).body.error.message).toBe('Vain tämän kehittämisyksikön koordinaattorit voivat muuttaa sen mentorointia.');
    const late = await call('POST', `/api/mentoring/groups/${groupId}/series`, coordinator, { ...rule, endTime: '13:00' }, 'sv');
    expect(late).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining('Ett möte måste sluta efter att det börjat.') } } });
    expect(await listMeetings(world.app.store.db, groupId)).toEqual([]);
    const [first, second] = await Promise.all([
      call('POST', `/api/mentoring/groups/${groupId}/series`, coordinator, rule),
      call('POST', `/api/mentoring/groups/${groupId}/series`, coordinator, rule),
    ]);
    expect([first.status, second.status].sort()).toEqual([201, 409]);
    expect(await listMeetings(world.app.store.db, groupId)).toHaveLength(5);
    const creates = graph.requests.length;
    await world.work();
    await world.work();
    expect(graph.requests.slice(creates).filter((r) => r.method === 'POST' && (r.body as { transactionId?: string })?.transactionId === groupId)).toHaveLength(1);
  });

  it('moves and cancels single meetings in the series, and invites someone who joins later', async () => {
    const groupId = await groupWithPeople();
    const planned = await call('POST', `/api/mentoring/groups/${groupId}/series`, coordinator, { weekday: 'tuesday', ordinal: 'first', startTime: '14:00', endTime: '15:30' });
    await world.work();
    const seriesId = (await getSeries(world.app.store.db, groupId))!.graphSeriesId!;
    const [, second, third] = planned.body.meetings as Array<{ id: string }>;

    const moved = await call('PUT', `/api/mentoring/meetings/${second.id}`, coordinator, { date: '2030-02-12', startTime: '10:00', endTime: '11:30' });
    expect(moved).toMatchObject({ status: 200, body: { meeting: { startsAt: '2030-02-12T08:00:00.000Z' } } });
    expect((await call('POST', `/api/mentoring/meetings/${third.id}/cancel`, coordinator, {})).status).toBe(200);
    expect((await call('PUT', `/api/mentoring/meetings/${third.id}`, coordinator, { date: '2030-03-12', startTime: '10:00', endTime: '11:00' }, 'fi')).body.error.message).toBe('Tämä tapaaminen on jo alkanut tai peruttu.');
    expect((await call('PUT', `/api/mentoring/meetings/${second.id}`, coordinator, { date: '2030-06-04', startTime: '10:00', endTime: '11:00' }, 'sv')).body.error.message).toContain('Flytta mötet till en kommande dag inom säsongen.');
    expect((await call('POST', `/api/mentoring/meetings/${second.id}/cancel`, aino, {})).status).toBe(403);
    await world.work();

    const occurrences = graph.occurrences(seriesId);
    expect(occurrences.map((o) => [o.startUtc, o.cancelled])).toEqual([
      ['2030-01-01T12:00:00.000Z', false],
      ['2030-02-12T08:00:00.000Z', false],
      ['2030-03-05T12:00:00.000Z', true],
      ['2030-04-02T11:00:00.000Z', false],
      ['2030-05-07T11:00:00.000Z', false],
    ]);

    const bo = librarian(3, 'Bo Bibliotekarie');
    const applied = await call('POST', `/api/mentoring/groups/${groupId}/applications`, bo, {});
    expect((await call('POST', `/api/mentoring/applications/${applied.body.application.id}/decision`, coordinator, { decision: 'accept' })).status).toBe(200);
    await world.work();
    expect(graph.event(seriesId)!.attendees.map((a) => a.emailAddress.address).sort()).toEqual(['aino@kirjasto.example.org', 'bo@kirjasto.example.org', 'maija@kirjasto.example.org']);
  });
});
