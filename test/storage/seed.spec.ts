import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InsertQueryNode, sql, type Kysely, type KyselyPlugin } from 'kysely';
import type { Database } from '../../shared/store/schema';
import { defaultSeedFile } from '../../shared/config/paths';
import { bundledSeedData, loadSeed, parseSeed, readSeedFile, type SeedInput } from '../../shared/store/seed/loadSeed';
import { isAdmin } from '../../shared/services/joining';
import { getNetwork, listUnits } from '../../shared/store/repositories/catalog';
import { describeEachEngine } from '../support/databases';

const TABLES = ['units', 'regions', 'networks', 'coordinators', 'network_coordinators'] as const;

async function counts(db: Kysely<Database>): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of TABLES) {
    const { rows } = await sql<{ n: string | number }>`select count(*) as n from ${sql.table(table)}`.execute(db);
    result[table] = Number(rows[0].n);
  }
  return result;
}

/** A deep copy of the repository's seed file, to change in a test. */
function repoSeed(): SeedInput {
  return JSON.parse(fs.readFileSync(defaultSeedFile, 'utf8')) as SeedInput;
}

describe('seed validation', () => {
  it('accepts the repository seed file', async () => {
    const seed = await readSeedFile(defaultSeedFile);
    expect(seed.units.map((u) => u.id)).toEqual(['ake-borga', 'akepampas']);
    expect(bundledSeedData()).toEqual(seed);
  });

  const rejects: [string, (s: SeedInput) => void, RegExp][] = [
    ['a missing Swedish name', (s) => delete (s.units[0].name as Partial<typeof s.units[0]['name']>).sv, /units\[0\]\.name\.sv: /],
    ['an empty description', (s) => (s.networks[1].description.en = '  '), /networks\[1\]\.description\.en: must not be empty/],
    ['a bad e-mail', (s) => (s.coordinators[0].email = 'elina at example'), /coordinators\[0\]\.email: must be a valid e-mail/],
    ['a bad object id', (s) => (s.coordinators[1].aadObjectId = 'tiina'), /coordinators\[1\]\.aadObjectId: must be a GUID/],
    ['an unknown coordinator', (s) => s.networks[0].coordinators.push('nobody'), /networks\[0\]\.coordinators\[1\]: unknown coordinator "nobody"/],
    ['an unknown unit', (s) => (s.regions[2].unit = 'ake-turku'), /regions\[2\]\.unit: unknown unit "ake-turku"/],
    ['a duplicate id', (s) => (s.regions[1].id = 'uusimaa'), /regions\[1\]\.id: duplicate id "uusimaa"/],
    ['an unknown scope', (s) => ((s.networks[0] as { membershipScope: string }).membershipScope = 'tenant'), /networks\[0\]\.membershipScope: /],
    ['a misspelt field', (s) => ((s.units[0] as Record<string, unknown>).nmae = 'x'), /units\[0\]: .*"nmae"/],
    [
      'one e-mail for two coordinators',
      (s) => {
        s.coordinators[0].email = 'Shared@Example.org';
        s.coordinators[1].email = 'shared@example.org';
      },
      /coordinators\[1\]\.email: "shared@example.org" is used by another coordinator/,
    ],
  ];
  it.each(rejects)('rejects %s, naming the field', (_name, change, message) => {
    const seed = repoSeed();
    change(seed);
    expect(() => parseSeed(seed)).toThrow(message);
  });

  it('stores e-mail and object id in lower case', () => {
    const seed = repoSeed();
    seed.coordinators[0].email = 'Elina.Karioja@Example.ORG';
    seed.coordinators[0].aadObjectId = 'ABCDEF01-2345-6789-ABCD-EF0123456789';
    const parsed = parseSeed(seed);
    expect(parsed.coordinators[0].email).toBe('elina.karioja@example.org');
    expect(parsed.coordinators[0].aadObjectId).toBe('abcdef01-2345-6789-abcd-ef0123456789');
  });

  it('names the file when it is not JSON', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kollega-seed-')), 'seed.json');
    fs.writeFileSync(file, '{ "units": [ }');
    await expect(readSeedFile(file)).rejects.toThrow(new RegExp(`Seed file ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not valid JSON`));
  });
});

