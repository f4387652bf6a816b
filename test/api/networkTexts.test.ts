/**
 * What a network publishes for its libraries, through the tab's API on both engines: the coordinator writes the
 * year's reading challenge in Finnish and Swedish, saves it unpublished and publishes it; members read it and
 * earlier years stay readable. The guide list (the PRAO guide: Finnish 11/2021, Swedish 2/2022) is kept by the
 * coordinator and read by everyone. Others' writes and bad bodies are refused in the caller's language.
 */
import { auditTrail } from '../../shared/store/repositories/audit';
import { TestClock } from '../jobs/jobTestKit';
import { TENANT, tiina } from '../support/joiningWorld';
import { startTabApi, type TabApiUnderTest } from '../support/tabApi';

type Who = { oid: string; tid: string; name: string };
const coordinator: Who = { oid: tiina.aadObjectId, tid: TENANT, name: 'Tiina Rajala' };
const reader: Who = { oid: '8b1d2c3b-4a59-4687-9a0b-1c2d3e4f5a01', tid: TENANT, name: 'Rita Läsare' };

const challenge = (year: number, over: Record<string, unknown> = {}) => ({
  title: { fi: `Uudenmaan kirjastojen lukuhaaste ${year}`, sv: `De nyländska bibliotekens läsutmaning ${year}` },
  intro: { fi: 'Lue vuoden aikana kirjoja eri aiheista.', sv: 'Läs böcker om olika ämnen under året.' },
  tasks: [
    { fi: 'Lue kirja, jonka kannessa on eläin', sv: 'Läs en bok med ett djur på pärmen' },
    { fi: 'Lue sarjakuva', sv: 'Läs en serie' },
    { fi: '', sv: '' },
  ],
  publish: true,
  ...over,
});

const prao = {
  title: { fi: 'PRAO-opas kirjastoille', sv: 'PRAO-guiden för bibliotek', en: 'PRAO guide for libraries' },
  editions: { fi: { url: 'https://example.org/prao-opas.pdf', published: '2021-11' }, sv: { url: 'https://example.org/prao-guiden.pdf', published: '2022-02' } },
};

