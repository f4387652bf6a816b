/**
 * Reminders exactly once with two server processes sharing one PostgreSQL schema: the built server twice, as two
 * instances behind a load balancer would run, each with its own outbox worker. The day comes while both are
 * down (the reminders' due time is moved into the past in the shared outbox, as the clock would move it); both
 * start at once, race for the work, and every person going gets each reminder once, in their language, with the
 * join link. Restarting both again sends nothing more.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { startConnectorStub, type ConnectorStub } from '../fixtures/connectorStub';
import { openStore, type Store } from '../../shared/store/database';
import { eventJobs } from '../../shared/services/events';
import { TEST_DATABASE_URL } from '../support/databases';
import { bookCoffeeForm, eventsSeed } from '../support/eventsWorld';
import { someone, teamsMembers, tiina, type Someone } from '../support/joiningWorld';
import { cardText } from '../support/kollegaUnderTest';
import { installInChat, installInLanu, pressInChat, pressInLanu, waitFor } from '../support/processTurns';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';

jest.setTimeout(120_000);

const reminderLine = /^(Muistutus|Påminnelse|Reminder): /m;
const byLanguage: Record<string, RegExp> = { fi: /^Muistutus: Lanujen kirjakahvit alkaa /m, sv: /^Påminnelse: Lanus bokkaffe börjar /m, en: /^Reminder: Lanu book coffee starts /m };

describe('event reminders with two server processes on one PostgreSQL database', () => {
  const schema = `test_${process.pid}_${randomBytes(6).toString('hex')}`;
  let dir: string;
  let stub: ConnectorStub;
  let store: Store;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kollega-reminders-'));
    fs.writeFileSync(path.join(dir, 'seed.json'), JSON.stringify(eventsSeed()));
    stub = await startConnectorStub({ members: teamsMembers });
  });
  afterAll(async () => {
    if (store) {
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(store.db);
      await store.close();
    }
    await stub?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const env = { PORT: '0', DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema, EVENT_REMINDERS: '1440,15' };
  const startBoth = async () => {
    const seedFile = path.join(dir, 'seed.json');
    const pair = [startServerProcess({ ...env, SEED_FILE: seedFile }, dir), startServerProcess({ ...env, SEED_FILE: seedFile }, dir)];
    return { pair, urls: await Promise.all(pair.map((p) => p.url)) };
  };
  const stopAll = async (pair: ServerProcess[]) => {
    for (const p of pair) p.child.kill('SIGTERM');
    const codes = await Promise.all(pair.map(async (p) => (p.child.exitCode ?? (await once(p.child, 'exit'))[0]) as number));
    expect(codes).toEqual([0, 0]);
  };
  const remindersTo = (who: Someone) =>
    stub.requests
      .filter((r) => r.method === 'POST' && r.params.conversationId === who.conversationId)
      .map((r) => r.body?.attachments?.[0]?.content)
      .filter((card) => reminderLine.test(cardText(card)));
  it('sends each person going each reminder once, in their language with the join link, and nothing more after a restart', async () => {
    const people = Array.from({ length: 12 }, (_, i) => someone(`two-processes-${i}`, `Librarian ${i}`, ['fi-FI', 'sv-FI', 'en-GB'][i % 3]));
    const maybe = someone('two-processes-maybe', 'Maybe Later', 'fi-FI');

    // Day one: both instances serve; the coordinator plans a book coffee three days ahead, people answer.
    const first = await startBoth();
    const [a, b] = first.urls;
    for (const [i, who] of [tiina, ...people, maybe].entries()) await installInChat(i % 2 ? b : a, who, stub.url);
    await installInLanu(a, stub.url);
    const day = new Date(Date.now() + 3 * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });
    const planned = await pressInChat(a, tiina, stub.url, 'createEvent', bookCoffeeForm({ startDate: day, startTime: '14:00', endTime: '15:00' }));
    expect(planned).toMatch(/Tapahtuma luotiin|created/i);

    store = await openStore({ databaseUrl: TEST_DATABASE_URL, dataDir: dir, schema });
    const { id: eventId } = await store.db.selectFrom('events').select('id').executeTakeFirstOrThrow();
    for (const [i, who] of [...people, maybe].entries()) {
      const answer = who === maybe ? 'maybe' : 'going';
      await pressInLanu(i % 2 ? a : b, who, stub.url, 'rsvp', { eventId, answer });
    }
    await stopAll(first.pair);

    // While both are down, the day before and then the last quarter hour come: both reminders are due.
    const reminders = () => store.db.selectFrom('outbox').selectAll().where('kind', '=', eventJobs.remind).orderBy('id').execute();
    expect((await reminders()).map((j) => [j.state, JSON.parse(j.payload_json).minutes])).toEqual([
      ['pending', 1440],
      ['pending', 15],
    ]);
    await store.db.updateTable('outbox').set({ next_attempt_at: new Date(Date.now() - 1000).toISOString() }).where('kind', '=', eventJobs.remind).execute();
    stub.reset();

    const second = await startBoth();
    await waitFor('two reminders to each person going', () => people.every((who) => remindersTo(who).length >= 2));
    await new Promise((r) => setTimeout(r, 2000)); // time for a second copy, were either process to send one
    for (const who of people) {
      const got = remindersTo(who);
      expect(got).toHaveLength(2);
      for (const card of got) {
        expect(cardText(card)).toMatch(byLanguage[who.locale.slice(0, 2)]);
        expect(JSON.stringify(card)).toContain(bookCoffeeForm().joinUrl);
      }
    }
    expect(remindersTo(maybe)).toEqual([]);
    expect((await reminders()).map((j) => j.state)).toEqual(['done', 'done']);
    const claimed = await store.db.selectFrom('event_notices_sent').select(['person_id', 'notice']).where('notice', 'like', 'remind:%').execute();
    expect(claimed).toHaveLength(people.length * 2);
    await stopAll(second.pair);

    // Both again: nothing more goes.
    stub.reset();
    const third = await startBoth();
    await new Promise((r) => setTimeout(r, 3000));
    for (const who of people) expect(remindersTo(who)).toEqual([]);
    await stopAll(third.pair);
  });
});
