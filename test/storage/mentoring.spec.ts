/**
 * Group mentoring's seasons, groups and applications through the service the bot and the tab share, on both
 * engines: only the unit's coordinators open seasons and change groups (a forged attempt is audited and changes
 * nothing), a group keeps its size limit, and an application is decided once.
 */
import { openSeason, createGroup, placeInGroup, applyToGroup, decideOnApplication, groupView } from '../../shared/services/mentoring';
import { auditTrail } from '../../shared/store/repositories/audit';
import { getGroup, listGroupPeople } from '../../shared/store/repositories/mentoring';
import { claimApplicationNotice, releaseApplicationNotice } from '../../shared/store/repositories/mentoringApplications';
import { upsertPerson, type PersonRecord } from '../../shared/store/repositories/people';
import { bundledSeedData, loadSeed } from '../../shared/store/seed/loadSeed';
import { describeEachEngine } from '../support/databases';

const now = new Date('2026-12-01T10:00:00Z');
const ELINA = '0b6f4a1e-2c3d-4e5f-8a9b-0c1d2e3f4a5b';
const spring = { fi: 'Kevät 2027', sv: 'Våren 2027', en: 'Spring 2027' };
const group = { name: { fi: 'Senioreiden tukiryhmä', sv: 'Stödgruppen för seniorarbete', en: null }, focus: { fi: 'Seniorityö', sv: 'Seniorarbete', en: null } };

