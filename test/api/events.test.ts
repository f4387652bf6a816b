/**
 * The tab's API for events: a coordinator plans, changes and cancels from the tab's form (Finnish wall-clock
 * time in, UTC stored); people answer, with seats and a waitlist, and bring book tips; everyone sees their
 * upcoming events with their own answer. Refusals answer in the caller's language and change nothing.
 *
 * Over HTTP nobody is signed in yet (Teams SSO arrives with the tab), so the routes are called directly with
 * the caller a sign-in would give; the HTTP block checks what HTTP adds: 401, the JSON body's checks, and the
 * .ics file a calendar opens with the event's token. On SQLite and PostgreSQL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Language } from '../../shared/i18n/language';
import { createLogger } from '../../shared/log/logger';
import { readDraft, type LocalEventFields } from '../../shared/services/eventDrafts';
import { createEvent } from '../../shared/services/events';
import { auditTrail } from '../../shared/store/repositories/audit';
import { getEvent, type EventRecord } from '../../shared/store/repositories/events';
import { addMembership } from '../../shared/store/repositories/joining';
import { upsertPerson, type PersonRecord } from '../../shared/store/repositories/people';
import { bundledSeedData, loadSeed, type Seed } from '../../shared/store/seed/loadSeed';
import type { StoreDialect } from '../../shared/store/database';
import { addContributionRoute, answerEventRoute, cancelEventRoute, changeEventRoute, createEventRoute } from '../../tab/api/eventActions';
import { getEventRoute, listContributionsRoute, listEventsRoute } from '../../tab/api/events';
import type { ApiRoute, ApiServices } from '../../tab/api/types';
import { describeEachEngine } from '../support/databases';
import { startTestKollega, type KollegaUnderTest } from '../support/kollegaUnderTest';

const TIINA_AAD = '0b6c1d2e-2222-4a4a-8c01-0000000071a1';
const PUBLIC_URL = 'https://kollega.example.org';
/** Four weeks before the spring's daylight-saving change (Sunday 28 March 2027). */
const march1 = new Date('2027-03-01T08:00:00.000Z');
const LANU_NAME = { fi: 'Lasten ja nuorten kirjastotyö Uudellamaalla', sv: 'Barn- och ungdomsbiblioteksarbete i Nyland', en: "Children's and youth library work in Uusimaa" };

/** The bundled seed, with Tiina Rajala (coordinator of lanu) known by her Entra id. */
function seedWithTiina(): Seed {
  const seed = structuredClone(bundledSeedData());
  seed.coordinators = seed.coordinators.map((c) => (c.id === 'tiina-rajala' ? { ...c, aadObjectId: TIINA_AAD } : c));
  return seed;
}

/** The tab's form as a coordinator fills it in: texts, and dates and times in Finnish time. */
function planForm(over: LocalEventFields = {}): LocalEventFields {
  return {
    titleFi: 'Lanujen kirjakahvit',
    titleSv: 'Lanus bokkaffe',
    descriptionFi: 'Vinkataan lasten- ja nuortenkirjoja.',
    descriptionSv: 'Vi tipsar om barn- och ungdomsböcker.',
    startDate: '2027-03-28',
    startTime: '10:00',
    endTime: '11:00',
    capacity: '3',
    ...over,
  };
}

const bookCoffeeForm = (over: LocalEventFields = {}) => ({ kind: 'bookCoffee', ...planForm(over) });
const muumiTip = { kind: 'bookTip', title: 'Muumipappa ja meri', author: 'Tove Jansson', ageGroup: 'children', isbn: '978-0-306-40615-7' };

