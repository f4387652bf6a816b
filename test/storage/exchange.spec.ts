/**
 * The staff exchange's service on both engines, where the store must keep the rules under concurrency: two
 * approvals against one budget cannot both pass, two parties acting at once cannot both win, and a notice is
 * claimed once.
 */
import { takeStep, writeApplication } from '../../shared/services/exchange';
import { setExchangeBudget } from '../../shared/services/exchangeOverview';
import { getExchange } from '../../shared/store/repositories/exchange';
import { claimExchangeNotice, releaseExchangeNotice } from '../../shared/store/repositories/exchangeAfter';
import { updatePersonDetails, upsertPerson, type PersonRecord } from '../../shared/store/repositories/people';
import { bundledSeedData, loadSeed } from '../../shared/store/seed/loadSeed';
import { describeEachEngine } from '../support/databases';

const now = new Date('2026-12-01T10:00:00Z');
const ELINA = '0b6f4a1e-2c3d-4e5f-8a9b-0c1d2e3f4a5b';

describeEachEngine('staff exchange under concurrency', (t) => {
  let elina: PersonRecord;
  let aino: PersonRecord;
  let sanna: PersonRecord;
  let hanna: PersonRecord;
  const ctx = () => ({ db: t.store.db, now });

  const known = async (key: string, name: string, email: string) => {
    const person = await upsertPerson(t.store.db, { botUserId: `29:${key}`, aadObjectId: null, displayName: name, now });
    await updatePersonDetails(t.store.db, person.id, { email }, now);
    return { ...person, email };
  };

  beforeEach(async () => {
    const seed = bundledSeedData();
    seed.coordinators = seed.coordinators.map((c) => (c.id === 'elina-karioja' ? { ...c, aadObjectId: ELINA } : c));
    await loadSeed(t.store.db, seed);
    elina = await upsertPerson(t.store.db, { botUserId: '29:elina', aadObjectId: ELINA, displayName: 'Elina Karioja', now });
    [aino, sanna, hanna] = [await known('aino', 'Aino', 'aino@porvoo.fi'), await known('sanna', 'Sanna', 'sanna@porvoo.fi'), await known('hanna', 'Hanna', 'hanna@vaasa.fi')];
  });

  /** An application waiting for the coordinator, asking `cents` in all. */
  async function awaitingCoordinator(cents: number): Promise<string> {
    const written = await writeApplication(ctx(), {
      actor: aino, submit: true,
      plan: {
        homeLibraryId: 'porvoo-main', hostLibraryId: 'vaasa-main', startsOn: '2027-03-09', endsOn: '2027-03-10', reciprocal: false, returnVisitor: null, returnStartsOn: null, returnEndsOn: null,
        expectations: 'Seniors work', expertise: 'Seniors', languagePractice: true, supervisorName: 'Sanna', supervisorEmail: 'sanna@porvoo.fi',
        hostContactName: 'Hanna', hostContactEmail: 'hanna@vaasa.fi', travelEstimateCents: cents, stayEstimateCents: 0,
      },
    });
    if (written.outcome !== 'submitted') throw new Error(JSON.stringify(written));
    const id = written.application.id;
    expect((await takeStep(ctx(), { actor: sanna, applicationId: id, event: { type: 'confirm' } })).outcome).toBe('done');
    expect((await takeStep(ctx(), { actor: hanna, applicationId: id, event: { type: 'acceptAsHost', mentorName: 'Maria', mentorEmail: null } })).outcome).toBe('done');
    return id;
  }

  it('approves only what the year\'s budget holds when two approvals come at once', async () => {
    const [first, second] = [await awaitingCoordinator(300_00), await awaitingCoordinator(300_00)];
    expect(await setExchangeBudget(ctx(), { actor: elina, unitId: 'ake-borga', year: 2027, amountCents: 500_00 })).toBe('done');
    const other = await t.openAnother();
    const [a, b] = await Promise.all([
      takeStep(ctx(), { actor: elina, applicationId: first, event: { type: 'approveCosts', grantedCents: 300_00 } }),
      takeStep({ db: other.db, now }, { actor: elina, applicationId: second, event: { type: 'approveCosts', grantedCents: 300_00 } }),
    ]);
    expect([a, b].map((r) => (r.outcome === 'refused' ? r.refusal : r.outcome)).sort()).toEqual(['done', 'overBudget']);
    const states = [(await getExchange(t.store.db, first))!.state, (await getExchange(t.store.db, second))!.state].sort();
    expect(states).toEqual(['approved', 'coordinatorReview']);
  });

  it('lets one of two simultaneous steps on an application win and tells the other', async () => {
    const written = await writeApplication(ctx(), {
      actor: aino, submit: true,
      plan: {
        homeLibraryId: 'porvoo-main', hostLibraryId: 'vaasa-main', startsOn: '2027-03-09', endsOn: '2027-03-10', reciprocal: false, returnVisitor: null, returnStartsOn: null, returnEndsOn: null,
        expectations: 'x', expertise: 'y', languagePractice: false, supervisorName: 'Sanna', supervisorEmail: 'sanna@porvoo.fi',
        hostContactName: 'Hanna', hostContactEmail: 'hanna@vaasa.fi', travelEstimateCents: 0, stayEstimateCents: 0,
      },
    });
    if (written.outcome !== 'submitted') throw new Error(written.outcome);
    const id = written.application.id;
    const other = await t.openAnother();
    const results = await Promise.all([
      takeStep(ctx(), { actor: sanna, applicationId: id, event: { type: 'confirm' } }),
      takeStep({ db: other.db, now }, { actor: sanna, applicationId: id, event: { type: 'decline', reason: 'No' } }),
    ]);
    expect(results.filter((r) => r.outcome === 'done')).toHaveLength(1);
    const loser = results.find((r) => r.outcome === 'refused');
    expect(loser?.outcome === 'refused' ? loser.refusal : 'none').toMatch(/^(stale|notYourTurn|closed)$/);
    const history = await t.store.db.selectFrom('exchange_history').select('action').where('application_id', '=', id).orderBy('seq').execute();
    expect(history.map((h) => h.action)).toHaveLength(3); // create, submit, and the one step that won
  });

  it('claims each notice once, and again after it was released', async () => {
    const id = await awaitingCoordinator(0);
    const notice = { applicationId: id, notice: 'step:4', personId: aino.id };
    expect(await Promise.all([claimExchangeNotice(t.store.db, notice, now), claimExchangeNotice(t.store.db, notice, now)])).toEqual(expect.arrayContaining([true, false]));
    await releaseExchangeNotice(t.store.db, notice);
    expect(await claimExchangeNotice(t.store.db, notice, now)).toBe(true);
  });
});
