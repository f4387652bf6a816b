/**
 * Loads the catalogue (units, regions, networks, coordinators) from a seed into the database.
 * Idempotent: rows are upserted by id, and network–coordinator links become exactly the seed's.
 * Rows that disappear from the seed are NOT deleted (people and later records may refer to them).
 */
import fs from 'node:fs/promises';
import type { Insertable, Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../schema';
import { forgetCatalog } from '../repositories/catalog';
import { inTransaction } from '../repositories/util';
import { seedSchema, type Seed } from './seedSchema';
import bundledSeed from './seed.json';

export { seedSchema, type Seed, type SeedInput } from './seedSchema';

export class SeedError extends Error {
  override name = 'SeedError';
}

/** Validates unknown data as a seed; throws SeedError listing each bad field as "path: problem". */
export function parseSeed(data: unknown, source = 'seed'): Seed {
  const result = seedSchema.safeParse(data);
  if (!result.success) throw new SeedError(`Invalid ${source}:\n${formatIssues(result.error)}`);
  return result.data;
}

export async function readSeedFile(file: string): Promise<Seed> {
  const raw = await fs.readFile(file, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new SeedError(`Seed file ${file} is not valid JSON: ${(error as Error).message}`);
  }
  return parseSeed(data, `seed file ${file}`);
}

/** The seed shipped in the repository, validated. */
export function bundledSeedData(): Seed {
  return parseSeed(bundledSeed, 'bundled seed.json');
}

export interface SeedCounts {
  units: number;
  regions: number;
  networks: number;
  coordinators: number;
  links: number;
  admins: number;
}

/** Writes the seed in one transaction. Accepts a validated Seed (run unknown data through parseSeed first). */
export async function loadSeed(db: Kysely<Database>, seed: Seed): Promise<SeedCounts> {
  const valid = parseSeed(seed); // cheap, and guards callers that built the object by hand
  const links = valid.networks.flatMap((n) => n.coordinators.map((c) => ({ network_id: n.id, coordinator_id: c })));
  await inTransaction(db, async (trx) => {
    await upsertById(
      trx,
      'units',
      valid.units.map((u, i) => ({ id: u.id, name_fi: u.name.fi, name_sv: u.name.sv, name_en: u.name.en, sort_order: i })),
    );
    await upsertById(
      trx,
      'regions',
      valid.regions.map((r, i) => ({
        id: r.id,
        unit_id: r.unit,
        name_fi: r.name.fi,
        name_sv: r.name.sv,
        name_en: r.name.en,
        sort_order: i,
      })),
    );
    // Coordinators before their unique columns can collide: clear addresses that move between coordinators.
    await releaseMovedAddresses(trx, valid);
    await upsertById(
      trx,
      'coordinators',
      valid.coordinators.map((c) => ({
        id: c.id,
        unit_id: c.unit,
        display_name: c.displayName,
        title_fi: c.title.fi,
        title_sv: c.title.sv,
        title_en: c.title.en,
        email: c.email,
        aad_object_id: c.aadObjectId,
      })),
    );
    await upsertById(
      trx,
      'networks',
      valid.networks.map((n, i) => ({
        id: n.id,
        unit_id: n.unit,
        name_fi: n.name.fi,
        name_sv: n.name.sv,
        name_en: n.name.en,
        description_fi: n.description.fi,
        description_sv: n.description.sv,
        description_en: n.description.en,
        membership_scope: n.membershipScope,
        teams_team_id: n.teamsTeamId,
        teams_channel_id: n.teamsChannelId,
        teams_url: n.teamsUrl,
        sort_order: i,
      })),
    );
    const games = valid.networks.flatMap((n) => n.games.map((g) => ({ ...g, networkId: n.id })));
    if (games.length > 0) {
      const at = new Date().toISOString();
      await trx
        .insertInto('games')
        .values(games.map((g) => ({
          id: g.id, network_id: g.networkId, name_fi: g.name.fi, name_sv: g.name.sv, name_en: g.name.en,
          description_fi: g.description.fi, description_sv: g.description.sv, description_en: g.description.en, created_at: at, updated_at: at,
        })))
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
    // Links follow the seed exactly: drop the ones it no longer lists, add the new ones.
    const keep = new Set(links.map((l) => `${l.network_id}\u0000${l.coordinator_id}`));
    const existing = await trx.selectFrom('network_coordinators').selectAll().execute();
    for (const l of existing) {
      if (!keep.has(`${l.network_id}\u0000${l.coordinator_id}`)) {
        await trx
          .deleteFrom('network_coordinators')
          .where('network_id', '=', l.network_id)
          .where('coordinator_id', '=', l.coordinator_id)
          .execute();
      }
    }
    if (links.length > 0) {
      await trx.insertInto('network_coordinators').values(links).onConflict((oc) => oc.doNothing()).execute();
    }
    // Admins are the seed's list exactly: one taken off it loses the rights at the next start.
    await trx.deleteFrom('admins').execute();
    if (valid.admins.length > 0) {
      await trx.insertInto('admins').values(valid.admins.map((a) => ({ display_name: a.displayName, email: a.email, aad_object_id: a.aadObjectId }))).execute();
    }
  });
  forgetCatalog(db);
  return {
    units: valid.units.length,
    regions: valid.regions.length,
    networks: valid.networks.length,
    coordinators: valid.coordinators.length,
    links: links.length,
    admins: valid.admins.length,
  };
}

type CatalogTable = 'units' | 'regions' | 'coordinators' | 'networks';

/** Inserts each row, or overwrites every column but `id` of a row that exists: the seed is the truth for them. */
async function upsertById<T extends CatalogTable>(trx: Kysely<Database>, table: T, rows: Insertable<Database[T]>[]) {
  for (const row of rows) {
    const columns = Object.keys(row).filter((c) => c !== 'id');
    // Kysely cannot type a column list computed at run time; the rows themselves are typed above.
    await trx
      .insertInto(table)
      .values(row as never)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => Object.fromEntries(columns.map((c) => [c, eb.ref(`excluded.${c}` as never)])) as never),
      )
      .execute();
  }
}

/**
 * If the seed gives coordinator B the e-mail or object id coordinator A has in the database, A's value is
 * cleared first; otherwise the unique constraint would reject the upsert of B even though the seed is consistent.
 */
async function releaseMovedAddresses(trx: Kysely<Database>, seed: Seed): Promise<void> {
  for (const c of seed.coordinators) {
    if (c.email) {
      await trx.updateTable('coordinators').set({ email: null }).where('email', '=', c.email).where('id', '!=', c.id).execute();
    }
    if (c.aadObjectId) {
      await trx
        .updateTable('coordinators')
        .set({ aad_object_id: null })
        .where('aad_object_id', '=', c.aadObjectId)
        .where('id', '!=', c.id)
        .execute();
    }
  }
}

function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `  ${formatPath(issue.path)}: ${issue.message}`)
    .join('\n');
}

function formatPath(p: PropertyKey[]): string {
  if (p.length === 0) return '(root)';
  return p
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`))
    .join('');
}
