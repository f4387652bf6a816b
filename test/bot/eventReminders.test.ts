/**
 * Event reminders in-process, on a fixed clock that only moves forward: everyone going is reminded in a
 * personal message the day before and 15 minutes before the start (the defaults of EVENT_REMINDERS), exactly
 * when due, once, in their language, with the join link; those who answered maybe or not going, or wait for a
 * seat, are not. Across restarts nothing goes twice, a reminder missed while the server was down goes after the
 * restart if the event has not started (only the latest when several were missed), a moved event reminds at
 * its new time only, and a cancelled one reminds no one.
 */
import { listJobs } from '../../shared/jobs/outbox';
import { eventJobs } from '../../shared/services/events';
import type { EventRecord } from '../../shared/store/repositories/events';
import { startConnectorStub, type ConnectorStub } from '../fixtures/connectorStub';
import { JoiningWorld, someone, teamsMembers, tiina, type Someone } from '../support/joiningWorld';
import { LANU_TEAM, bookCoffeeForm, eventsClock, eventsSeed, planEvent } from '../support/eventsWorld';
import { cardText } from '../support/kollegaUnderTest';

const JOIN_URL = bookCoffeeForm().joinUrl;
const MINUTE = 60_000;

/** 'event.notice.reminder' in shared/i18n/catalogs/events/{fi,sv,en}.ts, with the title and time filled in. */
const reminderText = {
  fi: (when: string) => `Muistutus: Lanujen kirjakahvit alkaa ${when}.`,
  sv: (when: string) => `Påminnelse: Lanus bokkaffe börjar ${when}.`,
  en: (when: string) => `Reminder: Lanu book coffee starts ${when}.`,
};
const isReminder = (card: unknown) => /^(Muistutus|Påminnelse|Reminder): /m.test(cardText(card));

