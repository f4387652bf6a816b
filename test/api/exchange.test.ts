/**
 * The staff exchange through the tab's API with real signed Teams tokens, on both engines: a librarian saves a
 * draft and sends it; her supervisor confirms, the host library accepts and names the workplace mentor, the
 * coordinator approves the costs against the year's budget; parties outside Kollega have their word recorded by
 * the coordinator; after the visit (the test's clock moved past it) come feedback, costs, reimbursement and the
 * story. Out-of-turn steps, bad dates, a host equal to home and a budget overrun get an answer in the caller's
 * language and change nothing.
 */
import { auditTrail } from '../../shared/store/repositories/audit';
import { TestClock } from '../jobs/jobTestKit';
import { elina, TENANT } from '../support/joiningWorld';
import type { KollegaUnderTest } from '../support/kollegaUnderTest';
import { startTabApi, type TabApiUnderTest } from '../support/tabApi';

type Who = { oid: string; tid: string; name: string; preferred_username?: string };
const coordinator: Who = { oid: elina.aadObjectId, tid: TENANT, name: 'Elina Karioja' };
const person = (n: number, name: string, email: string): Who => ({ oid: `5e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a${String(n).padStart(2, '0')}`, tid: TENANT, name, preferred_username: email });
const aino = person(1, 'Aino Kirjastolainen', 'aino@porvoo.fi');
const sanna = person(2, 'Sanna Esihenkilö', 'sanna@porvoo.fi');
const hanna = person(3, 'Hanna Värd', 'hanna@vaasa.fi');
const outsider = person(4, 'Olli Ohikulkija', 'olli@example.org');

const plan = (over: Record<string, unknown> = {}) => ({
  homeLibraryId: 'porvoo-main', hostLibraryId: 'vaasa-main', startsOn: '2030-03-05', endsOn: '2030-03-07', reciprocal: false,
  expectations: 'Se hur Vasa jobbar med seniorer', expertise: 'Seniorarbete', languagePractice: true,
  supervisorName: 'Sanna Esihenkilö', supervisorEmail: 'sanna@porvoo.fi', hostContactName: 'Hanna Värd', hostContactEmail: 'hanna@vaasa.fi',
  travelEstimateCents: 120_00, stayEstimateCents: 200_00, ...over,
});

