/**
 * Erasing a person, on both engines, from a database where every table holds something (privacyWorld.ts): nothing
 * that names them is left in any table (their ids, Teams and Entra ids, name, e-mail, chats, the texts they wrote),
 * the other member's data is as it was, the seat Aino held goes to Olli, the unit's exchange costs stay per budget
 * year without her, and the audit log records the erasure without her. A second erasure changes nothing.
 */
import { sql } from 'kysely';
import type { PersonalDataExport } from '../../shared/api/personalDataContract';
import { erasePersonalData, exportPersonalData } from '../../shared/services/personalData';
import { bookkeepingTables } from '../../shared/store/repositories/personalData/registry';
import { ERASED_PERSON_ID } from '../../shared/store/repositories/personalData/subject';
import type { Store } from '../../shared/store/database';
import { describeEachEngine } from '../support/databases';
import { findOrCreateSignedInPerson } from '../../shared/store/repositories/people';
import { TENANT } from '../support/joiningWorld';
import { ADMIN_OID, ERASURE, fillEveryTable, type Member } from './privacyWorld';
import { dumpEveryTable, whereFound } from './schema';

/** Everything that names the member: their identifiers and the texts they wrote. */
const tracesOf = (m: Member) =>
  [m.person.id, m.person.botUserId, m.person.aadObjectId!, m.person.email!, m.person.displayName!, m.person.guestUserId!, m.chat, ...m.texts];

/** What the unit accounts for, per budget year: approved and reimbursed costs. */
async function costsPerYear(store: Store) {
  const { rows } = await sql<{ year: string; granted: number; actual: number; reimbursed: number; n: number }>`
    select substr(starts_on, 1, 4) as year, sum(granted_cents) as granted, sum(actual_travel_cents + actual_stay_cents) as actual,
      sum(reimbursed_cents) as reimbursed, count(*) as n
    from exchange_applications where state = 'reimbursed' group by substr(starts_on, 1, 4) order by year`.execute(store.db);
  return rows.map((r) => ({ year: r.year, granted: Number(r.granted), actual: Number(r.actual), reimbursed: Number(r.reimbursed), n: Number(r.n) }));
}

/**
 * Olli's document without what rightly changes meanwhile: his place in the queue and the work queued (Aino's seat
 * went to him), and the audit entry of the export itself.
 */
const comparable = (d: PersonalDataExport) => ({
  ...d,
  exportedAt: '',
  events: { ...d.events, answers: d.events.answers.map((a) => ({ ...a, status: '' })) },
  activity: { auditLog: d.activity.auditLog.filter((a) => a.action !== 'personalData.exported'), scheduledWork: [] },
});

