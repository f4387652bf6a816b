/**
 * Events in the store, through the services the bot and the API share: coordinators plan, change and cancel;
 * people answer, with seats, a first-come waitlist and promotions; concurrent answers never overfill an event.
 * On both engines.
 */
import { listJobs } from '../../shared/jobs/outbox';
import { answer, contribute, standingFor } from '../../shared/services/eventAnswers';
import { cancelEvent, changeEvent, createEvent, eventJobs, type EventDraft, type EventsContext } from '../../shared/services/events';
import { auditTrail } from '../../shared/store/repositories/audit';
import { getEvent } from '../../shared/store/repositories/events';
import { listContributions } from '../../shared/store/repositories/eventContributions';
import { listResponders } from '../../shared/store/repositories/eventRsvps';
import { upsertPerson, type PersonRecord } from '../../shared/store/repositories/people';
import { bundledSeedData, loadSeed } from '../../shared/store/seed/loadSeed';
import { describeEachEngine } from '../support/databases';

const TIINA_AAD = '0b6c1d2e-2222-4a4a-8c01-0000000071a1';
const now = new Date('2027-01-10T10:00:00.000Z');
const draft = (over: Partial<EventDraft> = {}): EventDraft => ({
  title: { fi: 'Lanujen kirjakahvit', sv: 'Lanus bokkaffe', en: null },
  description: { fi: 'Vinkataan lasten- ja nuortenkirjoja.', sv: 'Vi tipsar om barn- och ungdomsböcker.', en: null },
  startsAt: new Date('2027-02-02T12:00:00.000Z'),
  endsAt: new Date('2027-02-02T13:00:00.000Z'),
  rsvpDeadline: null,
  capacity: 3,
  joinUrl: null,
  ...over,
});

