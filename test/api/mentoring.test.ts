/**
 * Group mentoring through the tab's API with real signed Teams tokens, on both engines: a coordinator opens a
 * season and a group, a librarian applies and is accepted; only the group's people see who is in it; someone
 * who is not the unit's coordinator, a forged decision and a bad body each get an answer in their language and
 * change nothing.
 */
import { elina, TENANT } from '../support/joiningWorld';
import type { KollegaUnderTest } from '../support/kollegaUnderTest';
import { startTabApi, type TabApiUnderTest } from '../support/tabApi';

const coordinator = { oid: elina.aadObjectId, tid: TENANT, name: 'Elina Karioja' };
const person = (n: number, name: string) => ({ oid: `7e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a${String(n).padStart(2, '0')}`, tid: TENANT, name });
const aino = person(1, 'Aino Kirjastolainen');
const bo = person(2, 'Bo Bibliotekarie');
const maija = person(3, 'Maija Mentori');

describe.each(['sqlite', 'postgres'] as const)('group mentoring in the tab API [%s]', (dialect) => {
  let api: TabApiUnderTest;
  let app: KollegaUnderTest;

  beforeAll(async () => {
    api = await startTabApi(dialect);
    app = api.app;
  });
  afterAll(async () => {
    await api?.stop();
  });

  const call = (method: string, route: string, who: typeof aino, body?: unknown, lang = 'en') => api.call(method, route, who, body, lang);
  const personId = async (who: typeof aino) => (await call('GET', '/api/me', who)).body.person.id as string;
  const count = async (table: 'mentoring_seasons' | 'mentoring_groups' | 'mentoring_group_people') => (await app.store.db.selectFrom(table).selectAll().execute()).length;

  it('runs a season from opening to an accepted application', async () => {
    const [ainoId, maijaId] = [await personId(aino), await personId(maija)];
    await personId(bo);
    const season = await call('POST', '/api/mentoring/seasons', coordinator, { unitId: 'ake-borga', nameFi: 'Kevät 2030', nameSv: 'Våren 2030', startsOn: '2030-01-01', endsOn: '2030-05-31' });
    expect(season).toMatchObject({ status: 201, body: { season: { name: { fi: 'Kevät 2030', sv: 'Våren 2030', en: 'Kevät 2030' } } } });
    const group = await call('POST', `/api/mentoring/seasons/${season.body.season.id}/groups`, coordinator, {
      networkId: 'severi', nameFi: 'Seniorityön tukiryhmä', nameSv: 'Stödgruppen för seniorarbete', focusFi: 'Seniorityö', focusSv: 'Seniorarbete',
      capacity: 2, mentorIds: [maijaId], memberIds: [ainoId],
    });
    expect(group.status).toBe(201);
    const groupId = group.body.group.id;

    const applied = await call('POST', `/api/mentoring/groups/${groupId}/applications`, bo, { message: 'Jobbar med seniorer i Borgå.' });
    expect(applied.status).toBe(201);
    expect((await call('POST', `/api/mentoring/groups/${groupId}/applications`, bo, {})).status).toBe(200); // the same application

    const seen = (await call('GET', '/api/mentoring', coordinator)).body.seasons[0].groups[0];
    expect(seen).toMatchObject({ memberCount: 1, applications: [{ name: 'Bo Bibliotekarie', message: 'Jobbar med seniorer i Borgå.' }] });
    const decided = await call('POST', `/api/mentoring/applications/${applied.body.application.id}/decision`, coordinator, { decision: 'accept' });
    expect(decided).toMatchObject({ status: 200, body: { application: { state: 'accepted' } } });

    const asMember = (await call('GET', '/api/mentoring', bo)).body.seasons[0].groups[0];
    expect(asMember).toMatchObject({ myRole: 'member', memberCount: 2 });
    expect(asMember).not.toHaveProperty('applications');
    expect(asMember.people.map((p: { name: string; role: string }) => `${p.role}:${p.name}`)).toEqual(['mentor:Maija Mentori', 'member:Aino Kirjastolainen', 'member:Bo Bibliotekarie']);
  });

  it('shows an outsider the group to apply to, but not who is in it', async () => {
    const outsider = person(9, 'Ulla Ulkopuolinen');
    const seen = (await call('GET', '/api/mentoring', outsider)).body;
    expect(seen.units).toEqual([]);
    expect(seen.seasons[0]).toMatchObject({ coordinates: false, groups: [{ name: { fi: 'Seniorityön tukiryhmä' }, myRole: null, memberCount: 2 }] });
    expect(seen.seasons[0].groups[0]).not.toHaveProperty('people');
    expect(seen.seasons[0].groups[0]).not.toHaveProperty('applications');
  });

  it('refuses someone who is not the unit\'s coordinator, a forged decision and a bad body, in the caller\'s language', async () => {
    const before = { seasons: await count('mentoring_seasons'), groups: await count('mentoring_groups'), people: await count('mentoring_group_people') };
    const plan = { unitId: 'ake-borga', nameFi: 'Syksy 2030', nameSv: 'Hösten 2030', startsOn: '2030-08-01', endsOn: '2030-12-31' };
    expect(await call('POST', '/api/mentoring/seasons', aino, plan, 'fi')).toEqual({
      status: 403, body: { error: { code: 'Forbidden', message: 'Vain tämän kehittämisyksikön koordinaattorit voivat muuttaa sen mentorointia.' } },
    });
    const seasons = (await call('GET', '/api/mentoring', coordinator)).body.seasons;
    const groupId = seasons[0].groups[0].id;
    expect((await call('PUT', `/api/mentoring/groups/${groupId}/people/${await personId(aino)}`, aino, { role: 'mentor' }, 'sv')).body.error.message)
      .toBe('Endast den här utvecklingsenhetens koordinatorer kan ändra dess mentorskap.');

    const carl = person(4, 'Carl Sökande');
    const application = (await call('POST', `/api/mentoring/groups/${groupId}/applications`, carl, {})).body.application;
    expect(await call('POST', `/api/mentoring/applications/${application.id}/decision`, carl, { decision: 'accept' }, 'sv')).toEqual({
      status: 403, body: { error: { code: 'Forbidden', message: 'Du kan inte avgöra den här ansökan.' } },
    });
    expect(await call('POST', `/api/mentoring/applications/${application.id}/decision`, coordinator, { decision: 'accept' }, 'fi')).toEqual({
      status: 409, body: { error: { code: 'Conflict', message: 'Ryhmä on täynnä: ketään ei voi enää hyväksyä.' } },
    });
    const bad = await call('POST', '/api/mentoring/seasons', coordinator, { ...plan, startsOn: '1.8.2027', extra: true }, 'sv');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^Begäran är ogiltig/);
    const backwards = await call('POST', '/api/mentoring/seasons', coordinator, { ...plan, endsOn: '2030-07-01' }, 'en');
    expect(backwards).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining('The season must end after it starts.') } } });
    expect({ seasons: await count('mentoring_seasons'), groups: await count('mentoring_groups'), people: await count('mentoring_group_people') }).toEqual(before);
  });

  it('lets a coordinator find people by name, add someone by e-mail, change a role and take someone out', async () => {
    const groupId = (await call('GET', '/api/mentoring', coordinator)).body.seasons[0].groups[0].id;
    const peopleOf = async () => (await call('GET', '/api/mentoring', coordinator)).body.seasons[0].groups[0].people.map((p: { role: string; name: string }) => `${p.role}:${p.name}`);
    await personId(person(5, 'Äijälä Östen'));

    // Found by any part of the name, whatever the case of Ä and Ö.
    const found = await call('GET', `/api/mentoring/people?q=${encodeURIComponent('äijä')}`, coordinator);
    expect(found.body.people.map((p: { name: string }) => p.name)).toEqual(['Äijälä Östen']);
    expect(await call('GET', '/api/mentoring/people?q=x', coordinator, undefined, 'fi')).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining('vähintään kaksi kirjainta') } } });
    expect((await call('GET', '/api/mentoring/people?q=aino', aino)).status).toBe(403);

    // Maija stops being the mentor: Bo becomes one, Maija is taken out; the group has room for a member again.
    expect((await call('PUT', `/api/mentoring/groups/${groupId}/people/${await personId(bo)}`, coordinator, { role: 'mentor' })).status).toBe(200);
    expect((await call('PUT', `/api/mentoring/groups/${groupId}/people/${await personId(maija)}`, coordinator, { role: null })).status).toBe(200);
    const added = await call('POST', `/api/mentoring/groups/${groupId}/people`, coordinator, { email: 'Sanna.Sivukirjasto@Kunta.example', name: 'Sanna Sivukirjasto', role: 'member' });
    expect(added).toMatchObject({ status: 200, body: { placed: 'member' } });
    expect(await peopleOf()).toEqual(['mentor:Bo Bibliotekarie', 'member:Aino Kirjastolainen', 'member:Sanna Sivukirjasto']);

    // The group is full now: a second address is refused, and no person is made for it.
    const peopleBefore = (await app.store.db.selectFrom('people').select('id').execute()).length;
    expect(await call('POST', `/api/mentoring/groups/${groupId}/people`, coordinator, { email: 'toinen@kunta.example', name: 'Toinen', role: 'member' }, 'fi'))
      .toEqual({ status: 409, body: { error: { code: 'Conflict', message: 'Ryhmä on täynnä.' } } });
    expect(await call('POST', `/api/mentoring/groups/${groupId}/people`, coordinator, { email: 'not an address', name: 'X', role: 'member' }, 'sv'))
      .toMatchObject({ status: 400, body: { error: { message: expect.stringContaining('Kontrollera e-postadressen') } } });
    expect(await call('POST', `/api/mentoring/groups/${groupId}/people`, coordinator, { email: 'toinen@kunta.example', name: ' ', role: 'member' }, 'fi'))
      .toMatchObject({ status: 400, body: { error: { message: expect.stringContaining('Anna henkilön nimi.') } } });
    expect((await call('POST', `/api/mentoring/groups/${groupId}/people`, aino, { email: 'toinen@kunta.example', name: 'Toinen', role: 'mentor' })).status).toBe(403);
    expect((await app.store.db.selectFrom('people').select('id').execute()).length).toBe(peopleBefore);

    // Sanna signs in to the tab for the first time: she is the member the coordinator added, not a stranger.
    const sanna = { ...person(6, 'Sanna Sivukirjasto'), preferred_username: 'sanna.sivukirjasto@kunta.example' };
    const hers = (await call('GET', '/api/mentoring', sanna)).body.seasons[0].groups[0];
    expect(hers).toMatchObject({ myRole: 'member', memberCount: 2 });
    // Members see each other's names; only coordinators see the addresses.
    expect(hers.people.map((p: { email: string | null }) => p.email)).toEqual([null, null, null]);
    expect((await call('GET', '/api/mentoring', coordinator)).body.seasons[0].groups[0].people.map((p: { email: string | null }) => p.email)).toContain('sanna.sivukirjasto@kunta.example');
    expect(await peopleOf()).toEqual(['mentor:Bo Bibliotekarie', 'member:Aino Kirjastolainen', 'member:Sanna Sivukirjasto']);
  });
});
