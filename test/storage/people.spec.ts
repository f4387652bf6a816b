import { bundledSeedData, loadSeed } from '../../shared/store/seed/loadSeed';
import { adoptSignedInPerson, findOrCreateSignedInPerson, getPersonByBotUserId, setPersonRegion, upsertPerson } from '../../shared/store/repositories/people';
import { isForeignKeyViolation } from '../../shared/store/errors';
import { describeEachEngine, expectViolation } from '../support/databases';

const t0 = new Date('2024-05-01T08:00:00Z');
const t1 = new Date('2024-05-02T09:30:00Z');

describeEachEngine('people', (t) => {
  beforeEach(async () => {
    await loadSeed(t.store.db, bundledSeedData());
  });

  it('creates a person on first contact and refreshes name and locale later, keeping the region', async () => {
    const created = await upsertPerson(t.store.db, {
      botUserId: '29:abc',
      aadObjectId: 'AAD-1',
      tenantId: 'tenant-1',
      displayName: 'Maija Meikäläinen',
      locale: 'fi-FI',
      now: t0,
    });
    expect(created).toMatchObject({ botUserId: '29:abc', displayName: 'Maija Meikäläinen', regionId: null });
    expect(created.createdAt).toBe('2024-05-01T08:00:00.000Z');

    await setPersonRegion(t.store.db, created.id, 'uusimaa', t0);
    const updated = await upsertPerson(t.store.db, {
      botUserId: '29:abc',
      displayName: 'Maija Virtanen',
      locale: 'sv-FI',
      now: t1,
    });
    expect(updated).toMatchObject({
      id: created.id,
      displayName: 'Maija Virtanen',
      locale: 'sv-FI',
      aadObjectId: 'AAD-1', // not in this activity: kept
      tenantId: 'tenant-1',
      regionId: 'uusimaa',
      createdAt: '2024-05-01T08:00:00.000Z',
      updatedAt: '2024-05-02T09:30:00.000Z',
    });
    expect(await getPersonByBotUserId(t.store.db, '29:abc')).toEqual(updated);
    expect(await getPersonByBotUserId(t.store.db, '29:unknown')).toBeUndefined();
  });

  it('makes one person when two requests upsert the same new person at once', async () => {
    // PostgreSQL: two instances (two pools). SQLite: one store, as one process serialises its writes anyway.
    const other = t.dialect === 'postgres' ? await t.openAnother() : t.store;
    const input = { botUserId: '29:new', displayName: 'Uusi', locale: 'fi-FI', now: t0 };
    const results = await Promise.all([
      upsertPerson(t.store.db, input),
      upsertPerson(other.db, input),
      upsertPerson(t.store.db, input),
      upsertPerson(other.db, input),
    ]);
    expect(new Set(results.map((p) => p.id)).size).toBe(1);
    const rows = await t.store.db.selectFrom('people').select('id').where('bot_user_id', '=', '29:new').execute();
    expect(rows).toHaveLength(1);
  });

  it('makes the person who signed in to the tab first the one the bot meets, once, also when two first activities race', async () => {
    const now = new Date('2027-01-10T10:00:00.000Z');
    const oid = '7e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a6b';
    const signedIn = await findOrCreateSignedInPerson(t.store.db, { objectId: oid.toUpperCase(), tenantId: 'tenant', name: 'Aino', email: 'Aino@Kirjasto.example.org', now });
    expect(signedIn).toMatchObject({ aadObjectId: oid, email: 'aino@kirjasto.example.org' });
    expect(await findOrCreateSignedInPerson(t.store.db, { objectId: oid, tenantId: 'tenant', name: 'Aino', now })).toMatchObject({ id: signedIn.id });

    await adoptSignedInPerson(t.store.db, { aadObjectId: oid, botUserId: '29:aino', now });
    expect(await getPersonByBotUserId(t.store.db, '29:aino')).toMatchObject({ id: signedIn.id });

    // Another who signed in first; the bot's row for them appeared meanwhile (the other install activity won).
    const other = '2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901';
    await findOrCreateSignedInPerson(t.store.db, { objectId: other, tenantId: 'tenant', name: 'Bo', now });
    const botRow = await upsertPerson(t.store.db, { botUserId: '29:bo', aadObjectId: other, now });
    await expect(adoptSignedInPerson(t.store.db, { aadObjectId: other, botUserId: '29:bo', now })).resolves.toBeUndefined();
    // The tab then finds the bot's row, not the one made at sign-in.
    expect(await findOrCreateSignedInPerson(t.store.db, { objectId: other, tenantId: 'tenant', name: 'Bo', now })).toMatchObject({ id: botRow.id });
  });

  it('sets and clears the region, and rejects an unknown region', async () => {
    const person = await upsertPerson(t.store.db, { botUserId: '29:r', now: t0 });
    expect((await setPersonRegion(t.store.db, person.id, 'pohjanmaa', t1))?.regionId).toBe('pohjanmaa');
    await expectViolation(setPersonRegion(t.store.db, person.id, 'atlantis', t1), isForeignKeyViolation);
    expect((await getPersonByBotUserId(t.store.db, '29:r'))?.regionId).toBe('pohjanmaa');
    expect((await setPersonRegion(t.store.db, person.id, null, t1))?.regionId).toBeNull();
    expect(await setPersonRegion(t.store.db, 'no-such-person', 'uusimaa', t1)).toBeUndefined();
  });
});