describe.each(['sqlite', 'postgres'] as const)('event reminders [%s]', (dialect) => {
  let stub: ConnectorStub;
  let world: JoiningWorld;
  const clock = eventsClock();
  let seq = 0;

  beforeAll(async () => {
    stub = await startConnectorStub({ members: teamsMembers });
    world = await JoiningWorld.start(dialect, stub, {}, { now: clock.now }, eventsSeed());
    await world.install(tiina);
  });
  afterAll(async () => {
    await world?.stop();
    await stub?.close();
  });

  /** Someone with a personal chat with Kollega (installed), so a reminder could reach them. */
  const person = async (locale: string) => {
    const who = someone(`reminders-${dialect}-${++seq}`, `Librarian ${seq}`, locale);
    await world.install(who);
    return who;
  };
  const answer = (who: Someone, event: EventRecord, choice: 'going' | 'maybe' | 'notGoing') =>
    world.pressInChannel(who, LANU_TEAM, 'rsvp', { eventId: event.id, answer: choice });
  /** Moves the clock to `at`; never backwards (the pacer remembers times). */
  const advanceTo = (at: Date) => {
    const ms = at.getTime() - clock.now().getTime();
    if (ms < 0) throw new Error(`the clock would go back from ${clock.now().toISOString()} to ${at.toISOString()}`);
    clock.advance(ms);
  };
  const dueAt = (event: EventRecord, minutes: number) => new Date(event.startsAt.getTime() - minutes * MINUTE);
  const remindersTo = (who: Someone) => world.cardsTo(who).filter(isReminder);
  /** The reminders sent so far for the event, as claimed in event_notices_sent: one notice key per person. */
  const claimedReminders = async (event: EventRecord) =>
    (
      await world.app.store.db
        .selectFrom('event_notices_sent')
        .select('notice')
        .where('event_id', '=', event.id)
        .where('notice', 'like', 'remind:%')
        .execute()
    ).map((r) => r.notice);

  it('reminds everyone going the day before and 15 minutes before, exactly when due, once, in their language with the join link', async () => {
    // Wednesday 10 March 2027, 10:00–11:00 in Finland (UTC+2): 08:00 UTC.
    const event = await planEvent(world, tiina, bookCoffeeForm({ startDate: '2027-03-10', capacity: '3' }));
    expect(event.startsAt.toISOString()).toBe('2027-03-10T08:00:00.000Z');
    const [fi, sv, en] = [await person('fi-FI'), await person('sv-FI'), await person('en-GB')];
    const [waitlisted, maybe, notGoing] = [await person('fi-FI'), await person('sv-FI'), await person('en-US')];
    for (const who of [fi, sv, en]) expect(cardText(await answer(who, event, 'going'))).toMatch(/Olet tulossa|Du kommer|You are going/);
    expect(cardText(await answer(waitlisted, event, 'going'))).toContain('Olet jonossa sijalla 1.');
    await answer(maybe, event, 'maybe');
    await answer(notGoing, event, 'notGoing');
    const everyone = [fi, sv, en, waitlisted, maybe, notGoing];

    // A minute before the day-before reminder is due: nothing reaches anyone's chat.
    advanceTo(new Date(dueAt(event, 1440).getTime() - MINUTE));
    await world.work();
    stub.reset(); // the welcomes at install and the channel's card
    await world.work();
    for (const who of everyone) expect(world.cardsTo(who)).toEqual([]);

    clock.advance(MINUTE); // exactly 24 hours before the start
    await world.work();
    expect(world.cardsTo(fi).map(cardText)).toEqual([expect.stringContaining(reminderText.fi('ke 10.3.2027 10.00–11.00'))]);
    expect(world.cardsTo(sv).map(cardText)).toEqual([expect.stringContaining(reminderText.sv('ons 10.3.2027 10.00–11.00'))]);
    expect(world.cardsTo(en).map(cardText)).toEqual([expect.stringContaining(reminderText.en('Wed, 10 Mar 2027, 10:00–11:00'))]);
    // The join link, as a button in the reader's language.
    for (const [who, label] of [[fi, 'Liity kokoukseen'], [sv, 'Gå med i mötet'], [en, 'Join the meeting']] as const) {
      const [card] = world.cardsTo(who);
      expect(card.actions).toEqual([expect.objectContaining({ type: 'Action.OpenUrl', title: label, url: JOIN_URL })]);
    }
    for (const who of [waitlisted, maybe, notGoing]) expect(world.cardsTo(who)).toEqual([]);

    // The outbox again, later the same day: nothing more.
    await world.work();
    clock.advance(3 * 3_600_000);
    await world.work();
    for (const who of [fi, sv, en]) expect(world.cardsTo(who)).toHaveLength(1);

    // The 15-minute reminder: not a minute early, then once.
    stub.reset();
    advanceTo(new Date(dueAt(event, 15).getTime() - MINUTE));
    await world.work();
    for (const who of everyone) expect(world.cardsTo(who)).toEqual([]);
    clock.advance(MINUTE);
    await world.work();
    await world.work();
    expect(world.cardsTo(fi).map(cardText)).toEqual([expect.stringContaining(reminderText.fi('ke 10.3.2027 10.00–11.00'))]);
    expect(world.cardsTo(sv).map(cardText)).toEqual([expect.stringContaining(reminderText.sv('ons 10.3.2027 10.00–11.00'))]);
    expect(world.cardsTo(en).map(cardText)).toEqual([expect.stringContaining(reminderText.en('Wed, 10 Mar 2027, 10:00–11:00'))]);
    expect(JSON.stringify(world.cardsTo(en))).toContain(JOIN_URL);
    for (const who of [waitlisted, maybe, notGoing]) expect(world.cardsTo(who)).toEqual([]);

    // Nothing after the start either.
    advanceTo(new Date(event.startsAt.getTime() + 5 * MINUTE));
    await world.work();
    for (const who of everyone) expect(world.cardsTo(who)).toHaveLength(who === fi || who === sv || who === en ? 1 : 0);
    expect((await claimedReminders(event)).sort()).toEqual([
      ...Array(3).fill(`remind:1440@${event.startsAt.toISOString()}`),
      ...Array(3).fill(`remind:15@${event.startsAt.toISOString()}`),
    ]);
  });

  it('sends nothing again after a restart, and after one a reminder missed while down, the latest only, and none once started', async () => {
    // Three sessions on 20, 22 and 24 March 2027 at 10:00 in Finland (08:00 UTC).
    const sent = await planEvent(world, tiina, bookCoffeeForm({ startDate: '2027-03-20' }));
    const bothMissed = await planEvent(world, tiina, bookCoffeeForm({ startDate: '2027-03-22' }));
    const started = await planEvent(world, tiina, bookCoffeeForm({ startDate: '2027-03-24' }));
    const [fi, en] = [await person('fi-FI'), await person('en-GB')];
    for (const event of [sent, bothMissed, started]) for (const who of [fi, en]) await answer(who, event, 'going');
    await world.work();
    stub.reset();

    // The day-before reminder goes; a restart (the same database) sends it not again.
    advanceTo(dueAt(sent, 1440));
    await world.work();
    expect(remindersTo(fi).map(cardText)).toEqual([expect.stringContaining(reminderText.fi('la 20.3.2027 10.00–11.00'))]);
    expect(remindersTo(en)).toHaveLength(1);
    await world.restart();
    await world.work();
    expect(world.cardsTo(fi)).toHaveLength(1);
    expect(world.cardsTo(en)).toHaveLength(1);

    // The 15-minute reminder comes due while the server is down (no outbox runs): it goes after the restart.
    stub.reset();
    advanceTo(new Date(sent.startsAt.getTime() - 5 * MINUTE));
    await world.restart();
    await world.work();
    expect(world.cardsTo(fi).map(cardText)).toEqual([expect.stringContaining(reminderText.fi('la 20.3.2027 10.00–11.00'))]);
    expect(world.cardsTo(en).map(cardText)).toEqual([expect.stringContaining(reminderText.en('Sat, 20 Mar 2027, 10:00–11:00'))]);
    await world.restart();
    await world.work();
    expect(world.cardsTo(fi)).toHaveLength(1);
    expect(world.cardsTo(en)).toHaveLength(1);
    expect(await claimedReminders(sent)).toHaveLength(4);

    // Down over both reminders of the next session: only the latest (15 minutes) goes, once.
    stub.reset();
    advanceTo(new Date(bothMissed.startsAt.getTime() - 10 * MINUTE));
    await world.restart();
    await world.work();
    await world.work();
    expect(world.cardsTo(fi).map(cardText)).toEqual([expect.stringContaining(reminderText.fi('ma 22.3.2027 10.00–11.00'))]);
    expect(world.cardsTo(en)).toHaveLength(1);
    expect((await claimedReminders(bothMissed)).sort()).toEqual(Array(2).fill(`remind:15@${bothMissed.startsAt.toISOString()}`));

    // Down until after the start of the third: no reminder at all, and none left waiting.
    stub.reset();
    advanceTo(new Date(started.startsAt.getTime() + MINUTE));
    await world.restart();
    await world.work();
    expect(world.cardsTo(fi)).toEqual([]);
    expect(world.cardsTo(en)).toEqual([]);
    expect(await claimedReminders(started)).toEqual([]);
    const pending = await listJobs(world.app.store.db, { kind: eventJobs.remind, state: 'pending' });
    expect(pending.filter((j) => [sent.id, bothMissed.id, started.id].includes((j.payload as { eventId: string }).eventId))).toEqual([]);
  });

  it('reminds of a moved event at its new time, not the old, and of a cancelled one no one', async () => {
    // Monday 5 April 2027 10:00 in Finland (UTC+3 since 28 March): 07:00 UTC, moved to Tuesday 6 April 12:00;
    // another session that morning at 08:00 (05:00 UTC) is cancelled.
    const moved = await planEvent(world, tiina, bookCoffeeForm({ startDate: '2027-04-05' }));
    const cancelled = await planEvent(world, tiina, bookCoffeeForm({ startDate: '2027-04-05', startTime: '08:00', endTime: '09:00' }));
    const [fi, sv] = [await person('fi-FI'), await person('sv-FI')];
    for (const event of [moved, cancelled]) for (const who of [fi, sv]) await answer(who, event, 'going');
    const changed = await world.press(tiina, 'changeEvent', {
      eventId: moved.id,
      ...bookCoffeeForm({ startDate: '2027-04-06', startTime: '12:00', endTime: '13:00' }),
    });
    expect(cardText(changed)).toContain('Tapahtumaa muutettiin.');
    expect(cardText(await world.press(tiina, 'cancelEvent', { eventId: cancelled.id }))).toContain('Tapahtuma peruttiin.');
    await world.work();
    expect(remindersTo(fi)).toEqual([]); // the change and the cancellation were told, no reminder
    stub.reset();

    const newStart = new Date('2027-04-06T09:00:00.000Z');
    // The cancelled event's times and the moved one's old times pass, the outbox running at each: nothing.
    for (const due of [dueAt(cancelled, 1440), dueAt(moved, 1440), dueAt(cancelled, 15), cancelled.startsAt, dueAt(moved, 15)]) {
      advanceTo(due);
      await world.work();
    }
    advanceTo(new Date(newStart.getTime() - 1440 * MINUTE - MINUTE));
    await world.work();
    expect(world.cardsTo(fi)).toEqual([]);
    expect(world.cardsTo(sv)).toEqual([]);

    // The new times: a day before, then 15 minutes before, once each, telling the new time.
    advanceTo(new Date(newStart.getTime() - 1440 * MINUTE));
    await world.work();
    expect(world.cardsTo(fi).map(cardText)).toEqual([expect.stringContaining(reminderText.fi('ti 6.4.2027 12.00–13.00'))]);
    expect(world.cardsTo(sv).map(cardText)).toEqual([expect.stringContaining(reminderText.sv('tis 6.4.2027 12.00–13.00'))]);
    advanceTo(new Date(newStart.getTime() - 15 * MINUTE));
    await world.work();
    await world.work();
    expect(world.cardsTo(fi).map(cardText)).toEqual([reminderText.fi('ti 6.4.2027 12.00–13.00'), reminderText.fi('ti 6.4.2027 12.00–13.00')].map((t) => expect.stringContaining(t)));
    expect(world.cardsTo(sv)).toHaveLength(2);
    expect(await claimedReminders(cancelled)).toEqual([]);
    expect((await claimedReminders(moved)).sort()).toEqual([
      ...Array(2).fill(`remind:1440@${newStart.toISOString()}`),
      ...Array(2).fill(`remind:15@${newStart.toISOString()}`),
    ]);
  });
  it('retries a reminder that could not reach one person for that person only, and the others get it once', async () => {
    // Monday 12 April 2027 10:00 in Finland: 07:00 UTC.
    const event = await planEvent(world, tiina, bookCoffeeForm({ startDate: '2027-04-12' }));
    const [fi, en, unreachable] = [await person('fi-FI'), await person('en-GB'), await person('sv-FI')];
    for (const who of [fi, en, unreachable]) await answer(who, event, 'going');
    await world.work();
    stub.reset();

    // Teams' service cannot be reached for one chat (a port nothing listens on).
    const db = world.app.store.db;
    const { reference_json: reference } = await db.selectFrom('conversations').select('reference_json').where('id', '=', unreachable.conversationId).executeTakeFirstOrThrow();
    const closed = await startConnectorStub();
    await closed.close();
    const setReference = (json: string) => db.updateTable('conversations').set({ reference_json: json }).where('id', '=', unreachable.conversationId).execute();
    await setReference(reference.replace(stub.url, closed.url));

    advanceTo(dueAt(event, 1440));
    await world.work();
    expect(world.cardsTo(fi).map(cardText)).toEqual([expect.stringContaining(reminderText.fi('ma 12.4.2027 10.00–11.00'))]);
    expect(world.cardsTo(en)).toHaveLength(1);
    expect(world.cardsTo(unreachable)).toEqual([]);
    const [job] = (await listJobs(db, { kind: eventJobs.remind })).filter((j) => (j.payload as { eventId: string }).eventId === event.id && (j.payload as { minutes: number }).minutes === 1440);
    expect(job).toMatchObject({ state: 'pending', attempts: 1, lastError: expect.any(String) });

    // Reachable again; the retry (after its backoff) reaches that person, and no one else a second time.
    await setReference(reference);
    clock.advance(5_000);
    await world.work();
    await world.work();
    expect(world.cardsTo(unreachable).map(cardText)).toEqual([expect.stringContaining(reminderText.sv('mån 12.4.2027 10.00–11.00'))]);
    expect(world.cardsTo(fi)).toHaveLength(1);
    expect(world.cardsTo(en)).toHaveLength(1);
    expect(await listJobs(db, { kind: eventJobs.remind, state: 'pending' })).not.toContainEqual(expect.objectContaining({ id: job.id }));
  });
});
