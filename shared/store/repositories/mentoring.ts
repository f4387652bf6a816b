/** Mentoring seasons, their support groups, the groups' mentors and members, and applications to a group. */
import type { Kysely, Selectable } from 'kysely';
import type { Localized } from '../../domain/localized';
import type { GroupRole } from '../../domain/mentoring/participation';
import type { Database, MentoringGroupsTable, MentoringSeasonsTable } from '../schema';
import { toTimestamp } from './util';

export interface SeasonRecord {
  id: string;
  unitId: string;
  name: Localized;
  startsOn: string;
  endsOn: string;
  createdBy: string;
}

export interface GroupRecord {
  id: string;
  seasonId: string;
  networkId: string | null;
  name: Localized;
  focus: Localized;
  capacity: number | null;
  seriesState: MentoringGroupsTable['series_state'];
  joinUrl: string | null;
}

export interface GroupPerson {
  personId: string;
  role: GroupRole;
  displayName: string | null;
  email: string | null;
  locale: string | null;
}

const localized = (fi: string, sv: string, en: string | null): Localized => ({ fi, sv, en: en ?? fi });

function seasonOf(row: Selectable<MentoringSeasonsTable>): SeasonRecord {
  return { id: row.id, unitId: row.unit_id, name: localized(row.name_fi, row.name_sv, row.name_en), startsOn: row.starts_on, endsOn: row.ends_on, createdBy: row.created_by };
}

function groupOf(row: Selectable<MentoringGroupsTable>): GroupRecord {
  return {
    id: row.id,
    seasonId: row.season_id,
    networkId: row.network_id,
    name: localized(row.name_fi, row.name_sv, row.name_en),
    focus: localized(row.focus_fi, row.focus_sv, row.focus_en),
    capacity: row.capacity,
    seriesState: row.series_state,
    joinUrl: row.join_url,
  };
}

export interface TextsInput {
  fi: string;
  sv: string;
  en: string | null;
}

export async function insertSeason(db: Kysely<Database>, s: { id: string; unitId: string; name: TextsInput; startsOn: string; endsOn: string; createdBy: string }, now: Date): Promise<void> {
  await db
    .insertInto('mentoring_seasons')
    .values({ id: s.id, unit_id: s.unitId, name_fi: s.name.fi, name_sv: s.name.sv, name_en: s.name.en, starts_on: s.startsOn, ends_on: s.endsOn, created_by: s.createdBy, created_at: toTimestamp(now) })
    .execute();
}

export async function getSeason(db: Kysely<Database>, id: string): Promise<SeasonRecord | undefined> {
  const row = await db.selectFrom('mentoring_seasons').selectAll().where('id', '=', id).executeTakeFirst();
  return row && seasonOf(row);
}

/** Newest first. */
export async function listSeasons(db: Kysely<Database>): Promise<SeasonRecord[]> {
  const rows = await db.selectFrom('mentoring_seasons').selectAll().orderBy('starts_on', 'desc').orderBy('id').execute();
  return rows.map(seasonOf);
}

export async function insertGroup(
  db: Kysely<Database>,
  g: { id: string; seasonId: string; networkId: string | null; name: TextsInput; focus: TextsInput; capacity: number | null },
  now: Date,
): Promise<void> {
  const at = toTimestamp(now);
  await db
    .insertInto('mentoring_groups')
    .values({
      id: g.id, season_id: g.seasonId, network_id: g.networkId, name_fi: g.name.fi, name_sv: g.name.sv, name_en: g.name.en,
      focus_fi: g.focus.fi, focus_sv: g.focus.sv, focus_en: g.focus.en, capacity: g.capacity, meeting_rule_json: null,
      graph_organizer_id: null, graph_series_id: null, join_url: null, series_state: 'unplanned', created_at: at, updated_at: at,
    })
    .execute();
}

export async function getGroup(db: Kysely<Database>, id: string): Promise<GroupRecord | undefined> {
  const row = await db.selectFrom('mentoring_groups').selectAll().where('id', '=', id).executeTakeFirst();
  return row && groupOf(row);
}

export async function listGroups(db: Kysely<Database>, seasonId: string): Promise<GroupRecord[]> {
  const rows = await db.selectFrom('mentoring_groups').selectAll().where('season_id', '=', seasonId).orderBy('created_at').orderBy('id').execute();
  return rows.map(groupOf);
}

/** Adds the person, or changes their role when they are already in the group. */
export async function putGroupPerson(db: Kysely<Database>, groupId: string, personId: string, role: GroupRole, now: Date): Promise<void> {
  await db
    .insertInto('mentoring_group_people')
    .values({ group_id: groupId, person_id: personId, role, added_at: toTimestamp(now) })
    .onConflict((oc) => oc.columns(['group_id', 'person_id']).doUpdateSet({ role }))
    .execute();
}

export async function removeGroupPerson(db: Kysely<Database>, groupId: string, personId: string): Promise<boolean> {
  const result = await db.deleteFrom('mentoring_group_people').where('group_id', '=', groupId).where('person_id', '=', personId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Mentors first, then members, each by name. */
export async function listGroupPeople(db: Kysely<Database>, groupId: string): Promise<GroupPerson[]> {
  const rows = await db
    .selectFrom('mentoring_group_people as gp')
    .innerJoin('people as p', 'p.id', 'gp.person_id')
    .select(['gp.person_id as personId', 'gp.role as role', 'p.display_name as displayName', 'p.email as email', 'p.locale as locale'])
    .where('gp.group_id', '=', groupId)
    .execute();
  return rows.sort((a, b) => (a.role === b.role ? (a.displayName ?? '').localeCompare(b.displayName ?? '', 'fi') : a.role === 'mentor' ? -1 : 1));
}

export async function roleInGroup(db: Kysely<Database>, groupId: string, personId: string): Promise<GroupRole | undefined> {
  const row = await db.selectFrom('mentoring_group_people').select('role').where('group_id', '=', groupId).where('person_id', '=', personId).executeTakeFirst();
  return row?.role;
}

export async function countMembers(db: Kysely<Database>, groupId: string): Promise<number> {
  const row = await db.selectFrom('mentoring_group_people').select((eb) => eb.fn.countAll<number>().as('n')).where('group_id', '=', groupId).where('role', '=', 'member').executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The groups a person is in, with their role. */
export async function groupsOfPerson(db: Kysely<Database>, personId: string): Promise<Array<{ groupId: string; role: GroupRole }>> {
  const rows = await db.selectFrom('mentoring_group_people').select(['group_id', 'role']).where('person_id', '=', personId).execute();
  return rows.map((r) => ({ groupId: r.group_id, role: r.role }));
}

/**
 * Takes the group's row lock for the rest of the caller's transaction, so size-limit checks (count, then add)
 * run one at a time on PostgreSQL too; SQLite's writes are serial already.
 */
export async function lockGroup(db: Kysely<Database>, groupId: string): Promise<void> {
  await db.updateTable('mentoring_groups').set((eb) => ({ updated_at: eb.ref('updated_at') })).where('id', '=', groupId).execute();
}
