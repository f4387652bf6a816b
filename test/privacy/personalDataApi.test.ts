/**
 * A person's data through the tab's API with real signed Teams tokens, on both engines: the signed-in person
 * downloads their data as a JSON file and erases it (only with `confirm: true`; the seat they held goes to the next
 * in the queue); an admin downloads and erases a named person's data; anyone else gets a 403 and a bad body a 400,
 * in the caller's language, and nothing changes. The nightly sweep runs through the app's own outbox.
 */
import { t as translate } from '../../shared/i18n/translate';
import { enqueueRetentionSweep } from '../../shared/services/retention';
import { ERASED_PERSON_ID } from '../../shared/store/repositories/personalData/subject';
import { TestClock } from '../jobs/jobTestKit';
import { elina, TENANT, testSeed } from '../support/joiningWorld';
import { startTabApi, type TabApiUnderTest } from '../support/tabApi';

type Who = { oid: string; tid: string; name: string; preferred_username?: string };
const person = (n: number, name: string, email: string): Who => ({ oid: `6a1d2c3b-4a59-4687-9a0b-1c2d3e4f5b${String(n).padStart(2, '0')}`, tid: TENANT, name, preferred_username: email });
const aino = person(1, 'Aino Tietosuoja', 'aino.tietosuoja@porvoo.fi');
const olli = person(2, 'Olli Jonossa', 'olli.jonossa@sipoo.fi');
const ville = person(3, 'Ville Vaihtanut', 'ville.vaihtanut@loviisa.fi');
const admin = person(9, 'Anna Admin', 'anna.admin@kirjastot.example.org');
const coordinator: Who = { oid: elina.aadObjectId, tid: TENANT, name: 'Elina Karioja' };

