/** People who have talked to the bot, keyed by their Bot Framework user id. */
import type { Kysely, Selectable } from 'kysely';
import { newId } from '../ids';
import { prepare } from '../prepared';
import type { Database, PeopleTable } from '../schema';
import { normalizeForMatch } from '../../domain/localized';
import { ERASED_BOT_USER_ID } from './personalData/subject';
import { toTimestamp } from './util';

export interface PersonRecord {
  id: string;
  botUserId: string;
  aadObjectId: string | null;
  tenantId: string | null;
  displayName: string | null;
  locale: string | null;
  regionId: string | null;
  email: string | null;
  library: string | null;
  guestUserId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface UpsertPersonInput {
  botUserId: string;
  aadObjectId?: string | null;
  tenantId?: string | null;
  displayName?: string | null;
  locale?: string | null;
  now: Date;
}

/**
 * Creates the person on first contact, or refreshes ids, name and locale; the chosen region stays.
 * A value missing from this activity (null/undefined) keeps the stored one.
 * One INSERT ... ON CONFLICT statement, so two simultaneous first messages still make one row.
 */
export async function upsertPerson(db: Kysely<Database>, input: UpsertPersonInput): Promise<PersonRecord> {
  const now = toTimestamp(input.now);
  const { rows } = await upsertPersonRow(db, {
    id: newId(),
    botUserId: input.botUserId,
    aadObjectId: input.aadObjectId ?? null,
    tenantId: input.tenantId ?? null,
    displayName: input.displayName ?? null,
    locale: input.locale ?? null,
    now,
  });
  return toPerson(rows[0]);
}

const upsertPersonRow = prepare(
  (
    db,
    p: { id: string; botUserId: string; aadObjectId: string | null; tenantId: string | null; displayName: string | null; locale: string | null; now: string },
  ) =>
    db
      .insertInto('people')
      .values({
        id: p.id,
        bot_user_id: p.botUserId,
        aad_object_id: p.aadObjectId,
        tenant_id: p.tenantId,
        display_name: p.displayName,
        locale: p.locale,
        region_id: null,
        created_at: p.now,
        updated_at: p.now,
      })
      .onConflict((oc) =>
        oc.column('bot_user_id').doUpdateSet((eb) => ({
          aad_object_id: eb.fn.coalesce('excluded.aad_object_id', 'people.aad_object_id'),
          tenant_id: eb.fn.coalesce('excluded.tenant_id', 'people.tenant_id'),
          display_name: eb.fn.coalesce('excluded.display_name', 'people.display_name'),
          locale: eb.fn.coalesce('excluded.locale', 'people.locale'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .returningAll(),
);

/** Sets (or with null clears) the person's region. Throws on an unknown region (foreign key). */
export async function setPersonRegion(
  db: Kysely<Database>,
  personId: string,
  regionId: string | null,
  now: Date,
): Promise<PersonRecord | undefined> {
  const row = await db
    .updateTable('people')
    .set({ region_id: regionId, updated_at: toTimestamp(now) })
    .where('id', '=', personId)
    .returningAll()
    .executeTakeFirst();
  return row && toPerson(row);
}

const personByBotUserId = prepare((db, p: { botUserId: string }) => db.selectFrom('people').selectAll().where('bot_user_id', '=', p.botUserId));
const personById = prepare((db, p: { id: string }) => db.selectFrom('people').selectAll().where('id', '=', p.id));

export async function getPersonByBotUserId(db: Kysely<Database>, botUserId: string): Promise<PersonRecord | undefined> {
  const [row] = (await personByBotUserId(db, { botUserId })).rows;
  return row && toPerson(row);
}

export async function getPerson(db: Kysely<Database>, id: string): Promise<PersonRecord | undefined> {
  const [row] = (await personById(db, { id })).rows;
  return row && toPerson(row);
}

export function toPerson(r: Selectable<PeopleTable>): PersonRecord {
  return {
    id: r.id,
    botUserId: r.bot_user_id,
    aadObjectId: r.aad_object_id,
    tenantId: r.tenant_id,
    displayName: r.display_name,
    locale: r.locale,
    regionId: r.region_id,
    email: r.email,
    library: r.library,
    guestUserId: r.guest_user_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Details learnt later than the first message: the e-mail from Teams' member info, the library from a request. */
export async function updatePersonDetails(
  db: Kysely<Database>,
  personId: string,
  details: { email?: string | null; library?: string | null; guestUserId?: string },
  now: Date,
): Promise<void> {
  const set: { email?: string | null; library?: string | null; guest_user_id?: string } = {};
  if (details.email !== undefined) set.email = details.email?.toLowerCase() ?? null;
  if (details.library !== undefined) set.library = details.library;
  if (details.guestUserId !== undefined) set.guest_user_id = details.guestUserId;
  if (Object.keys(set).length === 0) return;
  await db.updateTable('people').set({ ...set, updated_at: toTimestamp(now) }).where('id', '=', personId).execute();
}

/** People who are the one named by an Entra object id or an e-mail (a coordinator of the seed). */
export async function findPeopleByIdentity(
  db: Kysely<Database>,
  identity: { aadObjectId: string | null; email: string | null },
): Promise<PersonRecord[]> {
  const aad = identity.aadObjectId?.toLowerCase();
  const email = identity.email?.toLowerCase();
  if (!aad && !email) return [];
  const rows = await db
    .selectFrom('people')
    .selectAll()
    .where((eb) => eb.or([...(aad ? [eb('aad_object_id', '=', aad)] : []), ...(email ? [eb('email', '=', email)] : [])]))
    .orderBy('created_at')
    .execute();
  return rows.map(toPerson);
}

/**
 * The bot_user_id of someone a coordinator added by e-mail, who has neither talked to the bot nor signed in:
 * their first sign-in or first message with that e-mail adopts the row (adoptInvitedPerson).
 */
const invitedKey = (email: string) => `mail:${email.toLowerCase()}`;

/** The person with this e-mail (the earliest, if several). */
export async function getPersonByEmail(db: Kysely<Database>, email: string): Promise<PersonRecord | undefined> {
  const row = await db.selectFrom('people').selectAll().where('email', '=', email.toLowerCase()).orderBy('created_at').executeTakeFirst();
  return row && toPerson(row);
}

/** The person with this e-mail, or a new one known only by it and a name. */
export async function findOrCreateInvitedPerson(db: Kysely<Database>, input: { email: string; name: string; now: Date }): Promise<PersonRecord> {
  const email = input.email.toLowerCase();
  const known = await getPersonByEmail(db, email);
  if (known) return known;
  // Keyed like the bot's rows: two coordinators adding the same address at once make one person.
  const person = await upsertPerson(db, { botUserId: invitedKey(email), displayName: input.name, now: input.now });
  await updatePersonDetails(db, person.id, { email }, input.now);
  return { ...person, email };
}

/** Whether anyone added by e-mail is still waiting to be recognised: only then is a first contact worth a lookup. */
export async function hasInvitedPeople(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('people').select('id').where('bot_user_id', 'like', 'mail:%').limit(1).executeTakeFirst()) !== undefined;
}

/**
 * The first sign-in or first message of someone added by e-mail: that row becomes theirs (their groups stay),
 * unless the new key is taken already (then the caller goes on with its own row).
 */
export async function adoptInvitedPerson(db: Kysely<Database>, input: { email: string; botUserId: string; aadObjectId: string | null; tenantId: string | null; now: Date }): Promise<void> {
  await db
    .updateTable('people')
    .set({ bot_user_id: input.botUserId, aad_object_id: input.aadObjectId?.toLowerCase() ?? null, tenant_id: input.tenantId, updated_at: toTimestamp(input.now) })
    .where('bot_user_id', '=', invitedKey(input.email))
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('people as taken').select('taken.id').where('taken.bot_user_id', '=', input.botUserId))))
    .execute();
}

/** People Kollega knows whose name or e-mail contains the text, by name; for a coordinator picking group members. */
export async function searchPeople(db: Kysely<Database>, text: string, limit: number): Promise<PersonRecord[]> {
  const wanted = normalizeForMatch(text);
  // Matched here rather than with SQL LIKE: lower() of either engine leaves Ä and Ö as they are under a C locale.
  // Not the placeholder that stands for erased people: it is nobody to pick.
  const rows = await db.selectFrom('people').selectAll().where('bot_user_id', '!=', ERASED_BOT_USER_ID).orderBy('display_name').execute();
  return rows
    .filter((r) => normalizeForMatch(r.display_name ?? '').includes(wanted) || (r.email ?? '').includes(wanted))
    .slice(0, limit)
    .map(toPerson);
}

/**
 * The bot_user_id of a person who signed in to the tab before ever talking to the bot: the bot does not know
 * their Teams user id yet. Their first message to the bot adopts the row (adoptSignedInPerson).
 */
const signedInKey = (aadObjectId: string) => `aad:${aadObjectId.toLowerCase()}`;

/**
 * The person a verified sign-in names: the one the bot already knows by that Entra object id, or a new one.
 * Two first sign-ins at once make one row (the insert is keyed like the bot's).
 */
export async function findOrCreateSignedInPerson(
  db: Kysely<Database>,
  input: { objectId: string; tenantId: string; name: string | null; email?: string | null; now: Date },
): Promise<PersonRecord> {
  const known = await db
    .selectFrom('people')
    .selectAll()
    .where('aad_object_id', '=', input.objectId.toLowerCase())
    // A row the bot made wins over one made at sign-in.
    .orderBy((eb) => eb.case().when('bot_user_id', 'like', 'aad:%').then(1).else(0).end())
    .orderBy('created_at')
    .executeTakeFirst();
  // Added by e-mail before their first sign-in: that row (and their groups) becomes theirs.
  if (!known && input.email) await adoptInvitedPerson(db, { email: input.email, botUserId: signedInKey(input.objectId), aadObjectId: input.objectId, tenantId: input.tenantId, now: input.now });
  const person = known ? toPerson(known) : await upsertPerson(db, { botUserId: signedInKey(input.objectId), aadObjectId: input.objectId.toLowerCase(), tenantId: input.tenantId, displayName: input.name, now: input.now });
  if (person.email || !input.email) return person;
  await updatePersonDetails(db, person.id, { email: input.email }, input.now);
  return { ...person, email: input.email.toLowerCase() };
}

/**
 * Someone's first message to the bot: if they signed in to the tab before, that person becomes the one the bot
 * knows (their answers and requests stay theirs) instead of a second person with the same Entra id.
 */
export async function adoptSignedInPerson(db: Kysely<Database>, input: { aadObjectId: string; botUserId: string; now: Date }): Promise<void> {
  await db
    .updateTable('people')
    .set({ bot_user_id: input.botUserId, updated_at: toTimestamp(input.now) })
    .where('bot_user_id', '=', signedInKey(input.aadObjectId))
    // Teams sends two activities at install: the one that lost the race finds the row already adopted.
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('people as taken').select('taken.id').where('taken.bot_user_id', '=', input.botUserId))))
    .execute();
}
