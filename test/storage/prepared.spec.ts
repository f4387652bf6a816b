/**
 * Prepared queries: compiled once per dialect, each call binds its own values, inside and outside a
 * transaction, on both engines.
 */
import { prepare } from '../../shared/store/prepared';
import { describeEachEngine } from '../support/databases';

const insertUnit = prepare((db, p: { id: string; fi: string; sv: string; en: string }) =>
  db.insertInto('units').values({ id: p.id, name_fi: p.fi, name_sv: p.sv, name_en: p.en, sort_order: 0 }),
);
const insertPerson = prepare((db, p: { id: string; locale: string | undefined }) =>
  db.insertInto('people').values({ id: p.id, bot_user_id: p.id, locale: p.locale, created_at: '2026-01-01', updated_at: '2026-01-01' }),
);
const unitById = prepare((db, p: { id: string }) => db.selectFrom('units').select(['id', 'name_fi', 'name_sv']).where('id', '=', p.id));
const rename = prepare((db, p: { id: string; fi: string }) => db.updateTable('units').set({ name_fi: p.fi }).where('id', '=', p.id));

describeEachEngine('prepared queries', (t) => {
  it('binds each call its own values', async () => {
    await insertUnit(t.store.db, { id: 'a', fi: 'A fi', sv: 'A sv', en: 'A en' });
    await insertUnit(t.store.db, { id: 'b', fi: 'B fi', sv: 'B sv', en: 'B en' });
    expect((await unitById(t.store.db, { id: 'b' })).rows).toEqual([{ id: 'b', name_fi: 'B fi', name_sv: 'B sv' }]);
    expect((await unitById(t.store.db, { id: 'a' })).rows).toEqual([{ id: 'a', name_fi: 'A fi', name_sv: 'A sv' }]);
    expect((await unitById(t.store.db, { id: 'nobody' })).rows).toEqual([]);
  });

  it('reports how many rows a write changed', async () => {
    await insertUnit(t.store.db, { id: 'a', fi: 'A', sv: 'A', en: 'A' });
    expect((await rename(t.store.db, { id: 'a', fi: 'Uusi' })).numAffectedRows).toBe(1n);
    expect((await rename(t.store.db, { id: 'missing', fi: 'Uusi' })).numAffectedRows).toBe(0n);
  });

  it('runs inside a transaction, which rolls back as a whole', async () => {
    await expect(
      t.store.db.transaction().execute(async (trx) => {
        await insertUnit(trx, { id: 'in-tx', fi: 'x', sv: 'x', en: 'x' });
        expect((await unitById(trx, { id: 'in-tx' })).rows).toHaveLength(1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect((await unitById(t.store.db, { id: 'in-tx' })).rows).toEqual([]);
  });

  it('refuses a call that leaves a parameter out, and stores a value left undefined as null', async () => {
    await expect(unitById(t.store.db, {} as { id: string })).rejects.toThrow('Prepared query parameter "id" has no value');
    await insertPerson(t.store.db, { id: '29:no-locale', locale: undefined });
    const row = await t.store.db.selectFrom('people').select('locale').where('id', '=', '29:no-locale').executeTakeFirstOrThrow();
    expect(row.locale).toBeNull();
  });
});
