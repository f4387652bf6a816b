/**
 * Staff-exchange applications and their history. Every change names the version it read and bumps it, so of two
 * simultaneous steps (two tabs, a card and the tab) one wins and the other is told; the step's history entry is
 * written in the same transaction by the caller.
 */
import type { Kysely, Selectable } from 'kysely';
import type { ExchangeState } from '../../domain/exchange/application';
import type { ExchangePlan } from '../../domain/exchange/plan';
import type { Database, ExchangeApplicationsTable } from '../schema';
import { toTimestamp } from './util';

export interface ExchangeRecord extends ExchangePlan {
  id: string;
  unitId: string;
  applicantId: string;
  state: ExchangeState;
  version: number;
  supervisorId: string | null;
  hostContactId: string | null;
  mentorName: string | null;
  mentorEmail: string | null;
  grantedCents: number | null;
  actualTravelCents: number | null;
  actualStayCents: number | null;
  reimbursedCents: number | null;
  /** The reason given with the last request for changes or decline. */
  lastReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export const recordOf = (r: Selectable<ExchangeApplicationsTable>): ExchangeRecord => ({
  id: r.id, unitId: r.unit_id, applicantId: r.applicant_id, state: r.state, version: Number(r.version),
  homeLibraryId: r.home_library_id, hostLibraryId: r.host_library_id, startsOn: r.starts_on, endsOn: r.ends_on,
  reciprocal: Boolean(r.reciprocal), returnVisitor: r.return_visitor, returnStartsOn: r.return_starts_on, returnEndsOn: r.return_ends_on,
  expectations: r.expectations, expertise: r.expertise, languagePractice: Boolean(r.language_practice),
  supervisorName: r.supervisor_name, supervisorEmail: r.supervisor_email, supervisorId: r.supervisor_id,
  hostContactName: r.host_contact_name, hostContactEmail: r.host_contact_email, hostContactId: r.host_contact_id,
  travelEstimateCents: Number(r.travel_estimate_cents), stayEstimateCents: Number(r.stay_estimate_cents),
  mentorName: r.mentor_name, mentorEmail: r.mentor_email,
  grantedCents: r.granted_cents === null ? null : Number(r.granted_cents),
  actualTravelCents: r.actual_travel_cents === null ? null : Number(r.actual_travel_cents),
  actualStayCents: r.actual_stay_cents === null ? null : Number(r.actual_stay_cents),
  reimbursedCents: r.reimbursed_cents === null ? null : Number(r.reimbursed_cents),
  lastReason: r.last_reason, createdAt: r.created_at, updatedAt: r.updated_at,
});

const planColumns = (p: ExchangePlan) => ({
  home_library_id: p.homeLibraryId,
  host_library_id: p.hostLibraryId,
  starts_on: p.startsOn,
  ends_on: p.endsOn,
  reciprocal: p.reciprocal ? 1 : 0,
  return_visitor: p.reciprocal ? p.returnVisitor : null,
  return_starts_on: p.reciprocal ? p.returnStartsOn : null,
  return_ends_on: p.reciprocal ? p.returnEndsOn : null,
  expectations: p.expectations,
  expertise: p.expertise,
  language_practice: p.languagePractice ? 1 : 0,
  supervisor_name: p.supervisorName,
  supervisor_email: p.supervisorEmail.trim().toLowerCase(),
  host_contact_name: p.hostContactName,
  host_contact_email: p.hostContactEmail.trim().toLowerCase(),
  travel_estimate_cents: p.travelEstimateCents,
  stay_estimate_cents: p.stayEstimateCents,
});

export async function insertDraft(db: Kysely<Database>, input: { id: string; unitId: string; applicantId: string; plan: ExchangePlan }, now: Date): Promise<void> {
  const at = toTimestamp(now);
  await db
    .insertInto('exchange_applications')
    .values({
      id: input.id, unit_id: input.unitId, applicant_id: input.applicantId, state: 'draft', version: 1, ...planColumns(input.plan),
      supervisor_id: null, host_contact_id: null, mentor_name: null, mentor_email: null, granted_cents: null,
      actual_travel_cents: null, actual_stay_cents: null, reimbursed_cents: null, last_reason: null, created_at: at, updated_at: at,
    })
    .execute();
}

export async function getExchange(db: Kysely<Database>, id: string): Promise<ExchangeRecord | undefined> {
  const row = await db.selectFrom('exchange_applications').selectAll().where('id', '=', id).executeTakeFirst();
  return row && recordOf(row);
}

/** The columns a step may change besides the plan. */
export interface ExchangeChange {
  state?: ExchangeState;
  plan?: ExchangePlan;
  unitId?: string;
  supervisorId?: string | null;
  hostContactId?: string | null;
  mentorName?: string;
  mentorEmail?: string | null;
  grantedCents?: number;
  actualTravelCents?: number;
  actualStayCents?: number;
  reimbursedCents?: number;
  lastReason?: string | null;
}

/** Applies a change if nobody changed the application since `version` was read; false otherwise (nothing changes). */
export async function updateExchange(db: Kysely<Database>, id: string, version: number, change: ExchangeChange, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('exchange_applications')
    .set({
      ...(change.plan ? planColumns(change.plan) : {}),
      ...(change.state !== undefined ? { state: change.state } : {}),
      ...(change.unitId !== undefined ? { unit_id: change.unitId } : {}),
      ...(change.supervisorId !== undefined ? { supervisor_id: change.supervisorId } : {}),
      ...(change.hostContactId !== undefined ? { host_contact_id: change.hostContactId } : {}),
      ...(change.mentorName !== undefined ? { mentor_name: change.mentorName } : {}),
      ...(change.mentorEmail !== undefined ? { mentor_email: change.mentorEmail } : {}),
      ...(change.grantedCents !== undefined ? { granted_cents: change.grantedCents } : {}),
      ...(change.actualTravelCents !== undefined ? { actual_travel_cents: change.actualTravelCents } : {}),
      ...(change.actualStayCents !== undefined ? { actual_stay_cents: change.actualStayCents } : {}),
      ...(change.reimbursedCents !== undefined ? { reimbursed_cents: change.reimbursedCents } : {}),
      ...(change.lastReason !== undefined ? { last_reason: change.lastReason } : {}),
      version: version + 1,
      updated_at: toTimestamp(now),
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface HistoryRecord {
  seq: number;
  at: string;
  action: string;
  party: string;
  actorId: string;
  actorName: string | null;
  recordedFor: string | null;
  reason: string | null;
  state: ExchangeState;
}

export async function appendHistory(
  db: Kysely<Database>,
  entry: { applicationId: string; seq: number; action: string; party: string; actorId: string; recordedFor: string | null; reason: string | null; state: ExchangeState },
  now: Date,
): Promise<void> {
  await db
    .insertInto('exchange_history')
    .values({
      application_id: entry.applicationId, seq: entry.seq, at: toTimestamp(now), action: entry.action, party: entry.party,
      actor_id: entry.actorId, recorded_for: entry.recordedFor, reason: entry.reason, state: entry.state,
    })
    .execute();
}

/** Oldest first. */
export async function exchangeHistory(db: Kysely<Database>, applicationId: string): Promise<HistoryRecord[]> {
  const rows = await db
    .selectFrom('exchange_history as h')
    .innerJoin('people as p', 'p.id', 'h.actor_id')
    .select(['h.seq', 'h.at', 'h.action', 'h.party', 'h.actor_id', 'p.display_name', 'h.recorded_for', 'h.reason', 'h.state'])
    .where('h.application_id', '=', applicationId)
    .orderBy('h.seq')
    .execute();
  return rows.map((r) => ({
    seq: Number(r.seq), at: r.at, action: r.action, party: r.party, actorId: r.actor_id, actorName: r.display_name,
    recordedFor: r.recorded_for, reason: r.reason, state: r.state as ExchangeState,
  }));
}

/** The applications a person has a part in (their own, or as the named supervisor or host contact), newest first. */
export async function listExchangesOf(db: Kysely<Database>, personId: string): Promise<ExchangeRecord[]> {
  const rows = await db
    .selectFrom('exchange_applications')
    .selectAll()
    .where((eb) => eb.or([eb('applicant_id', '=', personId), eb('supervisor_id', '=', personId), eb('host_contact_id', '=', personId)]))
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(recordOf);
}

/** A unit's applications other than drafts (a draft is the applicant's own until submitted), newest first. */
export async function listUnitExchanges(db: Kysely<Database>, unitIds: readonly string[]): Promise<ExchangeRecord[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('exchange_applications')
    .selectAll()
    .where('unit_id', 'in', unitIds)
    .where('state', '!=', 'draft')
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(recordOf);
}

/** The applications whose grant counts against a unit's budget of a year (approved or reimbursed). */
export async function grantedExchanges(db: Kysely<Database>, unitId: string, year: number): Promise<ExchangeRecord[]> {
  const rows = await db
    .selectFrom('exchange_applications')
    .selectAll()
    .where('unit_id', '=', unitId)
    .where('state', 'in', ['approved', 'reimbursed'])
    .where('starts_on', '>=', `${year}-01-01`)
    .where('starts_on', '<=', `${year}-12-31`)
    .execute();
  return rows.map(recordOf);
}

/**
 * The unit's budget for the year, its row locked first by a write that changes nothing: approvals against one
 * budget run one at a time on PostgreSQL too (SQLite's writes are serial already). Null when none was set.
 */
export async function lockBudget(db: Kysely<Database>, unitId: string, year: number): Promise<number | null> {
  await db.updateTable('exchange_budgets').set((eb) => ({ set_at: eb.ref('set_at') })).where('unit_id', '=', unitId).where('year', '=', year).execute();
  const row = await db.selectFrom('exchange_budgets').select('amount_cents').where('unit_id', '=', unitId).where('year', '=', year).executeTakeFirst();
  return row ? Number(row.amount_cents) : null;
}

export async function setBudget(db: Kysely<Database>, input: { unitId: string; year: number; amountCents: number; setBy: string }, now: Date): Promise<void> {
  await db
    .insertInto('exchange_budgets')
    .values({ unit_id: input.unitId, year: input.year, amount_cents: input.amountCents, set_by: input.setBy, set_at: toTimestamp(now) })
    .onConflict((oc) => oc.columns(['unit_id', 'year']).doUpdateSet({ amount_cents: input.amountCents, set_by: input.setBy, set_at: toTimestamp(now) }))
    .execute();
}

export async function listBudgets(db: Kysely<Database>, unitIds: readonly string[]): Promise<{ unitId: string; year: number; amountCents: number }[]> {
  if (unitIds.length === 0) return [];
  const rows = await db.selectFrom('exchange_budgets').selectAll().where('unit_id', 'in', unitIds).orderBy('year').execute();
  return rows.map((r) => ({ unitId: r.unit_id, year: Number(r.year), amountCents: Number(r.amount_cents) }));
}