describe.each(['sqlite', 'postgres'] as const)('the reading challenge and guides in the tab API [%s]', (dialect) => {
  let api: TabApiUnderTest;
  const clock = new TestClock('2030-01-10T08:00:00.000Z');

  beforeAll(async () => {
    api = await startTabApi(dialect, { now: clock.now, outboxPolling: false });
  });
  afterAll(async () => {
    await api?.stop();
  });

  const call = (method: string, route: string, who: Who, body?: unknown, lang = 'en') => api.call(method, route, who, body, lang);

  it('keeps a challenge unpublished while it is written, then publishes it; earlier years stay readable', async () => {
    const draft = await call('PUT', '/api/networks/lanu/challenges/2030', coordinator, challenge(2030, { publish: false, tasks: [{ fi: 'Lue runokirja', sv: '' }] }));
    expect(draft).toMatchObject({ status: 200, body: { challenge: { year: 2030, publishedAt: null, tasks: [{ fi: 'Lue runokirja', sv: '' }] } } });
    expect((await call('GET', '/api/networks/lanu/challenges', reader)).body).toEqual({ challenges: [], you: { coordinates: false } });
    expect((await call('GET', '/api/networks/lanu/challenges', coordinator)).body.challenges).toHaveLength(1);

    // Publishing needs every task in both languages.
    const half = await call('PUT', '/api/networks/lanu/challenges/2030', coordinator, challenge(2030, { tasks: [{ fi: 'Lue runokirja', sv: '' }] }), 'sv');
    expect(half.status).toBe(400);
    expect(half.body.error.message).toContain('varje uppgift behöver sin finska och sin svenska text');

    expect((await call('PUT', '/api/networks/lanu/challenges/2029', coordinator, challenge(2029))).status).toBe(200);
    const published = await call('PUT', '/api/networks/lanu/challenges/2030', coordinator, challenge(2030));
    expect(published.body.challenge.publishedAt).toBe('2030-01-10T08:00:00.000Z');
    expect(published.body.challenge.tasks).toHaveLength(2); // the blank row the form left is not published

    const read = await call('GET', '/api/networks/lanu/challenges', reader);
    expect(read.body.challenges.map((c: { year: number }) => c.year)).toEqual([2030, 2029]);
    expect(read.body.challenges[0].tasks[0]).toEqual({ fi: 'Lue kirja, jonka kannessa on eläin', sv: 'Läs en bok med ett djur på pärmen' });

    // A corrected typo keeps the first publication's time.
    clock.advance(86_400_000);
    const fixed = await call('PUT', '/api/networks/lanu/challenges/2030', coordinator, challenge(2030, { intro: { fi: 'Lue monipuolisesti.', sv: 'Läs mångsidigt.' } }));
    expect(fixed.body.challenge).toMatchObject({ publishedAt: '2030-01-10T08:00:00.000Z', intro: { sv: 'Läs mångsidigt.' } });
    expect((await auditTrail(api.app.store.db, 'network', 'lanu')).map((e) => e.action)).toEqual(['challenge.write', 'challenge.publish', 'challenge.publish', 'challenge.write']);
  });

  it('refuses a challenge from someone who does not coordinate the network, and impossible years', async () => {
    const refused = await call('PUT', '/api/networks/lanu/challenges/2030', reader, challenge(2030, { title: { fi: 'Väärä', sv: 'Fel' } }), 'fi');
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('Vain verkoston koordinaattorit');
    expect((await call('PUT', '/api/networks/lanu/challenges/2035', coordinator, challenge(2035))).status).toBe(400);
    expect((await call('PUT', '/api/networks/severi/challenges/2030', coordinator, challenge(2030))).status).toBe(403); // Tiina leads the children's network only
    expect((await call('PUT', '/api/networks/nope/challenges/2030', coordinator, challenge(2030))).status).toBe(404);
    expect((await call('PUT', '/api/networks/lanu/challenges/2030', coordinator, { ...challenge(2030), extra: 1 })).status).toBe(400);
    const read = await call('GET', '/api/networks/lanu/challenges', reader);
    expect(read.body.challenges[0].title.fi).toBe('Uudenmaan kirjastojen lukuhaaste 2030');
  });

  it('keeps the guide list: added, changed and removed by the coordinator, read by everyone', async () => {
    const added = await call('POST', '/api/networks/lanu/guides', coordinator, prao);
    expect(added).toMatchObject({ status: 201, body: { guide: { title: prao.title, editions: prao.editions } } });
    const id = added.body.guide.id;
    expect((await call('GET', '/api/networks/lanu/guides', reader)).body).toEqual({ guides: [added.body.guide], you: { coordinates: false } });

    const changed = await call('PUT', `/api/guides/${id}`, coordinator, { ...prao, editions: { ...prao.editions, en: { url: 'https://example.org/prao-en.pdf', published: null } } });
    expect(changed.body.guide.editions.en).toEqual({ url: 'https://example.org/prao-en.pdf', published: null });

    expect((await call('DELETE', `/api/guides/${id}`, reader)).status).toBe(403);
    expect((await call('POST', '/api/networks/lanu/guides', reader, prao)).status).toBe(403);
    expect((await call('DELETE', `/api/guides/${id}`, coordinator)).status).toBe(204);
    expect((await call('GET', '/api/networks/lanu/guides', reader)).body.guides).toEqual([]);
    expect((await call('DELETE', `/api/guides/${id}`, coordinator)).status).toBe(404);
  });

  it('refuses a guide without a title or edition, or with a link that is not a web address', async () => {
    const script = await call('POST', '/api/networks/lanu/guides', coordinator, { ...prao, editions: { fi: { url: 'javascript:alert(1)', published: null } } }, 'sv');
    expect(script.status).toBe(400);
    expect(script.body.error.message).toContain('länkarna måste vara webbadresser');
    const empty = await call('POST', '/api/networks/lanu/guides', coordinator, { title: { fi: '', sv: '', en: '' }, editions: {} });
    expect(empty.body.error.message).toContain('the guide needs a title');
    expect(empty.body.error.message).toContain('give a link to at least one language');
    expect((await call('POST', '/api/networks/lanu/guides', coordinator, { ...prao, editions: { fi: { url: 'https://x.org', published: '2021-13' } } })).status).toBe(400);
    expect((await call('GET', '/api/networks/lanu/guides', reader)).body.guides).toEqual([]);
  });
});