describe.each(['sqlite', 'postgres'] as const)('personal data in the tab API [%s]', (dialect) => {
  let api: TabApiUnderTest;
  const clock = new TestClock('2029-11-01T08:00:00.000Z');
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const seed = testSeed();
    seed.admins = [{ displayName: admin.name, aadObjectId: admin.oid }];
    api = await startTabApi(dialect, { now: clock.now, outboxPolling: false }, seed);
    for (const [key, who] of Object.entries({ aino, olli, ville, admin })) ids[key] = (await api.call('GET', '/api/me', who)).body.person.id;
  });
  afterAll(async () => {
    await api?.stop();
  });

  const db = () => api.app.store.db;
  const call = (method: string, route: string, who: Who, body?: unknown, lang = 'en') => api.call(method, route, who, body, lang);
  const exists = async (id: string) => (await db().selectFrom('people').select('id').where('id', '=', id).execute()).length === 1;
  /** The raw answer, for its headers. */
  const fetchAs = async (who: Who, route: string) => fetch(`${api.app.url}${route}`, { headers: { authorization: `Bearer ${await api.entra.sign(who)}`, 'accept-language': 'fi' } });

  it('gives the signed-in person their data as a JSON file, with nothing of anyone else', async () => {
    expect((await call('POST', '/api/networks/severi/join', aino, { message: 'Ainon oma viesti', library: 'Porvoon kirjasto' })).status).toBe(201);
    expect((await call('POST', '/api/networks/severi/join', olli, { message: 'Ollin oma viesti' })).status).toBe(201);
    const answer = await fetchAs(aino, '/api/me/personal-data');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(answer.headers.get('content-disposition')).toMatch(/^attachment; filename="kollega-omat-tiedot-2029-11-01\.json"/);
    const text = await answer.text();
    const document = JSON.parse(text);
    expect(document).toMatchObject({ kind: 'kollega.personalData', person: { id: ids.aino, email: aino.preferred_username, entraObjectId: aino.oid } });
    expect(document.networks.joinRequests).toMatchObject([{ networkId: 'severi', state: 'pending', message: 'Ainon oma viesti', library: 'Porvoon kirjasto' }]);
    for (const other of [ids.olli, olli.name, olli.preferred_username!, 'Ollin oma viesti']) expect(text).not.toContain(other);
    expect((await call('GET', '/api/me/personal-data', { ...aino, oid: '' })).status).toBe(401);
  });

  it('refuses an erasure without an explicit confirmation, in the caller\'s language, and changes nothing', async () => {
    for (const [lang, body] of [['fi', undefined], ['sv', { confirm: false }], ['en', { confirm: 'yes' }], ['fi', { confirm: true, everyone: true }]] as const) {
      const refused = await call('POST', '/api/me/personal-data/erase', aino, body, lang);
      expect(refused.status).toBe(400);
      expect(refused.body.error.message.startsWith(translate(lang, 'error.badRequest', { details: '' }))).toBe(true);
    }
    const details = (await call('POST', '/api/me/personal-data/erase', aino, {}, 'sv')).body.error.message;
    expect(details).toContain('confirm');
    expect(await exists(ids.aino)).toBe(true);
  });

  it('refuses someone else\'s data to anyone but an admin, in their language', async () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const erase = await call('POST', `/api/admin/people/${ids.aino}/personal-data/erase`, olli, { confirm: true }, lang);
      expect(erase).toMatchObject({ status: 403, body: { error: { code: 'Forbidden', message: translate(lang, 'privacy.notAllowed') } } });
    }
    expect((await call('GET', `/api/admin/people/${ids.aino}/personal-data`, coordinator)).status).toBe(403); // a coordinator is no admin
    expect((await call('POST', `/api/admin/people/${ids.aino}/personal-data/erase`, coordinator, { confirm: true })).status).toBe(403);
    expect(await exists(ids.aino)).toBe(true);
    expect((await call('POST', '/api/admin/people/not%20an%20id/personal-data/erase', admin, { confirm: true })).status).toBe(400);
  });

  it('erases the signed-in person: the seat they held goes to the next in the queue', async () => {
    const plan = { kind: 'bookCoffee', titleFi: 'Kirjakahvit', titleSv: 'Bokkaffe', descriptionFi: 'Vinkkejä', descriptionSv: 'Tips', startDate: '2029-12-10', startTime: '14:00', endTime: '15:00', capacity: '1' };
    const event = (await call('POST', '/api/networks/severi/events', coordinator, plan)).body.event;
    expect((await call('PUT', `/api/events/${event.id}/rsvp`, aino, { answer: 'going' })).body.event.you).toMatchObject({ status: 'confirmed' });
    expect((await call('PUT', `/api/events/${event.id}/rsvp`, olli, { answer: 'going' })).body.event.you).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });

    const erased = await call('POST', '/api/me/personal-data/erase', aino, { confirm: true });
    expect(erased).toMatchObject({ status: 200, body: { erased: true, erasureId: expect.any(String) } });
    expect(await exists(ids.aino)).toBe(false);
    const seen = (await call('GET', `/api/events/${event.id}`, olli)).body.event;
    expect(seen).toMatchObject({ counts: { going: 1, waitlist: 0, notGoing: 0 }, you: { status: 'confirmed' } });
    const entry = await db().selectFrom('audit_log').selectAll().where('subject_id', '=', erased.body.erasureId).executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ action: 'personalData.erased', actor: ERASED_PERSON_ID });
  });

  it('lets an admin download and erase a named person\'s data, and a second erasure finds nothing', async () => {
    const download = await call('GET', `/api/admin/people/${ids.ville}/personal-data`, admin);
    expect(download).toMatchObject({ status: 200, body: { person: { id: ids.ville, displayName: ville.name } } });
    const first = await call('POST', `/api/admin/people/${ids.ville}/personal-data/erase`, admin, { confirm: true }, 'sv');
    expect(first).toMatchObject({ status: 200, body: { erased: true } });
    expect(await exists(ids.ville)).toBe(false);
    expect(await call('POST', `/api/admin/people/${ids.ville}/personal-data/erase`, admin, { confirm: true })).toMatchObject({ status: 200, body: { erased: false, erasureId: null, rows: 0 } });
    expect((await call('GET', `/api/admin/people/${ids.ville}/personal-data`, admin)).status).toBe(404);
    const entry = await db().selectFrom('audit_log').selectAll().where('subject_id', '=', first.body.erasureId).executeTakeFirstOrThrow();
    expect(entry.actor).toBe(ids.admin);
  });

  it('sweeps old data every night through the outbox', async () => {
    clock.advance(1200 * 24 * 60 * 60 * 1000); // past the default period of 1095 days
    await api.app.outbox.runDue(); // the earlier tests' messages first, so the sweep runs alone
    expect(await enqueueRetentionSweep(db(), clock.now())).toBe(true);
    expect(await enqueueRetentionSweep(db(), clock.now())).toBe(false); // another instance's timer: the same job
    await api.app.outbox.runDue();
    expect(await db().selectFrom('outbox').select('state').where('kind', '=', 'personalData.retention').execute()).toEqual([{ state: 'done' }]);
    const sweep = await db().selectFrom('audit_log').selectAll().where('action', '=', 'personalData.retention').executeTakeFirstOrThrow();
    expect(JSON.parse(sweep.detail_json!)).toMatchObject({ days: 1095, counts: { events: 1, event_rsvps: 1 } });
    expect(await db().selectFrom('events').select('id').execute()).toEqual([]);
  });
});
