/**
 * Who is erased or exported: the person, every string that names them in other rows (their Kollega id, Teams
 * user id, Entra object id, e-mail, guest id, personal chats), and the records of theirs that go with them.
 *
 * Also "the erased person": one placeholder row that rows kept for others point to once their person is gone (an
 * exchange's costs the unit accounts for, an event a coordinator planned, a game's loan), since those columns may
 * not be empty. It has no name, e-mail or Teams id, so nothing about anyone can be read from it.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../schema';
import type { PersonRecord } from '../people';
import { toTimestamp } from '../util';

export const ERASED_PERSON_ID = '00000000-0000-0000-0000-000000000000';
export const ERASED_BOT_USER_ID = 'kollega:erased';

export interface Subject {
  person: PersonRecord;
  /** Strings that identify the person wherever they appear in text or JSON. */
  identifiers: string[];
  /** Their personal chats with the bot. */
  conversationIds: string[];
  joinRequestIds: string[];
  mentoringApplicationIds: string[];
  /** Their exchange applications: removed, or kept without them for the unit's accounting. */
  exchange: { deleted: string[]; anonymised: string[] };
  /** Their game bookings: removed with their days, or (a loan that happened) kept for the network without them. */
  gameBookings: { deleted: string[]; anonymised: string[] };
  now: Date;
}

/** Every id of a record that leaves with the person: work queued or audited about it is theirs too. */
export const recordIdsOf = (s: Subject): string[] => [
  ...s.joinRequestIds, ...s.mentoringApplicationIds, ...s.exchange.deleted, ...s.exchange.anonymised, ...s.gameBookings.deleted, ...s.gameBookings.anonymised,
];

/** Shorter strings could match unrelated text; every real identifier is longer. */
const MIN_IDENTIFIER_LENGTH = 8;

export function identifiersOf(person: PersonRecord, conversationIds: readonly string[]): string[] {
  const found = [person.id, person.botUserId, ...entraIdsOf(person), person.email?.toLowerCase(), person.guestUserId, ...conversationIds];
  return [...new Set(found.filter((v): v is string => typeof v === 'string' && v.length >= MIN_IDENTIFIER_LENGTH))];
}

/** The Entra object id as stored (the bot keeps Teams' spelling) and lower case (as sign-in and Graph keep it). */
export const entraIdsOf = (person: Pick<PersonRecord, 'aadObjectId'>): string[] =>
  person.aadObjectId ? [...new Set([person.aadObjectId, person.aadObjectId.toLowerCase()])] : [];

export async function personalConversationIds(db: Kysely<Database>, personId: string): Promise<string[]> {
  const rows = await db.selectFrom('conversations').select('id').where('person_id', '=', personId).where('kind', '=', 'personal').execute();
  return rows.map((r) => r.id);
}

/** Makes the placeholder person if it is not there yet; two erasures at once make one. */
export async function ensureErasedPerson(db: Kysely<Database>, now: Date): Promise<void> {
  const at = toTimestamp(now);
  await db
    .insertInto('people')
    .values({ id: ERASED_PERSON_ID, bot_user_id: ERASED_BOT_USER_ID, aad_object_id: null, tenant_id: null, display_name: null, locale: null, region_id: null, created_at: at, updated_at: at })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Rows a statement changed, as a number (drivers report bigint). */
export const changed = (result: { numDeletedRows?: bigint; numUpdatedRows?: bigint } | undefined): number =>
  Number(result?.numDeletedRows ?? result?.numUpdatedRows ?? 0n);
