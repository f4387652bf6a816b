/**
 * The personal data registry against the schema the database really has, on both engines: every table is in the
 * registry (a new table fails here until someone decides how personal data in it is handled), every column the
 * registry names exists, every foreign key to people is one the registry knows, and every table that holds
 * someone's data says how an erasure and the retention sweep treat it.
 */
import { sql } from 'kysely';
import { bookkeepingTables, personalDataRegistry, personIdColumns } from '../../shared/store/repositories/personalData/registry';
import { describeEachEngine } from '../support/databases';
import { columnsOf, foreignKeysToPeople, tablesOf } from './schema';

describeEachEngine('the personal data registry', (t) => {
  it('names every table of the schema, and only those', async () => {
    const real = await tablesOf(t.store);
    const known = [...Object.keys(personalDataRegistry), ...bookkeepingTables].sort();
    expect({ missingFromRegistry: real.filter((name) => !known.includes(name)), notInSchema: known.filter((name) => !real.includes(name)) }).toEqual({
      missingFromRegistry: [],
      notInSchema: [],
    });
  });

  it('would notice a table added without an entry', async () => {
    await sql`create table newly_added (id text primary key, person_id text)`.execute(t.store.db);
    expect((await tablesOf(t.store)).filter((name) => !(name in personalDataRegistry) && !(bookkeepingTables as readonly string[]).includes(name))).toEqual(['newly_added']);
  });

  it('names only columns the tables have', async () => {
    const unknown: string[] = [];
    for (const [table, policy] of Object.entries(personalDataRegistry)) {
      const columns = await columnsOf(t.store, table);
      for (const column of [...policy.personIds, ...policy.identities, ...policy.freeText]) if (!columns.includes(column)) unknown.push(`${table}.${column}`);
    }
    expect(unknown).toEqual([]);
  });

  it('knows every column that points at a person', async () => {
    const declared = personIdColumns.map((c) => `${c.table}.${c.column}`);
    expect((await foreignKeysToPeople(t.store)).filter((fk) => !declared.includes(fk))).toEqual([]);
  });

  it('says for every table holding someone\'s data how it is erased, exported and swept', () => {
    for (const [table, policy] of Object.entries(personalDataRegistry)) {
      const holdsData = policy.personIds.length + policy.identities.length + policy.freeText.length > 0;
      expect({ table, why: policy.why.length > 10, retention: policy.retention.length > 10 }).toEqual({ table, why: true, retention: true });
      if (policy.erasure === 'none') expect({ table, holdsData }).toEqual({ table, holdsData: false });
      if (policy.erasure !== 'none' && policy.erasure !== 'seed') expect({ table, erase: typeof policy.erase }).toEqual({ table, erase: 'function' });
      if (holdsData && policy.erasure !== 'seed' && !['mentoring_groups', 'spacing'].includes(table)) expect({ table, exported: policy.exported !== null }).toEqual({ table, exported: true });
    }
  });
});
