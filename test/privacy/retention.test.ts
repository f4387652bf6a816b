/**
 * The daily retention sweep on both engines, over a database where every table holds something (privacyWorld.ts):
 * what is older than the period goes or is anonymised, what is recent stays, people who still take part stay and
 * people who hold nothing any more are erased; the unit's exchange costs stay per budget year. Two instances on
 * one database enqueue the day's sweep once and run it once.
 */
import { sql } from 'kysely';
import { createOutboxWorker } from '../../shared/jobs/worker';
import { createLogger } from '../../shared/log/logger';
import { enqueueRetentionSweep, retentionJobs, sweepPersonalData } from '../../shared/services/retention';
import { recordInstall } from '../../shared/store/repositories/conversations';
import { upsertPerson } from '../../shared/store/repositories/people';
import { ERASED_PERSON_ID } from '../../shared/store/repositories/personalData/subject';
import type { Store } from '../../shared/store/database';
import { describeEachEngine } from '../support/databases';
import { fillEveryTable, START } from './privacyWorld';

const count = async (store: Store, table: string, where = sql`1 = 1`) =>
  Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)} where ${where}`.execute(store.db)).rows[0].n);

/** Someone who once opened a chat with the bot, and nothing more. */
async function onlookerAt(store: Store, key: string, at: Date) {
  const person = await upsertPerson(store.db, { botUserId: `29:${key}`, aadObjectId: `9c8b7a6d-0000-4000-8000-${key.padStart(12, '0')}`, displayName: `Onlooker ${key}`, now: at });
  await recordInstall(store.db, { id: `a:chat-${key}`, kind: 'personal', channelId: 'msteams', serviceUrl: 'https://smba.example.org', personId: person.id, referenceJson: '{}', installedBy: null, now: at });
  return person;
}

async function costsPerYear(store: Store) {
  const { rows } = await sql<{ year: string; granted: number; reimbursed: number; n: number }>`
    select substr(starts_on, 1, 4) as year, sum(granted_cents) as granted, sum(coalesce(reimbursed_cents, 0)) as reimbursed, count(*) as n
    from exchange_applications where state in ('approved', 'reimbursed') group by substr(starts_on, 1, 4) order by year`.execute(store.db);
  return rows.map((r) => ({ year: r.year, granted: Number(r.granted), reimbursed: Number(r.reimbursed), n: Number(r.n) }));
}

describeEachEngine('the retention sweep', (t) => {
  it('removes what is older than the period and keeps what is recent', async () => {
    const world = await fillEveryTable(t.store.db);
    const db = t.store.db;
    const now = new Date('2030-03-25T10:00:00.000Z'); // 30 days: everything done at START is old, March is recent
    const idle = await onlookerAt(t.store, '1d1e', START);
    const recent = await onlookerAt(t.store, '7ece', new Date('2030-03-20T10:00:00.000Z'));
    await db.updateTable('outbox').set({ state: 'done', updated_at: START.toISOString() }).where('kind', '=', 'joinRequest.notifyCoordinators').execute();
    await db.updateTable('outbox').set({ state: 'failed', updated_at: '2030-03-24T10:00:00.000Z' }).where('kind', '=', 'teams.removeMember').execute();
    const pending = await count(t.store, 'outbox', sql`state = 'pending'`);

    const counts = await sweepPersonalData({ db, now, days: 30 });

    // Decided join requests and their cards go; the pending one and the memberships stay.
    expect((await db.selectFrom('join_requests').select(['network_id', 'state']).execute())).toEqual([{ network_id: 'lanu', state: 'pending' }]);
    expect(await count(t.store, 'approval_cards')).toBe(0);
    expect((await db.selectFrom('memberships').select(['person_id', 'join_request_id']).execute()).map((m) => m.join_request_id)).toEqual([null, null, null]);
    // The book coffee of 20 March ended within the period: it stays with its answers, tips and notices.
    expect([await count(t.store, 'events'), await count(t.store, 'event_rsvps'), await count(t.store, 'event_contributions'), await count(t.store, 'event_notices_sent')]).toEqual([1, 2, 2, 2]);
    // The audit log keeps March, not December.
    expect(await count(t.store, 'audit_log', sql`at < '2030-02-23'`)).toBe(0);
    expect(await count(t.store, 'audit_log', sql`at >= '2030-03-01' and action like 'exchange.%'`)).toBeGreaterThan(3);
    // Finished work from December goes, the failure of yesterday and all waiting work stay.
    expect(await count(t.store, 'outbox', sql`state = 'done'`)).toBe(0);
    expect(await count(t.store, 'outbox', sql`state = 'failed'`)).toBe(1);
    expect(await count(t.store, 'outbox', sql`state = 'pending'`)).toBe(pending);
    // Unused grants, old install history and pacing marks go; chats Kollega is still in stay.
    expect([await count(t.store, 'graph_grants'), await count(t.store, 'installation_events', sql`at < '2030-02-23'`), await count(t.store, 'spacing')]).toEqual([0, 0, 0]);
    expect(await count(t.store, 'conversations', sql`id = ${world.aino.chat}`)).toBe(1);
    // A draft untouched since December goes; the exchanges of this spring stay as they are.
    expect(await count(t.store, 'exchange_applications', sql`id = ${world.exchange.ainoDraft}`)).toBe(0);
    expect(await db.selectFrom('exchange_applications').select('expectations').where('id', '=', world.exchange.ainoVisit).executeTakeFirstOrThrow()).toEqual({ expectations: 'Aino Kirjastolainen: odotukset vierailulta' });
    // Someone who holds nothing and was last seen before the period is erased; a recent one stays, and so do members.
    expect(await db.selectFrom('people').select('id').where('id', 'in', [idle.id, recent.id, world.aino.person.id, world.olli.person.id]).orderBy('id').execute())
      .toEqual([recent.id, world.aino.person.id, world.olli.person.id].sort().map((id) => ({ id })));
    expect(await count(t.store, 'conversations', sql`id = 'a:chat-1d1e'`)).toBe(0);

    const entry = await db.selectFrom('audit_log').selectAll().where('action', '=', 'personalData.retention').executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ actor: 'retention', subject_id: '2030-03-25' });
    expect(JSON.parse(entry.detail_json!)).toMatchObject({ days: 30, counts: { join_requests: 3, graph_grants: 2, people: 1 } });
    expect(counts.exchange_applications).toBeGreaterThan(0);
  });

  it('years later: ended events and finished seasons lose their personal rows, exchanges keep their costs without anyone', async () => {
    const world = await fillEveryTable(t.store.db);
    const db = t.store.db;
    const costsBefore = await costsPerYear(t.store);
    await sweepPersonalData({ db, now: new Date('2033-08-01T02:00:00.000Z'), days: 1095 });

    for (const table of ['events', 'event_rsvps', 'event_contributions', 'event_posts', 'event_notices_sent']) expect({ table, rows: await count(t.store, table) }).toEqual({ table, rows: 0 });
    for (const table of ['mentoring_group_people', 'mentoring_applications', 'mentoring_application_notices', 'mentoring_questions', 'mentoring_feedback', 'mentoring_attendance', 'mentoring_theme_votes', 'mentoring_notices_sent']) {
      expect({ table, rows: await count(t.store, table) }).toEqual({ table, rows: 0 });
    }
    // What the season held stays as the unit's record, without anyone's name or notes.
    expect(await count(t.store, 'mentoring_themes', sql`proposed_by <> ${ERASED_PERSON_ID}`)).toBe(0);
    expect(await count(t.store, 'mentoring_themes')).toBe(4);
    expect(await count(t.store, 'mentoring_meetings', sql`notes is not null or notes_by is not null`)).toBe(0);
    expect(await count(t.store, 'mentoring_seasons', sql`created_by = ${ERASED_PERSON_ID}`)).toBe(1);

    // The visits of 2030 stay for the accounts, without anyone; the one of 2031 is within the period and untouched.
    expect(await costsPerYear(t.store)).toEqual(costsBefore);
    for (const id of [world.exchange.ainoVisit, world.exchange.olliVisit]) {
      expect(await db.selectFrom('exchange_applications').select(['applicant_id', 'expectations', 'supervisor_email']).where('id', '=', id).executeTakeFirstOrThrow())
        .toEqual({ applicant_id: ERASED_PERSON_ID, expectations: '', supervisor_email: '' });
    }
    expect(await db.selectFrom('exchange_applications').select('applicant_id').where('id', '=', world.exchange.ainoLater).executeTakeFirstOrThrow()).toEqual({ applicant_id: world.aino.person.id });
    expect([await count(t.store, 'exchange_feedback'), await count(t.store, 'exchange_stories'), await count(t.store, 'exchange_notices')]).toEqual([0, 0, 0]);
    expect(await count(t.store, 'exchange_history', sql`actor_id <> ${ERASED_PERSON_ID} and application_id <> ${world.exchange.ainoLater}`)).toBe(0);
    expect(await count(t.store, 'exchange_budgets', sql`set_by <> ${ERASED_PERSON_ID}`)).toBe(0);
    // Aino and Olli are still members: they stay.
    expect(await count(t.store, 'people', sql`id in (${world.aino.person.id}, ${world.olli.person.id})`)).toBe(2);
  });

  it('is enqueued once a day and run once, however many instances share the database', async () => {
    await fillEveryTable(t.store.db);
    const other = await t.openAnother();
    const now = new Date('2033-08-01T02:00:00.000Z');
    expect(await Promise.all([enqueueRetentionSweep(t.store.db, now), enqueueRetentionSweep(other.db, now)]).then((r) => r.sort())).toEqual([false, true]);
    let runs = 0;
    const workerOn = (store: Store, name: string) =>
      createOutboxWorker({
        store, log: createLogger('silent'), now: () => now, instanceId: name,
        handlers: { [retentionJobs.sweep]: async () => void (runs += 1, await sweepPersonalData({ db: store.db, now, days: 1095 })) },
      });
    // The fill's own work has no handlers here and simply fails; only the sweep is of interest.
    await Promise.all([workerOn(t.store, 'a').runDue(), workerOn(other, 'b').runDue()]);
    expect(runs).toBe(1);
    await Promise.all([t.store.durable(), other.durable()]); // SQLite: each instance's writes committed, as the other reads them
    expect(await t.store.db.selectFrom('outbox').select('state').where('kind', '=', retentionJobs.sweep).execute()).toEqual([{ state: 'done' }]);
    expect(await count(t.store, 'audit_log', sql`action = 'personalData.retention'`)).toBe(1);
    // A run repeated (a lease lost to a crash) removes nothing more.
    const again = await sweepPersonalData({ db: t.store.db, now, days: 1095 });
    expect(again).toEqual({});
  });
});
