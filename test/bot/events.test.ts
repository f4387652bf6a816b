/**
 * Coffee sessions over HTTP, as Teams drives the bot: a coordinator plans an event from the form, its card is
 * posted in the network's channel, people answer on it (each sees their own view, in their language), the card
 * keeps up in coalesced updates, the waitlist moves up, tips are collected, and changes and cancellations reach
 * everyone who answered, once. Bad input and forged actions change nothing. Without Graph: the meeting link is
 * given by hand (test/bot/eventsGraph.test.ts makes it through Graph).
 */
import { auditTrail } from '../../shared/store/repositories/audit';
import { getEvent } from '../../shared/store/repositories/events';
import { listContributions } from '../../shared/store/repositories/eventContributions';
import { startConnectorStub, type ConnectorStub } from '../fixtures/connectorStub';
import { JoiningWorld, elina, pekka, someone, teamsMembers, tiina } from '../support/joiningWorld';
import { LANU_TEAM, SEVERI_PLACE, bookCoffeeForm, eventsClock, eventsSeed, planEvent } from '../support/eventsWorld';
import { cardText } from '../support/kollegaUnderTest';
import { toHelsinki } from '../../shared/i18n/localTime';

describe.each(['sqlite', 'postgres'] as const)('events over HTTP [%s]', (dialect) => {
  let stub: ConnectorStub;
  let world: JoiningWorld;
  const clock = eventsClock();
  let seq = 0;
  const person = (locale: string) => someone(`events-${dialect}-${++seq}`, `Librarian ${seq}`, locale);

  beforeAll(async () => {
    stub = await startConnectorStub({ members: teamsMembers });
    world = await JoiningWorld.start(dialect, stub, { PUBLIC_URL: 'https://kollega.example.org' }, { now: clock.now }, eventsSeed());
    for (const coordinator of [tiina, pekka, elina]) await world.install(coordinator);
    await world.installInTeam(tiina, LANU_TEAM);
    await world.installInTeam(elina, SEVERI_PLACE);
    await settle();
  });
  afterAll(async () => {
    await world?.stop();
    await stub?.close();
  });
  beforeEach(() => stub.reset());

  const channelCards = () => world.postedIn(LANU_TEAM.id);
  /**
   * A date `days` after the clock's day, as the form takes it. The clock only moves forward (Teams' pacing
   * remembers times), and the events planned for 28 March stay ahead of it and of their reminders.
   */
  const day = (days: number) => toHelsinki(new Date(clock.now().getTime() + days * 86_400_000)).date;
  /** The outbox's work, after the card's 150 ms and the attendees' one-second buckets have closed. */
  const settle = async () => {
    clock.advance(1000);
    await world.work();
  };

  it('lets a coordinator plan a book coffee from the form, in Finnish time, and posts its card in the channel', async () => {
    await world.say(tiina, 'uusi tapahtuma lanu');
    const form = world.cardsTo(tiina).at(-1);
    expect(cardText(form)).toContain('Uusi tapahtuma');

    // 28 March 2027 is the night the clocks go forward: 10:00 in Finland is 07:00 UTC that day (UTC+3).
    const event = await planEvent(world, tiina, bookCoffeeForm({ capacity: '20' }));
    expect(event.startsAt.toISOString()).toBe('2027-03-28T07:00:00.000Z');
    expect(event.endsAt.toISOString()).toBe('2027-03-28T08:00:00.000Z');
    expect(await auditTrail(world.app.store.db, 'event', event.id)).toMatchObject([{ action: 'event.created' }]);

    await settle();
    const [posted] = channelCards();
    expect(cardText(posted)).toContain('Lanujen kirjakahvit');
    expect(cardText(posted)).toContain('su 28.3.2027 10.00–11.00');
    expect(cardText(posted)).toContain('Tulossa: 0/20');
    expect(JSON.stringify(posted)).toContain(event.meeting.joinUrl);
    // Posted once, however often the work runs.
    await settle();
    expect(channelCards()).toHaveLength(1);
  });

  it('shows the form again with what was wrong, in the reader language, and plans nothing', async () => {
    const count = async () => (await world.app.store.db.selectFrom('events').select('id').execute()).length;
    const before = await count();
    const severi = { networkId: 'severi' };
    const answer = await world.press(elina, 'createEvent', bookCoffeeForm({ ...severi, startTime: '14:00', endTime: '13:00' }));
    expect(cardText(answer)).toContain('Slutet måste komma efter början.');
    expect(cardText(answer)).toContain('14:00'); // the form keeps what was typed
    const negative = await world.press(elina, 'createEvent', bookCoffeeForm({ ...severi, capacity: '-1' }));
    expect(cardText(negative)).toContain('Antalet platser kan inte vara negativt.');
    const skipped = await world.press(elina, 'createEvent', bookCoffeeForm({ ...severi, startTime: '03:30', endTime: '05:00' }));
    expect(cardText(skipped)).toContain('klockan hoppar från 03.00 till 04.00');
    const missing = await world.press(pekka, 'createEvent', bookCoffeeForm({ titleSv: '' }));
    expect(cardText(missing)).toContain('Fill in the titles, descriptions, date and times in Finnish and Swedish.');
    const past = await world.press(pekka, 'createEvent', bookCoffeeForm({ startDate: '2027-02-01' }));
    expect(cardText(past)).toContain('The start has already passed.');
    expect(await count()).toBe(before);
  });

  it('refuses and audits a forged plan, change or cancellation from anyone but the network coordinators', async () => {
    const event = await planEvent(world, tiina, bookCoffeeForm());
    const aino = person('fi-FI');
    await world.install(aino);
    const forged = await world.press(aino, 'createEvent', bookCoffeeForm());
    expect(cardText(forged)).toContain('Vain verkoston Lasten ja nuorten kirjastotyö Uudellamaalla koordinaattorit voivat suunnitella sen tapahtumia.');
    // Elina coordinates SEVERI, not lanu.
    const wrongNetwork = await world.press(elina, 'createEvent', bookCoffeeForm());
    expect(cardText(wrongNetwork)).toContain('Bara koordinatorerna för');
    expect(cardText(await world.press(aino, 'changeEvent', { eventId: event.id, ...bookCoffeeForm({ startTime: '12:00', endTime: '13:00' }) }))).toContain('Vain');
    expect(cardText(await world.press(elina, 'cancelEvent', { eventId: event.id }))).toContain('Bara koordinatorerna för');

    const after = (await getEvent(world.app.store.db, event.id))!;
    expect(after).toMatchObject({ cancelled: false, startsAt: event.startsAt, version: event.version });
    const refusals = await world.app.store.db.selectFrom('audit_log').select(['action', 'subject_id']).where('action', 'like', 'event.%.refused').execute();
    expect(refusals).toEqual(
      expect.arrayContaining([
        { action: 'event.create.refused', subject_id: 'lanu' },
        { action: 'event.change.refused', subject_id: event.id },
        { action: 'event.cancel.refused', subject_id: event.id },
      ]),
    );
  });

  it("answers each press with the person's own view, queues beyond capacity, and moves the first in the queue up", async () => {
    const event = await planEvent(world, tiina, bookCoffeeForm({ capacity: '2' }));
    await settle();
    const [fi, sv, en] = [person('fi-FI'), person('sv-FI'), person('en-GB')];
    for (const who of [fi, sv, en]) await world.install(who);
    stub.reset();

    expect(cardText(await world.pressInChannel(fi, LANU_TEAM, 'rsvp', { eventId: event.id, answer: 'going' }))).toContain('Olet tulossa.');
    expect(cardText(await world.pressInChannel(sv, LANU_TEAM, 'rsvp', { eventId: event.id, answer: 'going' }))).toContain('Du kommer.');
    const third = await world.pressInChannel(en, LANU_TEAM, 'rsvp', { eventId: event.id, answer: 'going' });
    expect(cardText(third)).toContain('You are number 1 on the waitlist.');
    expect(cardText(third)).toContain('Going: 2 of 2 · Waitlist: 1');
    // The answer card keeps the reader's buttons, so they can change their answer.
    expect(JSON.stringify(third)).toContain('"verb":"rsvp"');

    // Everyone in the channel sees the counts in one coalesced update; the three who answered see their own view.
    await settle();
    const updates = world.updatedIn(LANU_TEAM.id);
    expect(updates).toHaveLength(1);
    expect(cardText(updates[0])).toContain('Tulossa: 2/2 · Jonossa: 1');
    expect(updates[0].refresh.userIds).toEqual(expect.arrayContaining([fi.id, sv.id, en.id]));
    const ownView = await world.pressInChannel(sv, LANU_TEAM, 'refreshEvent', { eventId: event.id }, { trigger: 'automatic' });
    expect(cardText(ownView)).toContain('Du kommer.');

    stub.reset();
    expect(cardText(await world.pressInChannel(fi, LANU_TEAM, 'rsvp', { eventId: event.id, answer: 'notGoing' }))).toContain('Et ole tulossa.');
    await settle();
    expect(cardText(world.cardsTo(en).at(-1))).toContain('A seat opened for you: you are going to Lanu book coffee');
    expect(cardText(await world.pressInChannel(en, LANU_TEAM, 'refreshEvent', { eventId: event.id }, { trigger: 'automatic' }))).toContain('You are going.');
    await settle();
    expect(world.cardsTo(en)).toHaveLength(1); // told once
  });

  it('counts a double click and a redelivered activity once', async () => {
    const event = await planEvent(world, tiina, bookCoffeeForm({ capacity: '5' }));
    const who = person('fi-FI');
    const activityId = `redelivered-${dialect}`;
    await world.pressInChannel(who, LANU_TEAM, 'rsvp', { eventId: event.id, answer: 'going' }, { activityId });
    await world.pressInChannel(who, LANU_TEAM, 'rsvp', { eventId: event.id, answer: 'going' }, { activityId });
    const again = await world.pressInChannel(who, LANU_TEAM, 'rsvp', { eventId: event.id, answer: 'going' });
    expect(cardText(again)).toContain('Vastauksesi oli jo kirjattu.');
    expect((await getEvent(world.app.store.db, event.id))!.counts).toEqual({ confirmed: 1, waitlisted: 0, maybe: 0, notGoing: 0 });
  });

  it('refuses answers after the deadline, to a cancelled event and once it started, and keeps the answer', async () => {
    const event = await planEvent(world, tiina, bookCoffeeForm({ deadlineDate: day(9), deadlineTime: '12:00' }));
    const [sv, en] = [person('sv-FI'), person('en-GB')];
    await world.pressInChannel(sv, LANU_TEAM, 'rsvp', { eventId: event.id, answer: 'maybe' });
    clock.advance(10 * 86_400_000); // past the deadline
    const late = await world.pressInChannel(sv, LANU_TEAM, 'rsvp', { eventId: event.id, answer: 'going' });
    expect(cardText(late)).toContain('Svarstiden har gått ut, så ditt svar ändrades inte.');
    expect(cardText(late)).toContain('Du svarade kanske.');
    await world.press(tiina, 'cancelEvent', { eventId: event.id });
    expect(cardText(await world.pressInChannel(en, LANU_TEAM, 'rsvp', { eventId: event.id, answer: 'going' }))).toContain('This event was cancelled, so answers are closed.');

    const started = await planEvent(world, tiina, bookCoffeeForm({ startDate: day(1), startTime: '09:00', endTime: '12:00' }));
    clock.advance(86_400_000 + 3 * 3_600_000); // the next day, under way
    expect(cardText(await world.pressInChannel(en, LANU_TEAM, 'rsvp', { eventId: started.id, answer: 'going' }))).toContain('This event has already started');
    expect((await getEvent(world.app.store.db, started.id))!.counts.confirmed).toBe(0);
    expect((await getEvent(world.app.store.db, event.id))!.counts).toMatchObject({ confirmed: 0, maybe: 1 });
  });

  it('coalesces a burst of answers into one channel update per 150 ms', async () => {
    const event = await planEvent(world, tiina, bookCoffeeForm());
    await settle();
    stub.reset();
    const crowd = Array.from({ length: 30 }, () => person('fi-FI'));
    await Promise.all(crowd.map((who) => world.pressInChannel(who, LANU_TEAM, 'rsvp', { eventId: event.id, answer: 'going' })));
    await settle();
    const updates = world.updatedIn(LANU_TEAM.id);
    expect(updates).toHaveLength(1);
    expect(cardText(updates[0])).toContain('Tulossa: 30');
    await settle();
    expect(world.updatedIn(LANU_TEAM.id)).toHaveLength(1);
  });

  it('keeps two updates of the channel 150 ms apart, even when the one before ran late', async () => {
    const event = await planEvent(world, tiina, bookCoffeeForm());
    await settle();
    stub.reset();
    const bucketEnd = (Math.floor(clock.now().getTime() / 150) + 1) * 150;
    await world.pressInChannel(person('sv-FI'), LANU_TEAM, 'rsvp', { eventId: event.id, answer: 'going' });
    // The worker picks the first update up 140 ms late; the next answer's update is due 10 ms on.
    clock.advance(bucketEnd + 140 - clock.now().getTime());
    await world.work();
    expect(world.updatedIn(LANU_TEAM.id)).toHaveLength(1);
    await world.pressInChannel(person('en-GB'), LANU_TEAM, 'rsvp', { eventId: event.id, answer: 'going' });
    clock.advance(20);
    await world.work();
    expect(world.updatedIn(LANU_TEAM.id)).toHaveLength(1);
    clock.advance(150);
    await world.work();
    expect(world.updatedIn(LANU_TEAM.id)).toHaveLength(2);
    expect(cardText(world.updatedIn(LANU_TEAM.id)[1])).toContain('Tulossa: 2');
  });

  it('collects book tips with their limits, once each, and posts them after the session', async () => {
    const event = await planEvent(world, tiina, bookCoffeeForm({ startDate: day(1), startTime: '10:00', endTime: '11:00' }));
    const [fi, en] = [person('fi-FI'), person('en-GB')];
    const tip = { eventId: event.id, title: 'Muumipappa ja meri', author: 'Tove Jansson', ageGroup: 'children', note: 'Ihana.', isbn: '' };

    expect(cardText(await world.pressInChannel(fi, LANU_TEAM, 'addBookTip', { ...tip, isbn: '978-951-1-34123-5' }))).toContain('ISBN ei täsmää');
    const tooLong = await world.pressInChannel(en, LANU_TEAM, 'addBookTip', { ...tip, title: 'x'.repeat(201) });
    expect(cardText(tooLong)).toContain('Nothing was saved: title:');
    expect(cardText(tooLong)).toContain('Lanu book coffee'); // the event's card comes back, not another
    expect(cardText(await world.pressInChannel(en, LANU_TEAM, 'addPractice', { eventId: event.id, title: 'Story hour', description: 'Tuesdays.' }))).toContain(
      'This event does not collect those.',
    );
    expect(cardText(await world.pressInChannel(fi, LANU_TEAM, 'addBookTip', { ...tip, isbn: '978-951-1-34123-9' }))).toContain('Kiitos! Kirjavinkkisi lisättiin.');
    expect(cardText(await world.pressInChannel(fi, LANU_TEAM, 'addBookTip', { ...tip, isbn: '978-951-1-34123-9' }))).toContain('Olet jo lisännyt sen.');
    expect(await listContributions(world.app.store.db, event.id)).toMatchObject([{ title: 'Muumipappa ja meri', isbn: '9789511341239', ageGroup: 'children' }]);
    expect(cardText(await world.pressInChannel(en, LANU_TEAM, 'showContributions', { eventId: event.id }))).toContain('Muumipappa ja meri');

    await settle();
    stub.reset();
    clock.advance(2 * 86_400_000); // after the session
    await settle();
    const summary = channelCards().find((c) => cardText(c).includes('Kirjavinkit'));
    expect(cardText(summary)).toContain('Muumipappa ja meri');
    expect(cardText(summary)).toContain('Tove Jansson');
  });

  it('tells everyone who answered about a change and a cancellation, once, in their language, and the card follows', async () => {
    const event = await planEvent(world, tiina, bookCoffeeForm({ capacity: '10' }));
    await settle();
    const [fi, sv, en, no] = [person('fi-FI'), person('sv-FI'), person('en-GB'), person('fi-FI')];
    for (const who of [fi, sv, en, no]) await world.install(who);
    await world.pressInChannel(fi, LANU_TEAM, 'rsvp', { eventId: event.id, answer: 'going' });
    await world.pressInChannel(sv, LANU_TEAM, 'rsvp', { eventId: event.id, answer: 'maybe' });
    await world.pressInChannel(en, LANU_TEAM, 'rsvp', { eventId: event.id, answer: 'going' });
    await world.pressInChannel(no, LANU_TEAM, 'rsvp', { eventId: event.id, answer: 'notGoing' });
    await settle();
    stub.reset();

    const edit = await world.press(tiina, 'editEvent', { eventId: event.id });
    expect(JSON.stringify(edit)).toContain('"value":"10:00"');
    const changed = await world.press(tiina, 'changeEvent', { eventId: event.id, ...bookCoffeeForm({ capacity: '10', startTime: '13:00', endTime: '14:30' }) });
    expect(cardText(changed)).toContain('Tapahtumaa muutettiin.');
    await settle();
    await settle();
    expect(world.cardsTo(fi).map(cardText)).toEqual([expect.stringContaining('Lanujen kirjakahvit on muuttunut. Nyt: su 28.3.2027 13.00–14.30.')]);
    expect(world.cardsTo(sv).map(cardText)).toEqual([expect.stringContaining('Lanus bokkaffe har ändrats. Nu: sön 28.3.2027 13.00–14.30.')]);
    expect(world.cardsTo(en)).toHaveLength(1);
    expect(world.cardsTo(no)).toHaveLength(0);
    expect(cardText(world.updatedIn(LANU_TEAM.id).at(-1))).toContain('13.00–14.30');

    stub.reset();
    const cancelled = await world.press(tiina, 'cancelEvent', { eventId: event.id, reason: 'Sairastuminen' });
    expect(cardText(cancelled)).toContain('Tapahtuma peruttiin.');
    await settle();
    await settle();
    expect(world.cardsTo(fi).map(cardText)).toEqual([expect.stringContaining('on peruttu.\nSyy: Sairastuminen')]);
    expect(world.cardsTo(en).map(cardText)).toEqual([expect.stringContaining('was cancelled')]);
    expect(cardText(world.updatedIn(LANU_TEAM.id).at(-1))).toContain('Tapahtuma on peruttu: Sairastuminen');
    expect(cardText(await world.press(tiina, 'cancelEvent', { eventId: event.id }))).toContain('Tapahtuma oli jo peruttu.');
  });

  it('posts the cards of events planned before Kollega was in the team once it is added', async () => {
    const event = await planEvent(world, elina, bookCoffeeForm({ networkId: 'severi', titleSv: 'Severis idékaffe', kind: 'ideaCoffee' }));
    const elsewhere = { id: '19:severi-other@thread.tacv2', name: 'SEVERI', aadGroupId: '0f0e0d0c-aaaa-4bbb-8ccc-000000000001' };
    await world.installInTeam(elina, elsewhere); // another team: nothing of SEVERI's goes there
    await settle();
    expect(world.postedIn(elsewhere.id).filter((c) => cardText(c).includes('Severis idékaffe'))).toHaveLength(0);
    expect(world.postedIn(SEVERI_PLACE.id).filter((c) => cardText(c).includes('Severis idékaffe'))).toHaveLength(1);
    // Added again (a reinstall): the card is already there, so it is not posted twice.
    await world.installInTeam(elina, SEVERI_PLACE);
    await settle();
    expect(world.postedIn(SEVERI_PLACE.id).filter((c) => cardText(c).includes('Severis idékaffe'))).toHaveLength(1);
    expect(event.kind).toBe('ideaCoffee');
  });

  it('offers an .ics file behind the link on the card, and nothing without its token', async () => {
    const event = await planEvent(world, tiina, bookCoffeeForm({ startDate: '2027-10-31', startTime: '10:00', endTime: '11:30' }));
    const card = await world.pressInChannel(person('sv-FI'), LANU_TEAM, 'showEvent', { eventId: event.id });
    const link = JSON.stringify(card).match(/https:\/\/kollega\.example\.org(\/api\/events\/[^"]+)/)![1];
    expect(link).toContain('lang=sv');
    const res = await fetch(`${world.app.url}${link}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const ics = await res.text();
    // 31 October 2027: the clocks went back at 04:00, so 10:00 in Finland is 08:00 UTC (UTC+2).
    expect(ics).toContain('DTSTART:20271031T080000Z\r\n');
    expect(ics).toContain('SUMMARY:Lanus bokkaffe\r\n');
    const wrong = await fetch(`${world.app.url}/api/events/${event.id}/ics?token=${'A'.repeat(24)}`, { headers: { 'accept-language': 'fi' } });
    expect(wrong.status).toBe(404);
    expect(await wrong.json()).toMatchObject({ error: { code: 'NotFound' } });
  });
});
