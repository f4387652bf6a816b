/**
 * A support group's themes, questions and feedback through the tab's API, on both engines, with the app's clock
 * moved through the season: members propose and vote (a double vote counts once), the mentor fixes a meeting's
 * theme, a member sends an anonymous question that no view shows the author of, and feedback is given once
 * after the meeting. Outsiders see nothing inside, and every refusal answers in the caller's language.
 */
import { TestClock } from '../jobs/jobTestKit';
import { tiina, TENANT } from '../support/joiningWorld';
import type { KollegaUnderTest } from '../support/kollegaUnderTest';
import { startTabApi, type TabApiUnderTest } from '../support/tabApi';

const who = (n: number, name: string) => ({ oid: `4d5e6f70-8192-4a3b-9c4d-5e6f7081920${n}`, tid: TENANT, name });
const coordinator = { oid: tiina.aadObjectId, tid: TENANT, name: tiina.name };
const [maija, aino, bo, outsider] = [who(1, 'Maija Mentori'), who(2, 'Aino Kirjastolainen'), who(3, 'Bo Bibliotekarie'), who(4, 'Ulla Ulkopuolinen')];
type Who = typeof aino;

describe.each(['sqlite', 'postgres'] as const)('themes, questions and feedback of a support group [%s]', (dialect) => {
  let api: TabApiUnderTest;
  let app: KollegaUnderTest;
  const clock = new TestClock('2029-12-01T08:00:00.000Z');
  let groupId: string;
  let meetings: Array<{ id: string; seriesDate: string }>;

  const call = (method: string, route: string, as: Who, body?: unknown, lang = 'en') => api.call(method, route, as, body, lang);

  beforeAll(async () => {
    api = await startTabApi(dialect, { now: clock.now, outboxPolling: false });
    app = api.app;
    const ids: string[] = [];
    for (const p of [maija, aino, bo, outsider]) ids.push((await call('GET', '/api/me', p)).body.person.id);
    const season = await call('POST', '/api/mentoring/seasons', coordinator, { unitId: 'ake-borga', nameFi: 'Kevät 2030', nameSv: 'Våren 2030', startsOn: '2030-01-01', endsOn: '2030-05-31' });
    const group = await call('POST', `/api/mentoring/seasons/${season.body.season.id}/groups`, coordinator, {
      nameFi: 'Viestinnän tukiryhmä', nameSv: 'Stödgruppen för kommunikation', focusFi: 'Viestintä', focusSv: 'Kommunikation', mentorIds: [ids[0]], memberIds: [ids[1], ids[2]],
    });
    groupId = group.body.group.id;
    meetings = (await call('POST', `/api/mentoring/groups/${groupId}/series`, coordinator, { weekday: 'wednesday', ordinal: 'second', startTime: '13:00', endTime: '14:30' })).body.meetings;
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('lets members propose and vote, counts a double vote once, and lets the mentor fix the theme', async () => {
    expect(meetings.map((m) => m.seriesDate)).toEqual(['2030-01-09', '2030-02-13', '2030-03-13', '2030-04-10', '2030-05-08']);
    const social = await call('POST', `/api/mentoring/groups/${groupId}/themes`, aino, { title: ' Some-viestintä  kirjastossa ' });
    expect(social).toMatchObject({ status: 201, body: { theme: { title: 'Some-viestintä kirjastossa', votes: 0 } } });
    const press = await call('POST', `/api/mentoring/groups/${groupId}/themes`, bo, { title: 'Tiedotteet medialle' });
    await Promise.all([bo, bo, maija].map((p) => call('PUT', `/api/mentoring/themes/${social.body.theme.id}/vote`, p, { vote: true })));
    await call('PUT', `/api/mentoring/themes/${press.body.theme.id}/vote`, aino, { vote: true });
    await call('PUT', `/api/mentoring/themes/${press.body.theme.id}/vote`, aino, { vote: false });
    const listed = await call('GET', `/api/mentoring/groups/${groupId}/themes`, bo);
    expect(listed.body.themes.map((t: any) => [t.title, t.votes, t.myVote])).toEqual([['Some-viestintä kirjastossa', 2, true], ['Tiedotteet medialle', 0, false]]);

    expect(await call('POST', `/api/mentoring/groups/${groupId}/themes`, aino, { title: 'some-viestintä KIRJASTOSSA' }, 'sv')).toEqual({
      status: 409, body: { error: { code: 'Conflict', message: 'Det här temat har redan föreslagits: rösta på det i stället.' } },
    });
    expect((await call('PUT', `/api/mentoring/meetings/${meetings[0].id}/theme`, aino, { themeId: social.body.theme.id }, 'fi')).body.error.message)
      .toBe('Vain ryhmän mentori tai koordinaattori valitsee tapaamisen teeman.');
    expect((await call('PUT', `/api/mentoring/meetings/${meetings[0].id}/theme`, maija, { themeId: social.body.theme.id })).status).toBe(200);
    expect((await call('PUT', `/api/mentoring/themes/${social.body.theme.id}/vote`, aino, { vote: true })).status).toBe(409);
  });

  it('keeps an anonymous question anonymous, and shows the group\'s inside to nobody outside it', async () => {
    expect((await call('POST', `/api/mentoring/meetings/${meetings[0].id}/questions`, aino, { text: 'Miten vastata vihaiseen kommenttiin?', anonymous: true })).status).toBe(201);
    expect((await call('POST', `/api/mentoring/meetings/${meetings[0].id}/questions`, bo, { text: 'Hur ofta ska vi posta?' })).status).toBe(201);
    const seen = await call('GET', `/api/mentoring/meetings/${meetings[0].id}/questions`, coordinator);
    expect(seen.body.questions.map((q: any) => [q.text, q.askedBy])).toEqual([['Miten vastata vihaiseen kommenttiin?', null], ['Hur ofta ska vi posta?', 'Bo Bibliotekarie']]);
    const stored = await app.store.db.selectFrom('mentoring_questions').select(['text', 'asked_by']).execute();
    expect(stored.find((q) => q.text.startsWith('Miten'))?.asked_by).toBeNull();

    expect((await call('GET', `/api/mentoring/meetings/${meetings[0].id}/questions`, outsider, undefined, 'sv')).body.error.message).toBe('Endast gruppens medlemmar, mentorer och koordinatorer ser det här.');
    expect((await call('GET', `/api/mentoring/groups/${groupId}/themes`, outsider)).status).toBe(403);
    expect((await call('POST', `/api/mentoring/groups/${groupId}/themes`, outsider, { title: 'Minun teemani' })).status).toBe(403);
    expect((await call('POST', `/api/mentoring/meetings/${meetings[0].id}/questions`, outsider, { text: 'Saanko kysyä?' })).status).toBe(403);
  });

  it('takes feedback once per person after the meeting started, on the 1 to 5 scale', async () => {
    const first = meetings[0].id;
    expect((await call('POST', `/api/mentoring/meetings/${first}/feedback`, aino, { usefulness: 5, wellbeing: 4 }, 'fi')).body.error.message).toBe('Palautteen voi antaa, kun tapaaminen on alkanut.');
    clock.advance(40 * 86_400_000); // into mid-January 2030, after the first meeting
    expect((await call('POST', `/api/mentoring/meetings/${first}/questions`, bo, { text: 'Myöhässä' })).status).toBe(409);
    expect((await call('POST', `/api/mentoring/meetings/${first}/feedback`, aino, { usefulness: 6, wellbeing: 4 })).status).toBe(400);
    const answers = await Promise.all([1, 2].map(() => call('POST', `/api/mentoring/meetings/${first}/feedback`, aino, { usefulness: 5, wellbeing: 4, comment: 'Hyödyllinen.' })));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect((await call('POST', `/api/mentoring/meetings/${first}/feedback`, outsider, { usefulness: 3, wellbeing: 3 })).status).toBe(403);
    expect(await app.store.db.selectFrom('mentoring_feedback').select(['usefulness', 'wellbeing', 'comment']).execute()).toEqual([{ usefulness: 5, wellbeing: 4, comment: 'Hyödyllinen.' }]);
  });

  it('records a meeting\'s attendance and notes by the mentor, and gives the coordinators the season report and its CSV, without names', async () => {
    const first = meetings[0].id;
    const people = (await call('GET', '/api/mentoring', coordinator)).body.seasons[0].groups[0].people as Array<{ personId: string; name: string }>;
    const idOf = (name: string) => people.find((p) => p.name === name)!.personId;
    expect((await call('POST', `/api/mentoring/meetings/${first}/record`, aino, { notes: 'x', attended: [] }, 'sv')).body.error.message).toBe('Endast gruppens mentor eller en koordinator för anteckningar om mötet.');
    expect((await call('POST', `/api/mentoring/meetings/${first}/record`, maija, { notes: null, attended: [idOf('Aino Kirjastolainen'), 'someone-else'] })).status).toBe(400);
    expect((await call('POST', `/api/mentoring/meetings/${meetings[1].id}/record`, maija, { notes: null, attended: [] })).status).toBe(409);
    const recorded = await call('POST', `/api/mentoring/meetings/${first}/record`, maija, { notes: 'Käsiteltiin somea.', attended: [idOf('Aino Kirjastolainen'), idOf('Bo Bibliotekarie'), idOf('Maija Mentori')] });
    expect(recorded.status).toBe(200);

    const seasonId = (await call('GET', '/api/mentoring', coordinator)).body.seasons[0].id;
    const report = await call('GET', `/api/mentoring/seasons/${seasonId}/report`, coordinator);
    expect(report.body.groups[0].report).toEqual({
      meetingsHeld: 1, meetingsCancelled: 0, groupSize: 3, averageAttendance: 3, attendanceRate: 1, themes: ['Some-viestintä kirjastossa'],
      feedbackCount: 1, averageUsefulness: 5, averageWellbeing: 4, comments: ['Hyödyllinen.'],
    });
    expect((await call('GET', `/api/mentoring/seasons/${seasonId}/report`, aino, undefined, 'fi')).body.error.message).toBe('Vain tämän kehittämisyksikön koordinaattorit näkevät kauden raportin.');

    const csv = await fetch(`${app.url}/api/mentoring/seasons/${seasonId}/report.csv`, { headers: { authorization: `Bearer ${await api.entra.sign(coordinator)}`, 'accept-language': 'fi' } });
    expect(csv.headers.get('content-disposition')).toContain("filename*=UTF-8''mentorointiraportti-Kev%C3%A4t-2030.csv");
    const text = Buffer.from(await csv.arrayBuffer()).toString('utf8');
    expect(text.split('\r\n')[0]).toBe('\ufeffKausi,Ryhmä,Pidetyt tapaamiset,Perutut tapaamiset,Ryhmän koko,Osallistujia keskimäärin,Osallistumisaste,Käsitellyt teemat,Palautteita,Hyödyllisyys (1–5),Työhyvinvointi (1–5),Kommentit');
    expect(text).toContain('Kevät 2030,Viestinnän tukiryhmä,1,0,3,3,1,Some-viestintä kirjastossa,1,5,4,Hyödyllinen.');
    expect(text).not.toMatch(/Aino|Bo Bibliotekarie|Maija/);
  });
});
