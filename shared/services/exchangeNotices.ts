/**
 * Read helpers for the bot's staff-exchange messages and cards: the people behind a party of an application, the
 * coordinators of its unit, what is left of the unit's budget, and the applications a person has or must answer.
 * A party is found by the id the submission gave them and by the e-mail the applicant wrote: someone who talked to
 * Kollega before the application named them keeps their own row, and that row is the one with a chat.
 */
import type { Kysely } from 'kysely';
import { summarizeBudget } from '../domain/exchange/budget';
import { budgetYear } from '../domain/exchange/plan';
import { listNetworksOfUnit } from '../store/repositories/catalog';
import { grantedExchanges, listBudgets, listExchangesOf, listUnitExchanges, recordOf, type ExchangeRecord } from '../store/repositories/exchange';
import { findPeopleByIdentity, getPerson, type PersonRecord } from '../store/repositories/people';
import type { Database } from '../store/schema';
import { exchangeView, type ExchangeView } from './exchangeViews';
import { coordinatedUnits, coordinatorPeople } from './mentoring';

/** The coordinators of the unit's networks, as the people Kollega knows. */
export async function unitCoordinators(db: Kysely<Database>, unitId: string): Promise<PersonRecord[]> {
  return coordinatorPeople(db, await listNetworksOfUnit(db, unitId));
}

async function byIdAndEmail(db: Kysely<Database>, id: string | null, email: string | null): Promise<PersonRecord[]> {
  const people = new Map<string, PersonRecord>();
  const own = id ? await getPerson(db, id) : undefined;
  if (own) people.set(own.id, own);
  if (email) for (const person of await findPeopleByIdentity(db, { aadObjectId: null, email })) people.set(person.id, person);
  return [...people.values()];
}

/** The supervisor or host contact of a submitted application. */
export async function partyPeople(db: Kysely<Database>, application: ExchangeRecord, party: 'supervisor' | 'host'): Promise<PersonRecord[]> {
  if (application.state === 'draft') return [];
  return party === 'supervisor'
    ? byIdAndEmail(db, application.supervisorId, application.supervisorEmail)
    : byIdAndEmail(db, application.hostContactId, application.hostContactEmail);
}

/** The workplace mentor, when the host gave an e-mail that someone Kollega knows has. */
export async function mentorPeople(db: Kysely<Database>, application: ExchangeRecord): Promise<PersonRecord[]> {
  return application.mentorEmail ? byIdAndEmail(db, null, application.mentorEmail) : [];
}

/** What is left of the unit's budget for the visit's year (null without dates); `set` is false when none was set. */
export async function budgetLeft(db: Kysely<Database>, application: ExchangeRecord): Promise<{ year: number; leftCents: number; set: boolean } | null> {
  const year = budgetYear(application);
  if (year === null) return null;
  const budget = (await listBudgets(db, [application.unitId])).find((b) => b.year === year);
  const summary = summarizeBudget(budget?.amountCents ?? 0, await grantedExchanges(db, application.unitId, year));
  return { year, leftCents: summary.leftCents, set: budget !== undefined };
}

const inReview = new Set(['supervisorReview', 'hostReview', 'coordinatorReview']);
const answers = new Set(['confirm', 'acceptAsHost', 'approveCosts', 'requestChanges', 'decline']);

/** Whether the application waits for this person's answer: as its party, or as a coordinator recording one. */
export const waitsFor = (view: ExchangeView) =>
  view.you.steps.some((s) => answers.has(s)) || view.you.recordFor.supervisor.length > 0 || view.you.recordFor.host.length > 0;

/**
 * The person's own applications, newest first, and those waiting for their answer: as the supervisor or host named
 * by id or by their e-mail, or as a coordinator of the application's unit.
 */
export async function exchangesOf(db: Kysely<Database>, person: PersonRecord, now: Date): Promise<{ mine: ExchangeView[]; waiting: ExchangeView[] }> {
  const candidates = new Map<string, ExchangeRecord>();
  for (const a of await listExchangesOf(db, person.id)) candidates.set(a.id, a);
  if (person.email) {
    const email = person.email.toLowerCase();
    const rows = await db
      .selectFrom('exchange_applications')
      .selectAll()
      .where((eb) => eb.or([eb('supervisor_email', '=', email), eb('host_contact_email', '=', email)]))
      .where('state', '!=', 'draft')
      .execute();
    for (const row of rows) candidates.set(row.id, recordOf(row));
  }
  for (const a of await listUnitExchanges(db, [...(await coordinatedUnits(db, person))])) if (inReview.has(a.state)) candidates.set(a.id, a);

  const mine: ExchangeView[] = [];
  const waiting: ExchangeView[] = [];
  const newestFirst = [...candidates.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  for (const application of newestFirst) {
    const view = await exchangeView(db, person, application.id, now);
    if (!view) continue;
    if (view.you.parties.includes('applicant')) mine.push(view);
    else if (waitsFor(view)) waiting.push(view);
  }
  return { mine, waiting };
}