describeEachEngine('loading the seed', (t) => {
  it('fills the catalogue, and a second load changes nothing', async () => {
    const seed = bundledSeedData();
    await loadSeed(t.store.db, seed);
    const first = await counts(t.store.db);
    expect(first).toEqual({ units: 2, regions: 4, networks: 2, coordinators: 2, network_coordinators: 2 });
    const before = await getNetwork(t.store.db, 'lanu');
    await loadSeed(t.store.db, seed);
    expect(await counts(t.store.db)).toEqual(first);
    expect(await getNetwork(t.store.db, 'lanu')).toEqual(before);
  });

  it('applies a changed seed: renamed rows, reordered units, moved links, new addresses', async () => {
    await loadSeed(t.store.db, bundledSeedData());
    const seed = repoSeed();
    seed.units.reverse();
    seed.networks[0].name.en = 'SEVERI (seniors)';
    seed.networks[0].coordinators = ['tiina-rajala', 'elina-karioja'];
    seed.networks[1].coordinators = [];
    seed.coordinators[0].email = 'Elina@Example.org';
    await loadSeed(t.store.db, parseSeed(seed));

    expect((await listUnits(t.store.db)).map((u) => u.id)).toEqual(['akepampas', 'ake-borga']);
    const severi = await getNetwork(t.store.db, 'severi');
    expect(severi?.name.en).toBe('SEVERI (seniors)');
    expect(severi?.coordinators.map((c) => [c.id, c.email])).toEqual([
      ['elina-karioja', 'elina@example.org'],
      ['tiina-rajala', null],
    ]);
    expect((await getNetwork(t.store.db, 'lanu'))?.coordinators).toEqual([]);
    expect((await counts(t.store.db)).network_coordinators).toBe(2);
  });

  it("makes the seed's admins exactly the admins: one taken off the list loses the rights", async () => {
    const seed = repoSeed();
    const admin = { aadObjectId: '0b6c1d2e-3333-4a4a-8c01-00000000ad01', email: null } as const;
    const person = (p: { aadObjectId: string | null; email: string | null }) => p;
    seed.admins = [{ displayName: 'Anna Admin', aadObjectId: admin.aadObjectId.toUpperCase() }, { displayName: 'Bert Admin', email: 'Bert@AKE.example.org' }];
    expect((await loadSeed(t.store.db, parseSeed(seed))).admins).toBe(2);
    expect(await isAdmin(t.store.db, admin)).toBe(true);
    expect(await isAdmin(t.store.db, person({ aadObjectId: null, email: 'bert@ake.example.org' }))).toBe(true);
    expect(await isAdmin(t.store.db, person({ aadObjectId: null, email: 'someone@ake.example.org' }))).toBe(false);

    seed.admins = [{ displayName: 'Bert Admin', email: 'bert@ake.example.org' }];
    await loadSeed(t.store.db, parseSeed(seed));
    expect(await isAdmin(t.store.db, admin)).toBe(false);
    expect(() => parseSeed({ ...seed, admins: [{ displayName: 'Nobody' }] })).toThrow(/admins\[0\]: must name the admin by aadObjectId or email/);
  });

  it('lets an e-mail move from one coordinator to another', async () => {
    const seed = repoSeed();
    seed.coordinators[0].email = 'coordinator@example.org';
    await loadSeed(t.store.db, parseSeed(seed));
    seed.coordinators[0].email = null;
    seed.coordinators[1].email = 'coordinator@example.org';
    await loadSeed(t.store.db, parseSeed(seed));
    const lanu = await getNetwork(t.store.db, 'lanu');
    expect(lanu?.coordinators[0].email).toBe('coordinator@example.org');
    expect((await getNetwork(t.store.db, 'severi'))?.coordinators[0].email).toBeNull();
  });

  it('writes nothing when part of the load fails', async () => {
    // Fault injection: the insert into networks fails, after units, regions and coordinators were written.
    const failOnNetworks: KyselyPlugin = {
      transformQuery(args) {
        if (InsertQueryNode.is(args.node) && args.node.into?.table.identifier.name === 'networks') {
          throw new Error('injected failure');
        }
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    await expect(loadSeed(t.store.db.withPlugin(failOnNetworks), bundledSeedData())).rejects.toThrow('injected failure');
    expect(await counts(t.store.db)).toEqual({ units: 0, regions: 0, networks: 0, coordinators: 0, network_coordinators: 0 });
  });
});