describeEachEngine('group mentoring: seasons, groups and applications', (t) => {
  let elina: PersonRecord;
  let people: PersonRecord[];
  const ctx = () => ({ db: t.store.db, now });

  beforeEach(async () => {
    const seed = bundledSeedData();
    seed.coordinators = seed.coordinators.map((c) => (c.id === 'elina-karioja' ? { ...c, aadObjectId: ELINA } : c));
    await loadSeed(t.store.db, seed);
    elina = await upsertPerson(t.store.db, { botUserId: '29:elina', aadObjectId: ELINA, displayName: 'Elina Karioja', now });
    people = await Promise.all(['Aino', 'Bo', 'Cecilia', 'Mentor Maija'].map((name, i) => upsertPerson(t.store.db, { botUserId: `29:p${i}`, displayName: name, now })));
  });

  async function season() {
    const opened = await openSeason(ctx(), { actor: elina, unitId: 'ake-borga', name: spring, startsOn: '2027-01-01', endsOn: '2027-05-31' });
    if (opened.outcome !== 'created') throw new Error(opened.outcome);
    return opened.season;
  }

  it('lets the unit\'s coordinator open a season and create a group with a mentor and members', async () => {
    const s = await season();
    expect(s).toMatchObject({ unitId: 'ake-borga', name: spring, startsOn: '2027-01-01', endsOn: '2027-05-31' });
    const [aino, bo, , maija] = people;
    const made = await createGroup(ctx(), { actor: elina, seasonId: s.id, networkId: 'severi', ...group, capacity: 6, mentorIds: [maija.id], memberIds: [aino.id, bo.id] });
    expect(made).toMatchObject({ outcome: 'created', group: { name: { fi: 'Senioreiden tukiryhmä', en: 'Senioreiden tukiryhmä' }, capacity: 6, seriesState: 'unplanned' } });
    if (made.outcome !== 'created') return;
    expect((await listGroupPeople(t.store.db, made.group.id)).map((p) => [p.displayName, p.role])).toEqual([['Mentor Maija', 'mentor'], ['Aino', 'member'], ['Bo', 'member']]);
    expect(await groupView(t.store.db, maija, made.group)).toEqual({ role: 'mentor', coordinates: false });
    expect(await groupView(t.store.db, elina, made.group)).toEqual({ role: undefined, coordinates: true });
  });

  it('refuses someone who is not the unit\'s coordinator, audits it and changes nothing', async () => {
    const s = await season();
    const [aino] = people;
    expect(await openSeason(ctx(), { actor: aino, unitId: 'ake-borga', name: spring, startsOn: '2027-01-01', endsOn: '2027-05-31' })).toEqual({ outcome: 'forbidden' });
    expect(await openSeason(ctx(), { actor: elina, unitId: 'akepampas', name: spring, startsOn: '2027-01-01', endsOn: '2027-05-31' })).toEqual({ outcome: 'forbidden' });
    expect(await createGroup(ctx(), { actor: aino, seasonId: s.id, networkId: null, ...group, capacity: null, mentorIds: [], memberIds: [aino.id] })).toEqual({ outcome: 'forbidden' });
    expect(await t.store.db.selectFrom('mentoring_groups').selectAll().execute()).toEqual([]);
    expect((await auditTrail(t.store.db, 'mentoringSeason', s.id)).map((e) => e.action)).toEqual(['mentoring.season.opened', 'mentoring.group.create.refused']);
  });

  it('refuses a season with bad dates or already over, and a group that breaks its own rules', async () => {
    expect(await openSeason(ctx(), { actor: elina, unitId: 'ake-borga', name: spring, startsOn: '2027-05-31', endsOn: '2027-01-01' })).toEqual({ outcome: 'invalid', problems: ['endsBeforeStart'] });
    expect(await openSeason(ctx(), { actor: elina, unitId: 'ake-borga', name: spring, startsOn: '2026-01-01', endsOn: '2026-05-31' })).toEqual({ outcome: 'invalid', problems: ['endsInPast'] });
    const s = await season();
    const [aino, bo, cecilia] = people;
    const bad = await createGroup(ctx(), { actor: elina, seasonId: s.id, networkId: 'nowhere', ...group, capacity: 1, mentorIds: [aino.id], memberIds: [aino.id, bo.id, 'nobody'] });
    expect(bad).toEqual({ outcome: 'invalid', problems: expect.arrayContaining(['networkNotInUnit', 'mentorAndMember', 'overCapacity', 'unknownPerson']) });
    expect(await createGroup(ctx(), { actor: elina, seasonId: 'no-such-season', networkId: null, ...group, capacity: null, mentorIds: [], memberIds: [cecilia.id] })).toEqual({ outcome: 'unknownSeason' });
  });

  it('keeps the size limit when placing people, and lets a coordinator take someone out', async () => {
    const s = await season();
    const [aino, bo, cecilia] = people;
    const made = await createGroup(ctx(), { actor: elina, seasonId: s.id, networkId: null, ...group, capacity: 2, mentorIds: [], memberIds: [aino.id, bo.id] });
    if (made.outcome !== 'created') throw new Error(made.outcome);
    expect(await placeInGroup(ctx(), { actor: elina, groupId: made.group.id, who: { personId: cecilia.id }, role: 'member' })).toEqual({ outcome: 'full' });
    expect(await placeInGroup(ctx(), { actor: elina, groupId: made.group.id, who: { personId: cecilia.id }, role: 'mentor' })).toMatchObject({ outcome: 'done' });
    expect(await placeInGroup(ctx(), { actor: aino, groupId: made.group.id, who: { personId: bo.id }, role: null })).toEqual({ outcome: 'forbidden' });
    expect(await placeInGroup(ctx(), { actor: elina, groupId: made.group.id, who: { personId: bo.id }, role: null })).toMatchObject({ outcome: 'done' });
    expect(await placeInGroup(ctx(), { actor: elina, groupId: made.group.id, who: { personId: cecilia.id }, role: 'member' })).toMatchObject({ outcome: 'done' });
    expect((await listGroupPeople(t.store.db, made.group.id)).map((p) => p.displayName)).toEqual(['Aino', 'Cecilia']);
  });

  it('takes one application per person, decided once by a coordinator, who cannot overfill the group', async () => {
    const s = await season();
    const [aino, bo, cecilia] = people;
    const made = await createGroup(ctx(), { actor: elina, seasonId: s.id, networkId: null, ...group, capacity: 1, mentorIds: [], memberIds: [] });
    if (made.outcome !== 'created') throw new Error(made.outcome);
    const [first, again] = await Promise.all([
      applyToGroup(ctx(), { person: bo, groupId: made.group.id, message: 'Haluaisin mukaan.' }),
      applyToGroup(ctx(), { person: bo, groupId: made.group.id, message: 'Haluaisin mukaan.' }),
    ]);
    expect([first.outcome, again.outcome].sort()).toEqual(['alreadyPending', 'created']);
    const application = first.outcome === 'refused' || first.outcome === 'unknown' ? undefined : first.application;
    const other = await applyToGroup(ctx(), { person: cecilia, groupId: made.group.id, message: null });
    if (!application || other.outcome !== 'created') throw new Error('no application');

    expect(await decideOnApplication(ctx(), { actor: aino, applicationId: application.id, event: { type: 'accept' } })).toEqual({ outcome: 'refused', refusal: 'forbidden' });
    expect(await decideOnApplication(ctx(), { actor: elina, applicationId: application.id, event: { type: 'accept' } })).toMatchObject({ outcome: 'decided', application: { state: 'accepted' } });
    expect(await decideOnApplication(ctx(), { actor: elina, applicationId: application.id, event: { type: 'decline' } })).toEqual({ outcome: 'refused', refusal: 'alreadyDecided' });
    expect(await decideOnApplication(ctx(), { actor: elina, applicationId: other.application.id, event: { type: 'accept' } })).toEqual({ outcome: 'refused', refusal: 'full' });
    expect(await decideOnApplication(ctx(), { actor: cecilia, applicationId: other.application.id, event: { type: 'withdraw' } })).toMatchObject({ outcome: 'decided', application: { state: 'withdrawn' } });

    // A message about the application is claimed once per person: two senders at once, one wins; a failed send lets go.
    const notice = { applicationId: application.id, notice: 'coordinators', personId: elina.id };
    const claims = await Promise.all([claimApplicationNotice(t.store.db, notice, now), claimApplicationNotice(t.store.db, notice, now)]);
    expect(claims.sort()).toEqual([false, true]);
    await releaseApplicationNotice(t.store.db, notice);
    expect(await claimApplicationNotice(t.store.db, notice, now)).toBe(true);
    expect(await applyToGroup(ctx(), { person: bo, groupId: made.group.id, message: null })).toEqual({ outcome: 'refused', refusal: 'alreadyInGroup' });
    expect((await listGroupPeople(t.store.db, made.group.id)).map((p) => [p.displayName, p.role])).toEqual([['Bo', 'member']]);
    expect(await getGroup(t.store.db, made.group.id)).toMatchObject({ capacity: 1 });
  });

  it('never overfills a group when two coordinators accept the last place at once', async () => {
    const s = await season();
    const [aino, bo, cecilia] = people;
    const made = await createGroup(ctx(), { actor: elina, seasonId: s.id, networkId: null, ...group, capacity: 2, mentorIds: [], memberIds: [aino.id] });
    if (made.outcome !== 'created') throw new Error(made.outcome);
    const applications = [];
    for (const p of [bo, cecilia]) {
      const applied = await applyToGroup(ctx(), { person: p, groupId: made.group.id, message: null });
      if (applied.outcome !== 'created') throw new Error(applied.outcome);
      applications.push(applied.application.id);
    }
    const results = await Promise.all(applications.map((applicationId) => decideOnApplication(ctx(), { actor: elina, applicationId, event: { type: 'accept' } })));
    expect(results.map((r) => r.outcome).sort()).toEqual(['decided', 'refused']);
    expect((await listGroupPeople(t.store.db, made.group.id)).filter((p) => p.role === 'member')).toHaveLength(2);
  });
});