describeEachEngine('event API routes', (t) => {
  let now: Date;
  let kicks: number;
  let tiina: PersonRecord;
  let member: PersonRecord;
  let outsider: PersonRecord;

  beforeEach(async () => {
    now = march1;
    kicks = 0;
    await loadSeed(t.store.db, seedWithTiina());
    tiina = await upsertPerson(t.store.db, { botUserId: '29:tiina', aadObjectId: TIINA_AAD, displayName: 'Tiina Rajala', now });
    member = await upsertPerson(t.store.db, { botUserId: '29:m', displayName: 'Mikko Member', now });
    outsider = await upsertPerson(t.store.db, { botUserId: '29:o', displayName: 'Olli Outsider', now });
    await addMembership(t.store.db, { networkId: 'lanu', personId: member.id, joinRequestId: null, teamsState: 'manual', now });
  });

  const services = (): ApiServices => ({
    store: t.store,
    log: createLogger('silent'),
    now: () => now,
    outbox: { kick: () => void (kicks += 1) },
    events: { meetingAutomation: false, reminderMinutes: [1440, 15], publicUrl: PUBLIC_URL },
    teamsAutomation: false,
    signIn: {},
  });

  interface Call {
    caller: PersonRecord | undefined;
    params?: Record<string, string>;
    query?: Record<string, unknown>;
    body?: unknown;
    lang?: Language;
  }
  const call = (route: ApiRoute, { caller, params = {}, query = {}, body, lang = 'en' }: Call): Promise<{ status: number; body: any }> =>
    route.handle({ params, query, body, lang, caller }, services());

  const eventsStored = async () => (await t.store.db.selectFrom('events').select('id').execute()).length;
  const stored = async (id: string): Promise<EventRecord> => (await getEvent(t.store.db, id))!;
  const actions = async (subjectId: string) => (await auditTrail(t.store.db, 'event', subjectId)).map((a) => [a.action, a.actor]);

  /** Tiina plans a book coffee in lanu through the route; returns the event as the route showed it. */
  async function planned(over: LocalEventFields = {}) {
    const res = await call(createEventRoute, { caller: tiina, params: { id: 'lanu' }, body: bookCoffeeForm(over) });
    if (res.status !== 201) throw new Error(`planning answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body.event;
  }

  describe('planning an event', () => {
    it('creates the event from Finnish wall-clock time for its coordinator, stores UTC and audits it', async () => {
      const res = await call(createEventRoute, { caller: tiina, params: { id: 'lanu' }, body: bookCoffeeForm(), lang: 'fi' });
      expect(res.status).toBe(201);
      const event = res.body.event;
      expect(event).toMatchObject({
        networkId: 'lanu',
        kind: 'bookCoffee',
        title: { fi: 'Lanujen kirjakahvit', sv: 'Lanus bokkaffe' },
        // Summer time starts that night: 10:00 in Finland is 07:00 UTC, not 08:00.
        startsAt: '2027-03-28T07:00:00.000Z',
        endsAt: '2027-03-28T08:00:00.000Z',
        when: 'su 28.3.2027 10.00–11.00',
        capacity: 3,
        cancelled: false,
        counts: { going: 0, waitlist: 0, maybe: 0, notGoing: 0 },
        contributions: 0,
        you: null,
        canManage: true,
      });
      const { icsToken } = await stored(event.id);
      expect(event.icsUrl).toBe(`${PUBLIC_URL}/api/events/${event.id}/ics?token=${icsToken}&lang=fi`);
      expect(await actions(event.id)).toEqual([['event.created', tiina.id]]);
      expect(kicks).toBe(1);

      // The day before, Finland is still on winter time (UTC+2).
      const dayBefore = await planned({ startDate: '2027-03-27' });
      expect(dayBefore).toMatchObject({ startsAt: '2027-03-27T08:00:00.000Z', when: 'Sat, 27 Mar 2027, 10:00–11:00' });
      expect(await eventsStored()).toBe(2);
    });

    it.each([
      ['fi', `Vain verkoston ${LANU_NAME.fi} koordinaattorit voivat suunnitella sen tapahtumia.`],
      ['sv', `Bara koordinatorerna för ${LANU_NAME.sv} kan planera dess evenemang.`],
      ['en', `Only the coordinators of ${LANU_NAME.en} can plan its events.`],
    ] as const)('refuses someone who does not coordinate the network, in %s, audits it and stores nothing', async (lang, message) => {
      const res = await call(createEventRoute, { caller: outsider, params: { id: 'lanu' }, body: bookCoffeeForm(), lang });
      expect(res).toEqual({ status: 403, body: { error: { code: 'Forbidden', message } } });
      expect(await actions('lanu')).toEqual([['event.create.refused', outsider.id]]);
      expect(await eventsStored()).toBe(0);
      expect(kicks).toBe(0);
    });

    it("refuses a coordinator another network's events, and tells a non-coordinator nothing about a bad plan", async () => {
      expect((await call(createEventRoute, { caller: tiina, params: { id: 'severi' }, body: bookCoffeeForm() })).status).toBe(403);
      const backwards = await call(createEventRoute, { caller: outsider, params: { id: 'lanu' }, body: bookCoffeeForm({ endTime: '09:00' }) });
      expect(backwards.status).toBe(403);
      expect(backwards.body.error.message).not.toContain('end must be after');
      expect(await eventsStored()).toBe(0);
    });

    it('answers an unknown network 404, a bad path or body 400 and nobody signed in 401, storing nothing', async () => {
      const create = (over: Partial<Call>) => call(createEventRoute, { caller: tiina, params: { id: 'lanu' }, body: bookCoffeeForm(), ...over });

      expect(await create({ params: { id: 'nowhere' } })).toEqual({ status: 404, body: { error: { code: 'NotFound', message: 'Not found.' } } });
      expect((await create({ params: { id: '../x' } })).status).toBe(400);
      const extra = await create({ body: { ...bookCoffeeForm(), networkId: 'lanu' } });
      expect(extra.status).toBe(400);
      expect(extra.body.error.message).toContain('networkId');
      expect((await create({ body: { ...bookCoffeeForm(), kind: 'party' } })).status).toBe(400);
      expect(await create({ caller: undefined })).toEqual({
        status: 401,
        body: { error: { code: 'Unauthorized', message: 'Sign in with your Teams account to see this.' } },
      });
      expect(await eventsStored()).toBe(0);
      expect(kicks).toBe(0);
    });

    it.each([
      ['an end before the start', { endTime: '09:00' }, 'fi', 'Pyyntö ei kelpaa: Lopun on oltava alun jälkeen.'],
      ['a negative capacity', { capacity: '-1' }, 'sv', 'Begäran är ogiltig: Antalet platser kan inte vara negativt.'],
      [
        'a time the spring change skips',
        { startTime: '03:30', endTime: '04:30' },
        'en',
        'The request is not valid: That time does not exist in Finland: the clocks jump from 03:00 to 04:00 that night.',
      ],
      ['a start already past', { startDate: '2027-02-27' }, 'en', 'The request is not valid: The start has already passed.'],
    ] as const)('refuses %s with the reason in the reader language, storing nothing', async (_what, over, lang, message) => {
      const res = await call(createEventRoute, { caller: tiina, params: { id: 'lanu' }, body: bookCoffeeForm(over), lang });
      expect(res).toEqual({ status: 400, body: { error: { code: 'BadRequest', message } } });
      expect(await eventsStored()).toBe(0);
      expect(kicks).toBe(0);
    });
  });

  describe('changing and cancelling', () => {
    it('changes the plan for its coordinator and shows the change', async () => {
      const event = await planned();
      const res = await call(changeEventRoute, {
        caller: tiina,
        params: { id: event.id },
        body: planForm({ titleFi: 'Lanujen kevätkirjakahvit', startTime: '12:00', endTime: '13:30', capacity: '5' }),
        lang: 'sv',
      });
      expect(res.status).toBe(200);
      expect(res.body.event).toMatchObject({
        id: event.id,
        title: { fi: 'Lanujen kevätkirjakahvit' },
        startsAt: '2027-03-28T09:00:00.000Z',
        endsAt: '2027-03-28T10:30:00.000Z',
        when: 'sön 28.3.2027 12.00–13.30',
        capacity: 5,
      });
      expect(await stored(event.id)).toMatchObject({ capacity: 5, startsAt: new Date('2027-03-28T09:00:00.000Z'), title: { fi: 'Lanujen kevätkirjakahvit' } });
      expect(await actions(event.id)).toEqual([
        ['event.created', tiina.id],
        ['event.changed', tiina.id],
      ]);
    });

    it('refuses a change from anyone else, audits it and keeps the plan', async () => {
      const event = await planned();
      const res = await call(changeEventRoute, { caller: member, params: { id: event.id }, body: planForm({ startTime: '12:00', endTime: '13:00' }), lang: 'fi' });
      expect(res).toEqual({ status: 403, body: { error: { code: 'Forbidden', message: `Vain verkoston ${LANU_NAME.fi} koordinaattorit voivat suunnitella sen tapahtumia.` } } });
      expect(await actions(event.id)).toEqual([
        ['event.created', tiina.id],
        ['event.change.refused', member.id],
      ]);
      expect((await stored(event.id)).startsAt).toEqual(new Date('2027-03-28T07:00:00.000Z'));
    });

    it('refuses a capacity under the seats already taken, naming how many are going', async () => {
      const event = await planned({ capacity: '2' });
      for (const who of [member, outsider]) await call(answerEventRoute, { caller: who, params: { id: event.id }, body: { answer: 'going' } });
      const res = await call(changeEventRoute, { caller: tiina, params: { id: event.id }, body: planForm({ capacity: '1' }) });
      expect(res).toEqual({ status: 400, body: { error: { code: 'BadRequest', message: 'The request is not valid: There are fewer seats than people already going (2).' } } });
      expect((await stored(event.id)).capacity).toBe(2);
    });

    it('cancels once; a second cancel or a change afterwards is a conflict', async () => {
      const event = await planned();
      const res = await call(cancelEventRoute, { caller: tiina, params: { id: event.id }, body: { reason: 'Sairastapaus' } });
      expect(res.status).toBe(200);
      expect(res.body.event).toMatchObject({ id: event.id, cancelled: true, cancelReason: 'Sairastapaus' });

      expect(await call(cancelEventRoute, { caller: tiina, params: { id: event.id }, body: {} })).toEqual({
        status: 409,
        body: { error: { code: 'Conflict', message: 'This event was already cancelled.' } },
      });
      expect(await call(changeEventRoute, { caller: tiina, params: { id: event.id }, body: planForm({ capacity: '9' }), lang: 'fi' })).toEqual({
        status: 409,
        body: { error: { code: 'Conflict', message: 'Tapahtuma oli jo peruttu.' } },
      });
      expect(await stored(event.id)).toMatchObject({ cancelled: true, cancelReason: 'Sairastapaus', capacity: 3 });
      expect(await actions(event.id)).toEqual([
        ['event.created', tiina.id],
        ['event.cancelled', tiina.id],
      ]);
    });

    it('refuses a cancel from anyone else and keeps the event', async () => {
      const event = await planned();
      expect((await call(cancelEventRoute, { caller: member, params: { id: event.id }, body: {} })).status).toBe(403);
      expect((await stored(event.id)).cancelled).toBe(false);
      expect((await actions(event.id)).map(([action]) => action)).toEqual(['event.created', 'event.cancel.refused']);
    });
  });

  describe('answering', () => {
    it('seats the first who is going and queues the next, with the counts', async () => {
      const event = await planned({ capacity: '1' });
      kicks = 0;
      const first = await call(answerEventRoute, { caller: member, params: { id: event.id }, body: { answer: 'going' } });
      expect(first.status).toBe(200);
      expect(first.body.event).toMatchObject({ you: { answer: 'going', status: 'confirmed', waitlistPosition: null }, counts: { going: 1, waitlist: 0 } });

      const second = await call(answerEventRoute, { caller: outsider, params: { id: event.id }, body: { answer: 'going' } });
      expect(second.body.event).toMatchObject({ you: { answer: 'going', status: 'waitlisted', waitlistPosition: 1 }, counts: { going: 1, waitlist: 1, maybe: 0, notGoing: 0 } });
      expect(kicks).toBe(2);

      // The seat frees when the first is no longer going: the queue moves up.
      await call(answerEventRoute, { caller: member, params: { id: event.id }, body: { answer: 'notGoing' } });
      const moved = await call(getEventRoute, { caller: outsider, params: { id: event.id } });
      expect(moved.body.event).toMatchObject({ you: { answer: 'going', status: 'confirmed' }, counts: { going: 1, waitlist: 0, notGoing: 1 } });
    });

    it('refuses an answer after the deadline in the reader language and keeps the earlier one', async () => {
      const event = await planned({ deadlineDate: '2027-03-10' });
      expect(event.rsvpDeadline).toBe('2027-03-10T21:59:00.000Z');
      await call(answerEventRoute, { caller: member, params: { id: event.id }, body: { answer: 'maybe' } });

      now = new Date('2027-03-11T06:00:00.000Z');
      kicks = 0;
      expect(await call(answerEventRoute, { caller: member, params: { id: event.id }, body: { answer: 'going' }, lang: 'sv' })).toEqual({
        status: 409,
        body: { error: { code: 'Conflict', message: 'Svarstiden har gått ut, så ditt svar ändrades inte.' } },
      });
      expect(kicks).toBe(0);
      const after = await call(getEventRoute, { caller: member, params: { id: event.id } });
      expect(after.body.event).toMatchObject({ you: { answer: 'maybe' }, counts: { going: 0, maybe: 1 } });
    });

    it('refuses an answer that is not one of the choices, and an answer to a cancelled event', async () => {
      const event = await planned();
      const bad = await call(answerEventRoute, { caller: member, params: { id: event.id }, body: { answer: 'yes' } });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/^The request is not valid: answer: /);
      expect((await stored(event.id)).counts).toEqual({ confirmed: 0, waitlisted: 0, maybe: 0, notGoing: 0 });

      await call(cancelEventRoute, { caller: tiina, params: { id: event.id }, body: {} });
      expect(await call(answerEventRoute, { caller: member, params: { id: event.id }, body: { answer: 'going' }, lang: 'fi' })).toEqual({
        status: 409,
        body: { error: { code: 'Conflict', message: 'Tapahtuma on peruttu, joten siihen ei voi enää vastata.' } },
      });
    });
  });

  describe('book tips', () => {
    it("adds a member's book tip once and lists it with its details", async () => {
      const event = await planned();
      kicks = 0;
      const added = await call(addContributionRoute, { caller: member, params: { id: event.id }, body: muumiTip });
      expect(added.status).toBe(201);
      expect(added.body.event.contributions).toBe(1);
      expect(kicks).toBe(1);

      // A double click on "Add" lists the tip once.
      const again = await call(addContributionRoute, { caller: member, params: { id: event.id }, body: muumiTip });
      expect(again.status).toBe(200);
      expect(again.body.event.contributions).toBe(1);

      const listed = await call(listContributionsRoute, { caller: outsider, params: { id: event.id } });
      expect(listed).toEqual({
        status: 200,
        body: {
          contributions: [
            {
              id: expect.any(String),
              kind: 'bookTip',
              title: 'Muumipappa ja meri',
              by: 'Mikko Member',
              addedAt: expect.any(String),
              author: 'Tove Jansson',
              ageGroup: 'children',
              note: null,
              isbn: '9780306406157',
            },
          ],
        },
      });
    });

    it.each([
      ['an ISBN whose check digit fails', { ...muumiTip, isbn: '978-0-306-40615-8' }, 'fi', 400, 'Pyyntö ei kelpaa: ISBN ei täsmää. Korjaa se tai jätä kenttä tyhjäksi.'],
      ['a practice to a book coffee', { kind: 'practice', title: 'Satutunti', description: 'Joka tiistai.' }, 'en', 409, 'This event does not collect those.'],
      ['a tip without a title', { ...muumiTip, title: '  ' }, 'en', 400, 'The request is not valid: Fill in this field.'],
    ] as const)('refuses %s from a member with the reason, adding nothing', async (_what, body, lang, status, message) => {
      const event = await planned();
      const res = await call(addContributionRoute, { caller: member, params: { id: event.id }, body, lang });
      expect(res).toEqual({ status, body: { error: { code: status === 400 ? 'BadRequest' : 'Conflict', message } } });
      expect((await stored(event.id)).contributions).toBe(0);
    });

    it('refuses a title over 200 characters and someone not of the network, adding nothing', async () => {
      const event = await planned();
      const long = await call(addContributionRoute, { caller: member, params: { id: event.id }, body: { ...muumiTip, title: 'x'.repeat(201) } });
      expect(long.status).toBe(400);
      expect(long.body.error.message).toContain('title');

      expect(await call(addContributionRoute, { caller: outsider, params: { id: event.id }, body: muumiTip, lang: 'sv' })).toEqual({
        status: 403,
        body: { error: { code: 'Forbidden', message: 'Bara nätverkets folk kan lägga till något i den här stunden.' } },
      });
      expect((await call(listContributionsRoute, { caller: member, params: { id: event.id } })).body.contributions).toEqual([]);
    });
  });

  describe('reading events', () => {
    it("lists the caller's upcoming events by start, with their own answer and whether they may change them", async () => {
      const later = await planned({ startDate: '2027-04-15' });
      const sooner = await planned({ startDate: '2027-03-20' });
      await call(answerEventRoute, { caller: member, params: { id: later.id }, body: { answer: 'maybe' } });

      const forMember = await call(listEventsRoute, { caller: member });
      expect(forMember.status).toBe(200);
      expect(forMember.body.events.map((e: any) => [e.id, e.canManage, e.you?.answer ?? null])).toEqual([
        [sooner.id, false, null],
        [later.id, false, 'maybe'],
      ]);
      const forTiina = await call(listEventsRoute, { caller: tiina });
      expect(forTiina.body.events.map((e: any) => [e.id, e.canManage])).toEqual([
        [sooner.id, true],
        [later.id, true],
      ]);
      // Someone of no network (and no region) has no events to see.
      expect(await call(listEventsRoute, { caller: outsider })).toEqual({ status: 200, body: { events: [] } });

      // Once the first has ended, only the later one is upcoming.
      now = new Date('2027-03-21T00:00:00.000Z');
      expect((await call(listEventsRoute, { caller: member })).body.events.map((e: any) => e.id)).toEqual([later.id]);
      expect((await call(listEventsRoute, { caller: undefined })).status).toBe(401);
    });

    it("shows one event with the caller's own answer, and answers an unknown or malformed id", async () => {
      const event = await planned();
      await call(answerEventRoute, { caller: member, params: { id: event.id }, body: { answer: 'going' } });
      const seen = await call(getEventRoute, { caller: member, params: { id: event.id }, lang: 'sv' });
      expect(seen.status).toBe(200);
      expect(seen.body.event).toMatchObject({ id: event.id, when: 'sön 28.3.2027 10.00–11.00', you: { answer: 'going', status: 'confirmed' }, canManage: false });
      expect(seen.body.event.icsUrl).toMatch(/&lang=sv$/);
      expect((await call(getEventRoute, { caller: outsider, params: { id: event.id } })).body.event.you).toBeNull();

      expect(await call(getEventRoute, { caller: member, params: { id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' }, lang: 'fi' })).toEqual({
        status: 404,
        body: { error: { code: 'NotFound', message: 'Ei löytynyt.' } },
      });
      expect((await call(getEventRoute, { caller: member, params: { id: 'not-a-uuid' } })).status).toBe(400);
      expect((await call(getEventRoute, { caller: undefined, params: { id: event.id } })).status).toBe(401);
    });
  });
});

describe.each(['sqlite', 'postgres'] as const)('event API over HTTP [%s]', (dialect: StoreDialect) => {
  let app: KollegaUnderTest;
  let seedDir: string;

  beforeAll(async () => {
    seedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kollega-events-seed-'));
    const seedFile = path.join(seedDir, 'seed.json');
    fs.writeFileSync(seedFile, JSON.stringify(seedWithTiina()));
    app = await startTestKollega(dialect, { SEED_FILE: seedFile }, { now: () => march1, outboxPolling: false });
  });
  afterAll(async () => {
    await app?.stop();
    fs.rmSync(seedDir, { recursive: true, force: true });
  });

  /** A book coffee Tiina planned, written straight into the server's database. */
  async function plannedInApp(): Promise<EventRecord> {
    const tiina = await upsertPerson(app.store.db, { botUserId: '29:tiina', aadObjectId: TIINA_AAD, displayName: 'Tiina Rajala', now: march1 });
    const draft = readDraft(planForm());
    if (!draft.ok) throw new Error(draft.problems.join());
    const created = await createEvent({ db: app.store.db, now: march1, meetingAutomation: false, reminderMinutes: [] }, { actor: tiina, networkId: 'lanu', kind: 'bookCoffee', draft: draft.draft });
    if (created.outcome !== 'created') throw new Error(created.outcome);
    return created.event;
  }

  const send = async (pathname: string, init: RequestInit & { lang?: string } = {}) => {
    const res = await fetch(`${app.url}${pathname}`, { ...init, headers: { 'accept-language': init.lang ?? 'en', ...(init.headers as Record<string, string>) } });
    const type = res.headers.get('content-type') ?? '';
    return { status: res.status, type, body: type.includes('json') ? await res.json() : await res.text() };
  };
  const eventsStored = async () => (await app.store.db.selectFrom('events').select('id').execute()).length;

  it('answers 401 in the reader language while nobody can sign in', async () => {
    expect(await send('/api/events', { lang: 'sv-FI,sv;q=0.9' })).toMatchObject({
      status: 401,
      body: { error: { code: 'Unauthorized', message: 'Logga in med ditt Teams-konto för att se det här.' } },
    });
    const before = await eventsStored();
    const post = await send('/api/networks/lanu/events', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(bookCoffeeForm()), lang: 'fi' });
    expect(post).toMatchObject({ status: 401, body: { error: { code: 'Unauthorized', message: 'Kirjaudu Teams-tililläsi nähdäksesi tämän.' } } });
    expect(await eventsStored()).toBe(before);
  });

  it('refuses a body that is not JSON, or malformed JSON, in the reader language', async () => {
    const form = await send('/api/networks/lanu/events', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'kind=bookCoffee', lang: 'fi' });
    expect(form).toMatchObject({
      status: 415,
      body: { error: { code: 'UnsupportedMediaType', message: 'Pyyntö ei kelpaa: sisällön on oltava JSONia (Content-Type: application/json)' } },
    });
    const broken = await send('/api/networks/lanu/events', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"kind": "bookCoffee",', lang: 'sv' });
    expect(broken).toMatchObject({ status: 400, body: { error: { code: 'BadRequest', message: 'Begäran är ogiltig: innehållet är inte giltig JSON' } } });
  });

  it('gives the .ics file for the right token, in UTC and the asked language, and nothing without it', async () => {
    const event = await plannedInApp();
    const ics = await send(`/api/events/${event.id}/ics?token=${event.icsToken}&lang=sv`);
    expect(ics.status).toBe(200);
    expect(ics.type).toBe('text/calendar; charset=utf-8');
    expect(ics.body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics.body).toContain('\r\nDTSTART:20270328T070000Z\r\n');
    expect(ics.body).toContain('\r\nDTEND:20270328T080000Z\r\n');
    expect(ics.body).toContain('\r\nSUMMARY:Lanus bokkaffe\r\n');

    const wrongToken = event.icsToken.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    expect(await send(`/api/events/${event.id}/ics?token=${wrongToken}`, { lang: 'fi' })).toMatchObject({
      status: 404,
      type: expect.stringContaining('json'),
      body: { error: { code: 'NotFound', message: 'Ei löytynyt.' } },
    });
    expect(await send(`/api/events/${event.id}/ics`)).toMatchObject({ status: 400, type: expect.stringContaining('json'), body: { error: { code: 'BadRequest' } } });
  });
});