describeEachEngine('events', (t) => {
  let tiina: PersonRecord;
  let seq = 0;
  const ctx = (at = now): EventsContext => ({ db: t.store.db, now: at, meetingAutomation: false, reminderMinutes: [1440, 15] });
  const someone = (name = `Librarian ${++seq}`) => upsertPerson(t.store.db, { botUserId: `29:${name}`, displayName: name, now });

  beforeEach(async () => {
    const seed = structuredClone(bundledSeedData());
    seed.coordinators = seed.coordinators.map((c) => (c.id === 'tiina-rajala' ? { ...c, aadObjectId: TIINA_AAD } : c));
    await loadSeed(t.store.db, seed);
    tiina = await upsertPerson(t.store.db, { botUserId: '29:tiina', aadObjectId: TIINA_AAD, displayName: 'Tiina Rajala', now });
  });

  async function bookCoffee(over: Partial<EventDraft> = {}) {
    const created = await createEvent(ctx(), { actor: tiina, networkId: 'lanu', kind: 'bookCoffee', draft: draft(over) });
    if (created.outcome !== 'created') throw new Error(created.outcome);
    return created.event;
  }

  it('lets a coordinator plan an event, with the card, reminders and the tips summary queued', async () => {
    const event = await bookCoffee();
    expect(event).toMatchObject({ networkId: 'lanu', kind: 'bookCoffee', capacity: 3, cancelled: false, meeting: { state: 'manual' } });
    const jobs = (await listJobs(t.store.db)).map((j) => [j.kind, j.nextAttemptAt]);
    expect(jobs).toEqual(
      expect.arrayContaining([
        [eventJobs.post, now.toISOString()],
        [eventJobs.remind, '2027-02-01T12:00:00.000Z'],
        [eventJobs.remind, '2027-02-02T11:45:00.000Z'],
        [eventJobs.summary, '2027-02-02T13:00:00.000Z'],
      ]),
    );
    expect((await auditTrail(t.store.db, 'event', event.id)).map((a) => a.action)).toEqual(['event.created']);
  });

  it('refuses anyone else, audits the attempt, and refuses a plan that does not hold', async () => {
    const outsider = await someone();
    expect(await createEvent(ctx(), { actor: outsider, networkId: 'lanu', kind: 'other', draft: draft() })).toMatchObject({ outcome: 'forbidden' });
    expect((await auditTrail(t.store.db, 'event', 'lanu')).map((a) => a.action)).toEqual(['event.create.refused']);
    expect(await createEvent(ctx(), { actor: tiina, networkId: 'severi', kind: 'other', draft: draft() })).toMatchObject({ outcome: 'forbidden' });
    const backwards = draft({ endsAt: new Date('2027-02-02T11:00:00.000Z'), capacity: -2 });
    expect(await createEvent(ctx(), { actor: tiina, networkId: 'lanu', kind: 'other', draft: backwards })).toEqual({
      outcome: 'invalid',
      problems: ['endNotAfterStart', 'capacityNegative'],
    });
    expect(await createEvent(ctx(), { actor: tiina, networkId: 'nowhere', kind: 'other', draft: draft() })).toEqual({ outcome: 'unknown' });
  });

  it('seats people while there is room, queues the rest, and moves the first in the queue up when a seat frees', async () => {
    const event = await bookCoffee({ capacity: 2 });
    const [a, b, c, d] = [await someone('A'), await someone('B'), await someone('C'), await someone('D')];
    for (const who of [a, b, c, d]) await answer(ctx(), { person: who, eventId: event.id, answer: 'going' });
    expect(await standingFor(t.store.db, event.id, c.id)).toMatchObject({ rsvp: { status: 'waitlisted' }, waitlistPosition: 1 });
    expect(await standingFor(t.store.db, event.id, d.id)).toMatchObject({ waitlistPosition: 2 });

    const left = await answer(ctx(), { person: a, eventId: event.id, answer: 'notGoing' });
    expect(left).toMatchObject({ outcome: 'answered', event: { counts: { confirmed: 2, waitlisted: 1, notGoing: 1 } } });
    expect(await standingFor(t.store.db, event.id, c.id)).toMatchObject({ rsvp: { status: 'confirmed' } });
    expect(await standingFor(t.store.db, event.id, d.id)).toMatchObject({ waitlistPosition: 1 });
    expect((await listJobs(t.store.db, { kind: eventJobs.notifyPromoted })).map((j) => j.payload)).toEqual([{ eventId: event.id, personId: c.id }]);
  });

  it('counts an answer given twice once, and refuses answers after the deadline or to a cancelled event', async () => {
    const event = await bookCoffee({ rsvpDeadline: new Date('2027-01-20T12:00:00.000Z') });
    const a = await someone();
    expect(await answer(ctx(), { person: a, eventId: event.id, answer: 'maybe' })).toMatchObject({ outcome: 'answered' });
    expect(await answer(ctx(), { person: a, eventId: event.id, answer: 'maybe' })).toMatchObject({ outcome: 'unchanged', event: { counts: { maybe: 1 } } });
    const late = await answer(ctx(new Date('2027-01-21T00:00:00.000Z')), { person: a, eventId: event.id, answer: 'going' });
    expect(late).toMatchObject({ outcome: 'refused', refusal: 'deadlinePassed', standing: { rsvp: { answer: 'maybe' } } });
    await cancelEvent(ctx(), { actor: tiina, eventId: event.id, reason: 'Sairastapaus' });
    expect(await answer(ctx(), { person: a, eventId: event.id, answer: 'going' })).toMatchObject({ outcome: 'refused', refusal: 'cancelled' });
    expect(await answer(ctx(), { person: a, eventId: 'no-such-event', answer: 'going' })).toEqual({ outcome: 'unknown' });
  });

  it('seats exactly the capacity among 200 people answering at once, and queues the rest in the order they were taken', async () => {
    const event = await bookCoffee({ capacity: 50 });
    const people = [];
    for (let i = 0; i < 200; i += 1) people.push(await someone(`Crowd ${i}`));
    const results = await Promise.all(people.map((person) => answer(ctx(), { person, eventId: event.id, answer: 'going' })));
    expect(results.every((r) => r.outcome === 'answered')).toBe(true);
    const after = (await getEvent(t.store.db, event.id))!;
    expect(after.counts).toMatchObject({ confirmed: 50, waitlisted: 150 });
    const going = await listResponders(t.store.db, event.id, ['going']);
    expect(going).toHaveLength(200);
    expect(going.filter((r) => r.status === 'confirmed')).toHaveLength(50);
    // Queue positions are 1..150 with no gaps or doubles, and each answer's position follows its turn.
    const positions = results.map((r) => (r.outcome === 'answered' ? r.standing.waitlistPosition : undefined)).filter((p): p is number => p !== undefined);
    expect([...positions].sort((x, y) => x - y)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
  });

  it('opens seats to the queue when the capacity grows, and refuses a capacity under the seats taken', async () => {
    const event = await bookCoffee({ capacity: 1 });
    const [a, b, c] = [await someone('A'), await someone('B'), await someone('C')];
    for (const who of [a, b, c]) await answer(ctx(), { person: who, eventId: event.id, answer: 'going' });
    const grown = await changeEvent(ctx(), { actor: tiina, eventId: event.id, draft: draft({ capacity: 2 }) });
    expect(grown).toMatchObject({ outcome: 'changed', event: { capacity: 2, counts: { confirmed: 2, waitlisted: 1 } } });
    expect(await standingFor(t.store.db, event.id, b.id)).toMatchObject({ rsvp: { status: 'confirmed' } });
    expect(await changeEvent(ctx(), { actor: tiina, eventId: event.id, draft: draft({ capacity: 1 }) })).toEqual({ outcome: 'invalid', problems: ['capacityBelowConfirmed'] });
    const outsider = await someone();
    expect(await changeEvent(ctx(), { actor: outsider, eventId: event.id, draft: draft() })).toMatchObject({ outcome: 'forbidden' });
  });

  it('cancels once, and keeps book tips from people of the network only', async () => {
    const event = await bookCoffee();
    const member = await someone('Member');
    const tip = { kind: 'bookTip' as const, title: 'Muumipappa ja meri', author: 'Tove Jansson', ageGroup: 'children' as const, note: null, isbn: null };
    expect(await contribute(ctx(), { person: member, eventId: event.id, contribution: tip, fromNetworkTeam: false })).toMatchObject({ outcome: 'refused', reason: 'notMember' });
    expect(await contribute(ctx(), { person: member, eventId: event.id, contribution: tip, fromNetworkTeam: true })).toMatchObject({ outcome: 'added', event: { contributions: 1 } });
    // A double click on "Add" lists the tip once.
    expect(await contribute(ctx(), { person: member, eventId: event.id, contribution: tip, fromNetworkTeam: true })).toMatchObject({ outcome: 'alreadyAdded', event: { contributions: 1 } });
    const practice = { kind: 'practice' as const, title: 'Satutunti', description: 'Joka tiistai.', library: null };
    expect(await contribute(ctx(), { person: member, eventId: event.id, contribution: practice, fromNetworkTeam: true })).toMatchObject({ reason: 'wrongKind' });
    expect((await listContributions(t.store.db, event.id)).map((c) => [c.title, c.personName])).toEqual([['Muumipappa ja meri', 'Member']]);

    expect(await cancelEvent(ctx(), { actor: tiina, eventId: event.id, reason: null })).toMatchObject({ outcome: 'cancelled-now' });
    expect(await cancelEvent(ctx(), { actor: tiina, eventId: event.id, reason: null })).toMatchObject({ outcome: 'cancelled' });
    expect(await contribute(ctx(), { person: member, eventId: event.id, contribution: tip, fromNetworkTeam: true })).toMatchObject({ reason: 'cancelled' });
    expect((await auditTrail(t.store.db, 'event', event.id)).map((a) => a.action)).toEqual(['event.created', 'event.cancelled']);
  });
});
