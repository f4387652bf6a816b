/**
 * The catalogue loaded from the seed: units, their regions and networks, and the networks' coordinators.
 * Read-only here; loadSeed writes it.
 */
import type { Kysely, Selectable } from 'kysely';
import type { CoordinatorsTable, Database, NetworksTable } from '../schema';
import type { Localized } from '../../domain/localized';

export interface UnitRecord {
  id: string;
  name: Localized;
  sortOrder: number;
}

export interface RegionRecord {
  id: string;
  unitId: string;
  name: Localized;
  sortOrder: number;
}

export interface CoordinatorRecord {
  id: string;
  unitId: string;
  displayName: string;
  title: Localized;
  email: string | null;
  aadObjectId: string | null;
}

export interface NetworkRecord {
  id: string;
  unitId: string;
  name: Localized;
  description: Localized;
  membershipScope: 'team' | 'channel';
  teamsTeamId: string | null;
  teamsChannelId: string | null;
  teamsUrl: string | null;
  sortOrder: number;
  /** Ordered by display name. */
  coordinators: CoordinatorRecord[];
}

async function queryUnits(db: Kysely<Database>): Promise<UnitRecord[]> {
  const rows = await db.selectFrom('units').selectAll().orderBy('sort_order').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, name: { fi: r.name_fi, sv: r.name_sv, en: r.name_en }, sortOrder: r.sort_order }));
}

/** All regions, ordered by their unit's sort order, then their own. */
async function queryRegions(db: Kysely<Database>): Promise<RegionRecord[]> {
  const rows = await db
    .selectFrom('regions')
    .innerJoin('units', 'units.id', 'regions.unit_id')
    .selectAll('regions')
    .orderBy('units.sort_order')
    .orderBy('units.id')
    .orderBy('regions.sort_order')
    .orderBy('regions.id')
    .execute();
  return rows.map(toRegion);
}

/** All networks, ordered by unit, then network sort order, each with its coordinators. */
async function queryNetworks(db: Kysely<Database>): Promise<NetworkRecord[]> {
  const rows = await db
    .selectFrom('networks')
    .innerJoin('units', 'units.id', 'networks.unit_id')
    .selectAll('networks')
    .orderBy('units.sort_order')
    .orderBy('units.id')
    .orderBy('networks.sort_order')
    .orderBy('networks.id')
    .execute();
  return withCoordinators(db, rows);
}

/** One of Kollega's administrators, as the seed names them. */
export interface AdminRecord {
  displayName: string;
  email: string | null;
  aadObjectId: string | null;
}

async function queryAdmins(db: Kysely<Database>): Promise<AdminRecord[]> {
  const rows = await db.selectFrom('admins').selectAll().execute();
  return rows.map((r) => ({ displayName: r.display_name, email: r.email, aadObjectId: r.aad_object_id }));
}

interface CatalogSnapshot {
  units: UnitRecord[];
  regions: RegionRecord[];
  networks: NetworkRecord[];
  admins: AdminRecord[];
}

/**
 * The catalog changes only when the seed is loaded, at start, so it is read once per database handle rather
 * than on every turn (loadSeed forgets the snapshot). Inside a transaction it is read afresh.
 * Callers must treat what they get as read-only.
 */
const snapshots = new WeakMap<Kysely<Database>, Promise<CatalogSnapshot>>();

function snapshot(db: Kysely<Database>): Promise<CatalogSnapshot> {
  if (db.isTransaction) return loadSnapshot(db);
  let loaded = snapshots.get(db);
  if (!loaded) {
    loaded = loadSnapshot(db);
    snapshots.set(db, loaded);
    loaded.catch(() => snapshots.delete(db));
  }
  return loaded;
}

async function loadSnapshot(db: Kysely<Database>): Promise<CatalogSnapshot> {
  const [units, regions, networks, admins] = await Promise.all([queryUnits(db), queryRegions(db), queryNetworks(db), queryAdmins(db)]);
  return { units, regions, networks, admins };
}

/** After the catalog tables change (the seed), the next read loads them again. */
export function forgetCatalog(db: Kysely<Database>): void {
  snapshots.delete(db);
}

export async function listUnits(db: Kysely<Database>): Promise<UnitRecord[]> {
  return [...(await snapshot(db)).units];
}

/** All regions, ordered by their unit's sort order, then their own. */
export async function listRegions(db: Kysely<Database>): Promise<RegionRecord[]> {
  return [...(await snapshot(db)).regions];
}

export async function getRegion(db: Kysely<Database>, id: string): Promise<RegionRecord | undefined> {
  return (await snapshot(db)).regions.find((r) => r.id === id);
}

/** All networks, ordered by unit, then network sort order, each with its coordinators. */
export async function listNetworks(db: Kysely<Database>): Promise<NetworkRecord[]> {
  return [...(await snapshot(db)).networks];
}

/** Kollega's administrators, from the seed like the rest of the catalog. */
export async function listAdmins(db: Kysely<Database>): Promise<AdminRecord[]> {
  return [...(await snapshot(db)).admins];
}

/** Networks of one unit in sort order, each with its coordinators. */
export async function listNetworksOfUnit(db: Kysely<Database>, unitId: string): Promise<NetworkRecord[]> {
  return (await snapshot(db)).networks.filter((n) => n.unitId === unitId);
}

export async function getNetwork(db: Kysely<Database>, id: string): Promise<NetworkRecord | undefined> {
  return (await snapshot(db)).networks.find((n) => n.id === id);
}

/** One query for the coordinators of all given networks (no query per network). */
async function withCoordinators(
  db: Kysely<Database>,
  networks: Selectable<NetworksTable>[],
): Promise<NetworkRecord[]> {
  if (networks.length === 0) return [];
  const links = await db
    .selectFrom('network_coordinators')
    .innerJoin('coordinators', 'coordinators.id', 'network_coordinators.coordinator_id')
    .selectAll('coordinators')
    .select('network_coordinators.network_id')
    .where(
      'network_coordinators.network_id',
      'in',
      networks.map((n) => n.id),
    )
    .orderBy('coordinators.display_name')
    .orderBy('coordinators.id')
    .execute();
  return networks.map((n) => ({
    id: n.id,
    unitId: n.unit_id,
    name: { fi: n.name_fi, sv: n.name_sv, en: n.name_en },
    description: { fi: n.description_fi, sv: n.description_sv, en: n.description_en },
    membershipScope: n.membership_scope === 'channel' ? 'channel' : 'team',
    teamsTeamId: n.teams_team_id,
    teamsChannelId: n.teams_channel_id,
    teamsUrl: n.teams_url,
    sortOrder: n.sort_order,
    coordinators: links.filter((l) => l.network_id === n.id).map(toCoordinator),
  }));
}

function toRegion(r: { id: string; unit_id: string; name_fi: string; name_sv: string; name_en: string; sort_order: number }): RegionRecord {
  return { id: r.id, unitId: r.unit_id, name: { fi: r.name_fi, sv: r.name_sv, en: r.name_en }, sortOrder: r.sort_order };
}

function toCoordinator(r: Selectable<CoordinatorsTable>): CoordinatorRecord {
  return {
    id: r.id,
    unitId: r.unit_id,
    displayName: r.display_name,
    title: { fi: r.title_fi, sv: r.title_sv, en: r.title_en },
    email: r.email,
    aadObjectId: r.aad_object_id,
  };
}