describeEachEngine('erasing a person', (t) => {
  it('leaves nothing that names them in any table, and keeps everyone else\'s data and the unit\'s costs', async () => {
    const world = await fillEveryTable(t.store.db);
    const db = t.store.db;
    const before = await dumpEveryTable(t.store);
    const empty = Object.entries(before).filter(([table, rows]) => rows === '[]' && !(bookkeepingTables as readonly string[]).includes(table)).map(([table]) => table);
    expect(empty).toEqual([]); // the world fills every table: a new one needs a row here
    expect(tracesOf(world.aino).filter((text) => whereFound(before, text).length === 0)).toEqual([]); // each trace is there to erase
    const olliBefore = await exportPersonalData({ db, now: ERASURE }, { actor: world.olli.person, personId: world.olli.person.id });
    const costsBefore = await costsPerYear(t.store);
    const granted2031 = await db.selectFrom('exchange_applications').select('id').where('starts_on', 'like', '2031-%').execute();
    expect(granted2031).toHaveLength(1);

    const erased = await erasePersonalData({ db, now: ERASURE }, { actor: world.aino.person, personId: world.aino.person.id });
    if (erased.outcome !== 'erased') throw new Error(JSON.stringify(erased));

    const after = await dumpEveryTable(t.store);
    const left = tracesOf(world.aino).map((text) => ({ text, tables: whereFound(after, text) })).filter((f) => f.tables.length > 0);
    expect(left).toEqual([]);
    if (t.dialect === 'sqlite') expect((await sql`pragma foreign_key_check`.execute(db)).rows).toEqual([]);

    // Olli's own data is as it was; only his answer moved up: he got Aino's seat, and will be told.
    const olliAfter = await exportPersonalData({ db, now: ERASURE }, { actor: world.olli.person, personId: world.olli.person.id });
    if (olliBefore.outcome !== 'ok' || olliAfter.outcome !== 'ok') throw new Error('no export');
    expect(comparable(olliAfter.document)).toEqual(comparable(olliBefore.document));
    expect(olliBefore.document.events.answers.map((a) => a.status)).toEqual(['waitlisted']);
    expect(olliAfter.document.events.answers.map((a) => a.status)).toEqual(['confirmed']);
    const event = await db.selectFrom('events').selectAll().where('id', '=', world.eventId).executeTakeFirstOrThrow();
    expect([event.confirmed_count, event.waitlisted_count, event.maybe_count, event.not_going_count, event.contributions_count].map(Number)).toEqual([1, 0, 0, 0, 1]);
    expect(await db.selectFrom('outbox').select('kind').where('kind', '=', 'event.notify.promoted').where('payload_json', 'like', `%${world.olli.person.id}%`).execute()).toHaveLength(1);
    // Nothing is left waiting to be done for her: the failed Graph removal and the request's messages are gone.
    expect(await db.selectFrom('outbox').select('kind').where('kind', '=', 'teams.removeMember').execute()).toEqual([]);

    // The unit's reimbursed visit stays, anonymised, and every sum per budget year with it; the 2031 grant is released.
    expect(await costsPerYear(t.store)).toEqual(costsBefore);
    const kept = await db.selectFrom('exchange_applications').selectAll().where('id', '=', world.exchange.ainoVisit).executeTakeFirstOrThrow();
    expect(kept).toMatchObject({ applicant_id: ERASED_PERSON_ID, state: 'reimbursed', unit_id: 'ake-borga', starts_on: '2030-03-05', expectations: '', supervisor_email: '', mentor_name: null });
    expect(await db.selectFrom('exchange_applications').select('id').where('id', 'in', [world.exchange.ainoLater, world.exchange.ainoDraft]).execute()).toEqual([]);
    expect(await db.selectFrom('exchange_applications').select('state').where('id', '=', world.exchange.olliVisit).executeTakeFirstOrThrow()).toEqual({ state: 'approved' });
    // A theme fixed to a meeting is the group's agenda: it stays, proposed by nobody in particular.
    expect(await db.selectFrom('mentoring_themes').select(['title', 'proposed_by']).where('id', '=', world.fixedThemeId).executeTakeFirstOrThrow()).toEqual({ title: 'Asiakaspalvelun vaikeat tilanteet', proposed_by: ERASED_PERSON_ID });

    // The audit log says an erasure happened, by whom in which role and how much, under a random reference only.
    const entry = await db.selectFrom('audit_log').selectAll().where('action', '=', 'personalData.erased').executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ actor: ERASED_PERSON_ID, subject_type: 'erasure', subject_id: erased.erasureId });
    expect(JSON.parse(entry.detail_json!)).toMatchObject({ by: 'self', counts: { people: 1, event_rsvps: 1, exchange_applications: expect.any(Number) } });
    expect(erased.rows).toBeGreaterThan(30);

    // Again (a double click): nothing is held, nothing changes.
    const settled = await dumpEveryTable(t.store);
    expect(await erasePersonalData({ db, now: ERASURE }, { actor: world.aino.person, personId: world.aino.person.id })).toEqual({ outcome: 'nothingHeld' });
    expect(await dumpEveryTable(t.store)).toEqual(settled);
  });

  it('exports each area of the person\'s data, and nothing of the other member', async () => {
    const world = await fillEveryTable(t.store.db);
    const found = await exportPersonalData({ db: t.store.db, now: ERASURE }, { actor: world.aino.person, personId: world.aino.person.id });
    if (found.outcome !== 'ok') throw new Error(found.outcome);
    const d = found.document;
    expect(d.person).toMatchObject({ id: world.aino.person.id, email: world.aino.person.email, displayName: 'Aino Kirjastolainen', teamsUserId: world.aino.person.botUserId });
    expect(d.teams.personalChats.map((c) => c.conversationId)).toEqual([world.aino.chat]);
    expect(d.teams.installations.length).toBe(2);
    expect(d.teams.calendarAccessGivenAt).not.toBeNull();
    // Asked at the same moment: in no particular order.
    expect(d.networks.joinRequests.map((r) => [r.networkId, r.state, r.decidedBy]).sort()).toEqual([['lanu', 'approved', 'Tiina Rajala'], ['severi', 'approved', 'Elina Karioja']]);
    expect(d.networks.memberships.map((m) => m.networkId).sort()).toEqual(['lanu', 'severi']);
    expect(d.events.answers).toMatchObject([{ answer: 'going', status: 'confirmed', title: { fi: 'Kirjakahvit' } }]);
    expect(d.events.contributions.map((c) => c.contribution.note)).toEqual(['Aino Kirjastolainen suosittelee']);
    expect(d.events.messages).toHaveLength(1);
    expect(d.mentoring.groups.map((g) => g.role)).toEqual(['member']);
    expect(d.mentoring.applications.map((a) => a.message)).toEqual(['Aino Kirjastolainen hakee tukiryhmään']);
    expect(d.mentoring.themesProposed.map((th) => th.title).sort()).toEqual(['Ainon oma teemaehdotus', 'Asiakaspalvelun vaikeat tilanteet']);
    expect(d.mentoring.votes.map((v) => v.title)).toEqual(['Yhteinen teema kaikille']);
    expect(d.mentoring.questions.map((q) => q.text)).toEqual(['Aino Kirjastolainen kysyy maaliskuun tapaamisessa']); // not the anonymous one
    expect(d.mentoring.feedback.map((f) => f.comment)).toEqual(['Aino Kirjastolainen: hyödyllinen tapaaminen']);
    expect(d.mentoring.attended).toHaveLength(1);
    expect(d.mentoring.messages.length).toBe(2);
    const visit = d.exchange.applications.find((a) => a.id === world.exchange.ainoVisit)!;
    expect(visit).toMatchObject({ state: 'reimbursed', expectations: 'Aino Kirjastolainen: odotukset vierailulta', reimbursedCents: 250_00, story: { title: 'Ainon tarina Vaasasta' } });
    expect(visit.feedback.map((f) => f.direction).sort()).toEqual(['guestToHost', 'hostToGuest']);
    expect(visit.history.map((h) => h.action)).toContain('approveCosts');
    expect(d.exchange.applications).toHaveLength(3);
    expect(d.exchange.messages).toHaveLength(1);
    expect(d.activity.auditLog.map((a) => a.action)).toEqual(expect.arrayContaining(['joinRequest.created', 'exchange.created', 'mentoring.application.created']));
    expect(d.activity.scheduledWork.map((w) => w.kind)).toContain('teams.removeMember');

    const text = JSON.stringify(d);
    expect(tracesOf(world.olli).filter((trace) => text.includes(trace))).toEqual([]);
    expect(text).not.toContain('sealed-cache');

    // The coordinator's document names her roles from the seed, the event she planned and the season she opened.
    const hers = await exportPersonalData({ db: t.store.db, now: ERASURE }, { actor: world.coordinator, personId: world.coordinator.id });
    if (hers.outcome !== 'ok') throw new Error(hers.outcome);
    expect(hers.document.roles).toMatchObject({ admin: false, coordinator: [{ displayName: 'Elina Karioja', networkIds: ['severi'] }] });
    expect(hers.document.events.planned).toHaveLength(1);
    expect(hers.document.mentoring.seasonsOpened).toHaveLength(1);
    expect(hers.document.exchange.budgetsSet).toHaveLength(2);
  });

  it('lets an admin erase a named person, and refuses anyone else without changing anything', async () => {
    const world = await fillEveryTable(t.store.db);
    const db = t.store.db;
    const before = await dumpEveryTable(t.store);
    for (const actor of [world.olli.person, world.coordinator]) {
      expect(await erasePersonalData({ db, now: ERASURE }, { actor, personId: world.aino.person.id })).toEqual({ outcome: 'forbidden' });
      expect(await exportPersonalData({ db, now: ERASURE }, { actor, personId: world.aino.person.id })).toEqual({ outcome: 'forbidden' });
    }
    const after = await dumpEveryTable(t.store);
    expect({ ...after, audit_log: '' }).toEqual({ ...before, audit_log: '' });
    expect((await db.selectFrom('audit_log').select('action').where('action', 'like', 'personalData.%.refused').execute()).map((a) => a.action).sort())
      .toEqual(['personalData.erase.refused', 'personalData.erase.refused', 'personalData.export.refused', 'personalData.export.refused']);

    const anna = await findOrCreateSignedInPerson(db, { objectId: ADMIN_OID, tenantId: TENANT, name: 'Anna Admin', now: ERASURE });
    expect(await exportPersonalData({ db, now: ERASURE }, { actor: anna, personId: world.aino.person.id })).toMatchObject({ outcome: 'ok', document: { person: { id: world.aino.person.id } } });
    expect(await erasePersonalData({ db, now: ERASURE }, { actor: anna, personId: world.aino.person.id })).toMatchObject({ outcome: 'erased' });
    const entry = await db.selectFrom('audit_log').selectAll().where('action', '=', 'personalData.erased').executeTakeFirstOrThrow();
    expect(entry.actor).toBe(anna.id);
    expect(JSON.parse(entry.detail_json!)).toMatchObject({ by: 'admin' });
    expect(await exportPersonalData({ db, now: ERASURE }, { actor: anna, personId: world.aino.person.id })).toEqual({ outcome: 'unknown' });
    // The placeholder that stands for erased people is nobody to export or erase.
    expect(await erasePersonalData({ db, now: ERASURE }, { actor: anna, personId: ERASED_PERSON_ID })).toEqual({ outcome: 'nothingHeld' });
  });
});
