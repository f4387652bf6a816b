/**
 * Erasing a person from the staff exchange. An application that spent nothing goes with everything about it; one
 * the unit must account for (costs approved for a visit that began, or reimbursed) stays with its unit, libraries,
 * dates, budget year and euros, but without the applicant, the people they named and every text. On others'
 * applications the person's steps stay as the erased person's, and where they were named (supervisor, host
 * contact, workplace mentor) their name and address are taken out.
 */
import type { Kysely } from 'kysely';
import { holdsCosts } from '../../../domain/personalData';
import type { Database } from '../../schema';
import type { Cutoff, EraseStep } from './steps';
import { changed, ERASED_PERSON_ID, type Subject } from './subject';

const allOf = (s: Subject) => [...s.exchange.deleted, ...s.exchange.anonymised];

export const eraseExchangeNotices: EraseStep = async (db, s) =>
  changed(await db.deleteFrom('exchange_notices').where((eb) => eb.or([eb('person_id', '=', s.person.id), ...(allOf(s).length ? [eb('application_id', 'in', allOf(s))] : [])])).executeTakeFirst());

/** What they wrote, and everything written about their own visits (the host's word on them included). */
export const eraseExchangeFeedback: EraseStep = async (db, s) =>
  changed(await db.deleteFrom('exchange_feedback').where((eb) => eb.or([eb('author_id', '=', s.person.id), ...(allOf(s).length ? [eb('application_id', 'in', allOf(s))] : [])])).executeTakeFirst());

export const eraseStories: EraseStep = async (db, s) => (allOf(s).length ? changed(await db.deleteFrom('exchange_stories').where('application_id', 'in', allOf(s)).executeTakeFirst()) : 0);

export const eraseExchangeHistory: EraseStep = async (db, s) => {
  let rows = 0;
  if (s.exchange.deleted.length > 0) rows += changed(await db.deleteFrom('exchange_history').where('application_id', 'in', s.exchange.deleted).executeTakeFirst());
  if (s.exchange.anonymised.length > 0) rows += await anonymiseHistory(db, s.exchange.anonymised);
  rows += changed(await db.updateTable('exchange_history').set({ actor_id: ERASED_PERSON_ID }).where('actor_id', '=', s.person.id).executeTakeFirst());
  return rows;
};

/** Who took each step stays a party ("supervisor", "coordinator"), not a person; the reasons given go. */
async function anonymiseHistory(db: Kysely<Database>, applicationIds: readonly string[]): Promise<number> {
  return changed(await db.updateTable('exchange_history').set({ actor_id: ERASED_PERSON_ID, reason: null }).where('application_id', 'in', applicationIds).executeTakeFirst());
}

/** The accounting stays (unit, libraries, dates, budget year, euros, state); the people and every text go. */
const anonymous = {
  applicant_id: ERASED_PERSON_ID,
  return_visitor: null,
  expectations: '',
  expertise: '',
  supervisor_name: '',
  supervisor_email: '',
  supervisor_id: null,
  host_contact_name: '',
  host_contact_email: '',
  host_contact_id: null,
  mentor_name: null,
  mentor_email: null,
  last_reason: null,
} as const;

export const eraseExchangeApplications: EraseStep = async (db, s) => {
  let rows = 0;
  if (s.exchange.deleted.length > 0) rows += changed(await db.deleteFrom('exchange_applications').where('id', 'in', s.exchange.deleted).executeTakeFirst());
  if (s.exchange.anonymised.length > 0) rows += changed(await db.updateTable('exchange_applications').set(anonymous).where('id', 'in', s.exchange.anonymised).executeTakeFirst());
  const { id, displayName } = s.person;
  const email = s.person.email?.toLowerCase();
  rows += changed(
    await db
      .updateTable('exchange_applications')
      .set({ supervisor_name: '', supervisor_email: '', supervisor_id: null })
      .where((eb) => eb.or([eb('supervisor_id', '=', id), ...(email ? [eb('supervisor_email', '=', email)] : [])]))
      .executeTakeFirst(),
  );
  rows += changed(
    await db
      .updateTable('exchange_applications')
      .set({ host_contact_name: '', host_contact_email: '', host_contact_id: null })
      .where((eb) => eb.or([eb('host_contact_id', '=', id), ...(email ? [eb('host_contact_email', '=', email)] : [])]))
      .executeTakeFirst(),
  );
  if (email) rows += changed(await db.updateTable('exchange_applications').set({ mentor_name: null, mentor_email: null }).where('mentor_email', '=', email).executeTakeFirst());
  if (displayName) rows += changed(await db.updateTable('exchange_applications').set({ return_visitor: null }).where('return_visitor', '=', displayName).executeTakeFirst());
  return rows;
};

export const eraseBudgetSetter: EraseStep = async (db, s) => changed(await db.updateTable('exchange_budgets').set({ set_by: ERASED_PERSON_ID }).where('set_by', '=', s.person.id).executeTakeFirst());

// ---- Retention: exchanges that ended before the period are anonymised or removed the same way. ----

/** Applications old enough to go: their visit (or, undated, their last change) is before the cutoff. */
async function oldApplications(db: Kysely<Database>, cutoff: Cutoff) {
  const rows = await db
    .selectFrom('exchange_applications')
    .select(['id', 'state', 'applicant_id'])
    .where((eb) => eb.or([eb('ends_on', '<', cutoff.day), eb.and([eb('ends_on', 'is', null), eb('updated_at', '<', cutoff.at)])]))
    .where('updated_at', '<', cutoff.at)
    .execute();
  // Costs approved or paid are the unit's accounts; anything else never cost anything.
  return {
    deleted: rows.filter((r) => !holdsCosts(r.state)).map((r) => r.id),
    anonymised: rows.filter((r) => holdsCosts(r.state) && r.applicant_id !== ERASED_PERSON_ID).map((r) => r.id),
  };
}

/** Every dependent table of the old applications in one step: the order of the foreign keys is kept here. */
export async function sweepExchanges(db: Kysely<Database>, cutoff: Cutoff): Promise<number> {
  const old = await oldApplications(db, cutoff);
  const all = [...old.deleted, ...old.anonymised];
  if (all.length === 0) return 0;
  let rows = 0;
  for (const table of ['exchange_notices', 'exchange_feedback', 'exchange_stories'] as const) rows += changed(await db.deleteFrom(table).where('application_id', 'in', all).executeTakeFirst());
  if (old.deleted.length > 0) {
    rows += changed(await db.deleteFrom('exchange_history').where('application_id', 'in', old.deleted).executeTakeFirst());
    rows += changed(await db.deleteFrom('exchange_applications').where('id', 'in', old.deleted).executeTakeFirst());
  }
  if (old.anonymised.length > 0) {
    rows += await anonymiseHistory(db, old.anonymised);
    rows += changed(await db.updateTable('exchange_applications').set(anonymous).where('id', 'in', old.anonymised).executeTakeFirst());
  }
  return rows;
}