describe.each(['sqlite', 'postgres'] as const)('the staff exchange in the tab API [%s]', (dialect) => {
  let api: TabApiUnderTest;
  let app: KollegaUnderTest;
  // Winter before the visits of spring 2030; the last suite moves it past one of them.
  const clock = new TestClock('2029-12-01T08:00:00.000Z');

  beforeAll(async () => {
    api = await startTabApi(dialect, { now: clock.now, outboxPolling: false });
    app = api.app;
  });
  afterAll(async () => {
    await api?.stop();
  });

  const call = (method: string, route: string, who: Who, body?: unknown, lang = 'en') => api.call(method, route, who, body, lang);
  const signIn = async (...people: Who[]) => { for (const p of people) await call('GET', '/api/me', p); };
  const row = async (id: string) => app.store.db.selectFrom('exchange_applications').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const step = (id: string, who: Who, body: Record<string, unknown>, lang = 'en') => call('POST', `/api/exchange/applications/${id}/steps`, who, body, lang);
  const applyAndSend = async (over: Record<string, unknown> = {}) => {
    const sent = await call('POST', '/api/exchange/applications', aino, { plan: plan(over), submit: true });
    expect(sent.status).toBe(201);
    return sent.body.application.id as string;
  };

  it('keeps a draft, finishes it later and carries it through the three-party agreement', async () => {
    await signIn(aino, sanna, hanna);
    const draft = await call('POST', '/api/exchange/applications', aino, { plan: { homeLibraryId: 'porvoo-main', expectations: 'Ideas' }, submit: false });
    expect(draft).toMatchObject({ status: 201, body: { application: { state: 'draft', version: 1, you: { steps: ['edit', 'submit', 'withdraw'] } } } });
    const id = draft.body.application.id;
    expect((await call('GET', `/api/exchange/applications/${id}`, coordinator)).status).toBe(404); // a draft is the applicant's own
    const mine = await call('GET', '/api/exchange/applications', aino);
    expect(mine.body.applications.map((a: any) => a.id)).toEqual([id]);

    const incomplete = await call('PUT', `/api/exchange/applications/${id}`, aino, { plan: { homeLibraryId: 'porvoo-main' }, submit: true, version: 1 }, 'fi');
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.error.message).toContain('Valitse kirjasto, jossa haluat vierailla.');
    const sent = await call('PUT', `/api/exchange/applications/${id}`, aino, { plan: plan(), submit: true, version: 1 });
    expect(sent).toMatchObject({ status: 200, body: { application: { state: 'supervisorReview', workingDays: 3, hostLibrary: { bilingual: true, name: { sv: 'Vasa stadsbibliotek' } } } } });

    // The host is named, but it is not yet the host's turn: refused, audited, nothing changes.
    const early = await step(id, hanna, { step: 'confirm' }, 'sv');
    expect(early).toMatchObject({ status: 403, body: { error: { message: 'Det här steget är inte ditt att ta nu.' } } });
    expect((await row(id)).state).toBe('supervisorReview');
    expect((await auditTrail(app.store.db, 'exchangeApplication', id)).map((e) => e.action)).toContain('exchange.confirm.refused');

    expect((await call('GET', `/api/exchange/applications/${id}`, sanna)).body.application.you).toMatchObject({ parties: ['supervisor'], steps: ['confirm', 'requestChanges', 'decline'] });
    expect((await step(id, sanna, { step: 'confirm' })).body.application.state).toBe('hostReview');
    const noMentor = await step(id, hanna, { step: 'acceptAsHost', mentorName: '  ' }, 'fi');
    expect(noMentor).toMatchObject({ status: 409, body: { error: { message: 'Nimeä työpaikkaohjaaja, joka huolehtii vieraasta.' } } });
    expect((await step(id, hanna, { step: 'acceptAsHost', mentorName: 'Maria Mentor', mentorEmail: 'maria@vaasa.fi' })).body.application).toMatchObject({ state: 'coordinatorReview', mentorName: 'Maria Mentor' });

    // No budget for 2030 yet: approving anything over nothing is an overrun.
    const over = await step(id, coordinator, { step: 'approveCosts', grantedCents: 320_00 }, 'fi');
    expect(over).toMatchObject({ status: 409, body: { error: { message: 'Kulut ylittävät tämän vuoden budjetista jäljellä olevan summan.' } } });
    expect((await call('PUT', '/api/exchange/budgets/ake-borga/2030', aino, { amountCents: 1_000_000_00 })).status).toBe(403);
    expect((await call('PUT', '/api/exchange/budgets/ake-borga/2030', coordinator, { amountCents: 1000_00 })).status).toBe(200);
    const approved = await step(id, coordinator, { step: 'approveCosts', grantedCents: 320_00 });
    expect(approved.body.application).toMatchObject({ state: 'approved', grantedCents: 320_00 });
    expect(approved.body.application.history.map((h: any) => `${h.party}:${h.action}`)).toEqual([
      'applicant:create', 'applicant:edit', 'applicant:submit', 'supervisor:confirm', 'host:acceptAsHost', 'coordinator:approveCosts',
    ]);

    // The next party's card, the reminder before the visit and the questions after it are queued with the step.
    const jobs = await app.store.db.selectFrom('outbox').select(['kind', 'next_attempt_at']).where('kind', 'like', 'exchange.%').execute();
    expect(jobs.filter((j) => j.kind === 'exchange.step')).toHaveLength(4);
    expect(jobs.find((j) => j.kind === 'exchange.reminder')?.next_attempt_at).toBe('2030-03-02T07:00:00.000Z');
    expect(jobs.find((j) => j.kind === 'exchange.afterVisit')?.next_attempt_at).toBe('2030-03-08T07:00:00.000Z');

    const overview = await call('GET', '/api/exchange/overview?year=2030', coordinator);
    expect(overview.body.units.find((u: any) => u.id === 'ake-borga').budget).toEqual({ budgetCents: 1000_00, grantedCents: 320_00, spentCents: 0, leftCents: 680_00 });
    expect(overview.body.applications).toMatchObject([{ id, state: 'approved', applicantName: 'Aino Kirjastolainen' }]);
    expect(overview.body.libraries.map((l: any) => [l.library.id, l.sent, l.hosted])).toEqual([['porvoo-main', 1, 0], ['vaasa-main', 0, 1]]);
    const csv = await call('GET', '/api/exchange/overview.csv?year=2030', coordinator, undefined, 'sv');
    expect(csv.status).toBe(200);
    expect(csv.body).toContain('Status,Sökande,Eget bibliotek');
    expect(csv.body).toContain('Överenskommet,Aino Kirjastolainen,Borgå stadsbibliotek,Borgå,Vasa stadsbibliotek,Vasa,2030-03-05,2030-03-07,nej,320.00,320.00,,,Maria Mentor');
    expect((await call('GET', '/api/exchange/overview', aino)).status).toBe(403);
  });

  it('refuses impossible plans in the caller\'s language and saves nothing', async () => {
    const before = (await app.store.db.selectFrom('exchange_applications').select('id').execute()).length;
    const tooLong = await call('POST', '/api/exchange/applications', aino, { plan: plan({ startsOn: '2030-03-11', endsOn: '2030-03-18' }), submit: false }, 'fi');
    expect(tooLong).toMatchObject({ status: 400 });
    expect(tooLong.body.error.message).toContain('Vierailu kestää 1–5 työpäivää.');
    const sameLibrary = await call('POST', '/api/exchange/applications', aino, { plan: plan({ hostLibraryId: 'porvoo-main' }), submit: true }, 'sv');
    expect(sameLibrary.body.error.message).toContain('Värdbiblioteket måste vara ett annat bibliotek än ditt eget.');
    const weekend = await call('POST', '/api/exchange/applications', aino, { plan: plan({ startsOn: '2030-03-09', endsOn: '2030-03-11' }), submit: false });
    expect(weekend.body.error.message).toContain('The visit starts on a weekend or a public holiday');
    const forged = await call('POST', '/api/exchange/applications', aino, { plan: plan(), submit: true, state: 'approved' });
    expect(forged.status).toBe(400);
    const negative = await call('POST', '/api/exchange/applications', aino, { plan: plan({ travelEstimateCents: -5 }), submit: false });
    expect(negative.status).toBe(400);
    expect((await app.store.db.selectFrom('exchange_applications').select('id').execute()).length).toBe(before);
  });

  it('returns the application for changes, lets only the applicant edit it, and starts the agreement over', async () => {
    const id = await applyAndSend();
    expect((await call('PUT', `/api/exchange/applications/${id}`, aino, { plan: plan({ expertise: 'Other' }) })).status).toBe(409); // sent: not editable
    expect((await step(id, sanna, { step: 'requestChanges', reason: ' ' })).status).toBe(409);
    const asked = await step(id, sanna, { step: 'requestChanges', reason: 'Toinen viikko, kiitos.' });
    expect(asked.body.application).toMatchObject({ state: 'changesRequested', lastReason: 'Toinen viikko, kiitos.' });
    const version = asked.body.application.version;
    expect((await call('PUT', `/api/exchange/applications/${id}`, sanna, { plan: plan(), version })).status).toBe(403); // not the supervisor's to edit
    expect((await call('PUT', `/api/exchange/applications/${id}`, aino, { plan: plan(), version: version - 1 })).status).toBe(409); // a stale form
    const again = await call('PUT', `/api/exchange/applications/${id}`, aino, { plan: plan({ startsOn: '2030-03-12', endsOn: '2030-03-13' }), submit: true, version });
    expect(again.body.application).toMatchObject({ state: 'supervisorReview', startsOn: '2030-03-12', lastReason: null });
    expect((await step(id, sanna, { step: 'decline', reason: 'Ei resursseja.' })).body.application.state).toBe('declined');
    expect((await step(id, aino, { step: 'withdraw' })).status).toBe(409); // closed
  });

  it('lets the coordinator record the word of a supervisor and a host outside Kollega, and nobody else', async () => {
    const id = await applyAndSend({ supervisorName: 'Sam Outside', supervisorEmail: 'sam@loviisa.fi', hostContactName: 'Harri Outside', hostContactEmail: 'harri@helsinki.fi', hostLibraryId: 'helsinki-oodi' });
    const seen = (await call('GET', `/api/exchange/applications/${id}`, coordinator)).body.application;
    expect(seen).toMatchObject({ outside: { supervisor: true, host: true }, you: { steps: [], recordFor: { supervisor: ['confirm', 'requestChanges', 'decline'], host: [] } } });
    expect((await step(id, outsider, { step: 'confirm', recordingFor: 'supervisor' })).status).toBe(403);
    expect((await step(id, coordinator, { step: 'confirm', recordingFor: 'host' })).status).toBe(403);
    expect((await step(id, coordinator, { step: 'confirm', recordingFor: 'supervisor' })).body.application.state).toBe('hostReview');
    const recorded = (await call('GET', `/api/exchange/applications/${id}`, coordinator)).body.application;
    expect(recorded.history.at(-1)).toMatchObject({ party: 'supervisor', recordedFor: 'supervisor', actorName: 'Elina Karioja' });
    expect(recorded.you.recordFor.host).toEqual(['acceptAsHost', 'requestChanges', 'decline']);

    // Once the host has signed in, they act themselves: recording for them is no longer the coordinator's.
    const harri = person(5, 'Harri Outside', 'harri@helsinki.fi');
    await signIn(harri);
    expect((await step(id, coordinator, { step: 'acceptAsHost', mentorName: 'Harri Outside', recordingFor: 'host' })).status).toBe(403);
    const accepted = await step(id, harri, { step: 'acceptAsHost', mentorName: 'Harri Outside' });
    expect(accepted.body.application.history.at(-1)).toMatchObject({ party: 'host', recordedFor: null, actorName: 'Harri Outside' });
    expect(accepted.body.application.state).toBe('coordinatorReview');
  });

  it('after the visit takes feedback in each direction once, the costs, the reimbursement and the story', async () => {
    const id = await applyAndSend();
    await step(id, sanna, { step: 'confirm' });
    await step(id, hanna, { step: 'acceptAsHost', mentorName: 'Maria Mentor' });
    await step(id, coordinator, { step: 'approveCosts', grantedCents: 300_00 });
    const early = await call('POST', `/api/exchange/applications/${id}/feedback`, aino, { direction: 'guestToHost', rating: 5, text: 'Tack!' }, 'sv');
    expect(early).toMatchObject({ status: 409, body: { error: { message: 'Det här kan göras först efter besöket.' } } });
    expect((await call('POST', `/api/exchange/applications/${id}/costs`, aino, { travelCents: 100_00, stayCents: 150_00 })).status).toBe(409);

    // The visit took place: it is the morning after its last day.
    clock.advance(Date.parse('2030-03-08T08:00:00.000Z') - clock.now().getTime());
    expect((await call('GET', `/api/exchange/applications/${id}`, aino)).body.application.you).toMatchObject({ steps: ['fileCosts'], feedback: ['guestToHost', 'guestToUnit'], story: true });
    expect((await call('POST', `/api/exchange/applications/${id}/feedback`, aino, { direction: 'hostToGuest', rating: 5, text: 'Me?' })).status).toBe(403);
    for (const direction of ['guestToHost', 'guestToUnit'] as const) {
      expect((await call('POST', `/api/exchange/applications/${id}/feedback`, aino, { direction, rating: 4, text: `About ${direction}` })).status).toBe(200);
    }
    expect((await call('POST', `/api/exchange/applications/${id}/feedback`, aino, { direction: 'guestToHost', rating: 1, text: 'Changed my mind' })).status).toBe(409);
    expect((await call('POST', `/api/exchange/applications/${id}/feedback`, hanna, { direction: 'hostToGuest', rating: 5, text: 'A fine guest' })).status).toBe(200);
    const hostSees = (await call('GET', `/api/exchange/applications/${id}`, hanna)).body.application.feedback.map((f: any) => f.direction);
    expect(hostSees).toEqual(['guestToHost', 'hostToGuest']); // the unit's feedback is not the host's to read

    expect((await step(id, coordinator, { step: 'markReimbursed' })).status).toBe(409); // costs not filed yet
    expect((await call('POST', `/api/exchange/applications/${id}/costs`, aino, { travelCents: 110_00, stayCents: 240_00 })).status).toBe(200);
    const paid = await step(id, coordinator, { step: 'markReimbursed' });
    expect(paid.body.application).toMatchObject({ state: 'reimbursed', reimbursedCents: 300_00 }); // the grant caps it
    const budget = (await call('GET', '/api/exchange/overview?year=2030', coordinator)).body.units.find((u: any) => u.id === 'ake-borga').budget;
    // The first suite's 320 € stay granted; this one's grant of 300 € became 300 € spent.
    expect(budget).toEqual({ budgetCents: 1000_00, grantedCents: 620_00, spentCents: 300_00, leftCents: 380_00 });

    expect((await call('PUT', `/api/exchange/applications/${id}/story`, hanna, { title: 'Not mine', text: 'x', publish: true })).status).toBe(403);
    await call('PUT', `/api/exchange/applications/${id}/story`, aino, { title: 'Tre dagar i Vasa', text: 'Seniorcaféet var en idé att ta hem.', publish: true });
    const stories = (await call('GET', '/api/exchange/stories', outsider)).body.stories;
    expect(stories).toMatchObject([{ title: 'Tre dagar i Vasa', authorName: 'Aino Kirjastolainen', hostLibrary: { id: 'vaasa-main' } }]);
    await call('PUT', `/api/exchange/applications/${id}/story`, aino, { title: 'Tre dagar i Vasa', text: 'Seniorcaféet var en idé att ta hem.', publish: false });
    expect((await call('GET', '/api/exchange/stories', outsider)).body.stories).toEqual([]);
  });

  it('finds host libraries by Finnish or Swedish name and flags the bilingual ones', async () => {
    const found = await call('GET', '/api/exchange/libraries?q=borg%C3%A5', aino);
    expect(found.body.libraries.map((l: any) => l.id)).toEqual(['porvoo-main']);
    const bilingual = (await call('GET', '/api/exchange/libraries?region=pohjanmaa&bilingual=true', aino)).body.libraries;
    expect(bilingual.length).toBeGreaterThan(3);
    expect(bilingual.every((l: any) => l.bilingual && l.regionId === 'pohjanmaa')).toBe(true);
    expect((await call('GET', '/api/exchange/libraries?region=DROP%20TABLE', aino)).status).toBe(400);
  });
});
