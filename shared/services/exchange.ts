/**
 * Staff-exchange applications, shared by the bot and the tab API: the applicant writes and submits, each party of
 * the agreement takes their step, the guest files costs and the coordinator marks them reimbursed. The domain
 * decides (shared/domain/exchange); the store records the step, its history entry, its audit entry and the
 * messages that follow in one transaction. A refusal changes nothing; one for acting out of turn is audited.
 */
import type { Kysely } from 'kysely';
import { decideExchange, type Actor, type ExchangeEvent, type ExchangeRefusal } from '../domain/exchange/application';
import { reimbursement, summarizeBudget } from '../domain/exchange/budget';
import { budgetYear, checkPlan, type ExchangePlan, type PlanError, type PlanGap } from '../domain/exchange/plan';
import { findLibrary } from '../domain/exchange/libraryDirectory';
import { regionLibraries } from '../domain/exchange/regionLibraries';
import { fromHelsinki } from '../i18n/localTime';
import { enqueue } from '../jobs/outbox';
import { audit } from '../store/repositories/audit';
import { appendHistory, getExchange, grantedExchanges, insertDraft, lockBudget, updateExchange, type ExchangeChange, type ExchangeRecord } from '../store/repositories/exchange';
import { newId } from '../store/ids';
import { findOrCreateInvitedPerson, getPerson, type PersonRecord } from '../store/repositories/people';
import { inTransaction } from '../store/repositories/util';
import type { Database } from '../store/schema';
import { factsOf, knownLibrary, partiesOf } from './exchangeParties';
import { dateOf, dayNumber, todayInFinland } from '../domain/calendarDate';

export interface ExchangeContext {
  db: Kysely<Database>;
  now: Date;
}

/** Outbox work of the staff exchange. */
export const exchangeJobs = {
  /** A step was taken: the next party gets their card, the applicant hears of it. */
  step: 'exchange.step',
  /** A few days before the visit: the plan to the guest and the workplace mentor. */
  reminder: 'exchange.reminder',
  /** The day after the visit: feedback and costs are asked for. */
  afterVisit: 'exchange.afterVisit',
} as const;

/** The reminder goes this many days before the visit, at nine in the morning Finnish time. */
const REMINDER_DAYS_BEFORE = 3;

const atNine = (date: string, plusDays: number): Date => {
  const day = dayNumber(date)! + plusDays;
  const local = fromHelsinki({ date: dateOf(day), time: '09:00' });
  return local.ok ? local.at : new Date(day * 86_400_000);
};

export type WriteResult =
  | { outcome: 'saved' | 'submitted'; application: ExchangeRecord }
  | { outcome: 'unknown' }
  | { outcome: 'invalid'; errors: PlanError[]; gaps: PlanGap[] }
  | { outcome: 'refused'; refusal: ExchangeRefusal | 'stale' };

/** The unit that pays: the one of the home library's region. */
async function unitOfLibrary(db: Kysely<Database>, libraryId: string): Promise<string | undefined> {
  const library = findLibrary(regionLibraries, libraryId);
  if (!library) return undefined;
  return (await db.selectFrom('regions').select('unit_id').where('id', '=', library.municipality.regionId).executeTakeFirst())?.unit_id;
}

async function refuse(ctx: ExchangeContext, actor: PersonRecord, action: string, applicationId: string, refusal: string): Promise<void> {
  if (refusal === 'notYourTurn') await audit(ctx.db, { actor: actor.id, action: `exchange.${action}.refused`, subjectType: 'exchangeApplication', subjectId: applicationId, detail: { refusal } }, ctx.now);
}

/**
 * Saves the applicant's plan: a new draft, or their draft or returned application changed; with `submit` it goes
 * to their supervisor. `version` is the one the applicant's form was filled from, so an edit from a stale form
 * is refused rather than undoing a newer one.
 */
export async function writeApplication(
  ctx: ExchangeContext,
  input: { actor: PersonRecord; applicationId?: string; version?: number; plan: ExchangePlan; submit: boolean },
): Promise<WriteResult> {
  const today = todayInFinland(ctx.now);
  return inTransaction(ctx.db, async (trx): Promise<WriteResult> => {
    const tctx = { ...ctx, db: trx };
    // Who may write comes first: someone else's application is refused whatever its plan says.
    const found = input.applicationId ? await getExchange(trx, input.applicationId) : undefined;
    if (input.applicationId && !found) return { outcome: 'unknown' };
    if (found) {
      const decided = decideExchange(await factsOf(trx, found, input.actor.email, ctx.now), { type: 'edit' }, { parties: await partiesOf(trx, input.actor, found) }, { today, budgetLeftCents: 0 });
      if (!decided.ok) {
        await refuse(tctx, input.actor, 'edit', found.id, decided.refusal);
        return { outcome: 'refused', refusal: decided.refusal };
      }
      if (input.version !== undefined && input.version !== found.version) return { outcome: 'refused', refusal: 'stale' };
    }
    const checked = checkPlan(input.plan, { today, knownLibrary, applicantEmail: input.actor.email });
    const unitId = await unitOfLibrary(trx, input.plan.homeLibraryId);
    if (!unitId && !checked.errors.includes('unknownLibrary')) checked.errors.push('unknownLibrary');
    if (checked.errors.length > 0 || (input.submit && checked.gaps.length > 0)) return { outcome: 'invalid', errors: checked.errors, gaps: input.submit ? checked.gaps : [] };

    let application: ExchangeRecord;
    if (!found) {
      const id = newId(ctx.now.getTime());
      await insertDraft(trx, { id, unitId: unitId!, applicantId: input.actor.id, plan: input.plan }, ctx.now);
      await appendHistory(trx, { applicationId: id, seq: 1, action: 'create', party: 'applicant', actorId: input.actor.id, recordedFor: null, reason: null, state: 'draft' }, ctx.now);
      await audit(trx, { actor: input.actor.id, action: 'exchange.created', subjectType: 'exchangeApplication', subjectId: id }, ctx.now);
      application = (await getExchange(trx, id))!;
    } else {
      if (!(await updateExchange(trx, found.id, found.version, { plan: input.plan, unitId }, ctx.now))) return { outcome: 'refused', refusal: 'stale' };
      await appendHistory(trx, { applicationId: found.id, seq: found.version + 1, action: 'edit', party: 'applicant', actorId: input.actor.id, recordedFor: null, reason: null, state: found.state }, ctx.now);
      application = (await getExchange(trx, found.id))!;
    }
    if (!input.submit) return { outcome: 'saved', application };
    const submitted = await takeStep(tctx, { actor: input.actor, applicationId: application.id, event: { type: 'submit' } });
    if (submitted.outcome !== 'done') throw new Error(`a complete plan could not be submitted: ${JSON.stringify(submitted)}`);
    return { outcome: 'submitted', application: submitted.application };
  });
}

export type StepResult =
  | { outcome: 'done'; application: ExchangeRecord }
  | { outcome: 'unknown' }
  | { outcome: 'refused'; refusal: ExchangeRefusal | 'stale' };

/** The extras a step carries besides its kind. */
export type StepInput =
  | Exclude<ExchangeEvent, { type: 'acceptAsHost' } | { type: 'fileCosts' } | { type: 'edit' }>
  | { type: 'acceptAsHost'; mentorName: string; mentorEmail: string | null }
  | { type: 'fileCosts'; travelCents: number; stayCents: number };

/** One step of the agreement or after it, by the person named, or by a coordinator recording an outside party. */
export async function takeStep(
  ctx: ExchangeContext,
  input: { actor: PersonRecord; applicationId: string; event: StepInput; recordingFor?: 'supervisor' | 'host'; version?: number },
): Promise<StepResult> {
  return inTransaction(ctx.db, async (trx): Promise<StepResult> => {
    const application = await getExchange(trx, input.applicationId);
    if (!application) return { outcome: 'unknown' };
    const applicant = await getPerson(trx, application.applicantId);
    const facts = await factsOf(trx, application, applicant?.email ?? null, ctx.now);
    const actor: Actor = { parties: await partiesOf(trx, input.actor, application), recordingFor: input.recordingFor };
    const year = budgetYear(application);
    let budgetLeftCents = 0;
    if (input.event.type === 'approveCosts' && year !== null) {
      const budget = (await lockBudget(trx, application.unitId, year)) ?? 0;
      budgetLeftCents = summarizeBudget(budget, await grantedExchanges(trx, application.unitId, year)).leftCents;
    }
    const event: ExchangeEvent = input.event.type === 'fileCosts'
      ? { type: 'fileCosts', actualCents: input.event.travelCents + input.event.stayCents }
      : input.event;
    const decided = decideExchange(facts, event, actor, { today: todayInFinland(ctx.now), budgetLeftCents });
    if (!decided.ok) {
      await refuse({ ...ctx, db: trx }, input.actor, input.event.type, application.id, decided.refusal);
      return { outcome: 'refused', refusal: decided.refusal };
    }
    if (input.version !== undefined && input.version !== application.version) return { outcome: 'refused', refusal: 'stale' };

    const change: ExchangeChange = { state: decided.state };
    const step = input.event;
    if (step.type === 'submit') {
      // From now on the supervisor and the host are people Kollega knows, by the addresses the applicant gave.
      change.supervisorId = (await findOrCreateInvitedPerson(trx, { email: application.supervisorEmail, name: application.supervisorName, now: ctx.now })).id;
      change.hostContactId = (await findOrCreateInvitedPerson(trx, { email: application.hostContactEmail, name: application.hostContactName, now: ctx.now })).id;
      change.lastReason = null;
    }
    if (step.type === 'requestChanges' || step.type === 'decline') change.lastReason = decided.entry.reason;
    if (step.type === 'acceptAsHost') Object.assign(change, { mentorName: step.mentorName.trim(), mentorEmail: step.mentorEmail?.trim().toLowerCase() || null });
    if (step.type === 'approveCosts') change.grantedCents = step.grantedCents;
    if (step.type === 'fileCosts') Object.assign(change, { actualTravelCents: step.travelCents, actualStayCents: step.stayCents });
    if (step.type === 'markReimbursed') change.reimbursedCents = reimbursement(application.grantedCents ?? 0, (application.actualTravelCents ?? 0) + (application.actualStayCents ?? 0));
    // Conditional on the version read: of two people acting at once, one wins and the other is told.
    if (!(await updateExchange(trx, application.id, application.version, change, ctx.now))) return { outcome: 'refused', refusal: 'stale' };
    const seq = application.version + 1;
    const recordedFor = decided.entry.recordedBy ? decided.entry.party : null;
    await appendHistory(trx, { applicationId: application.id, seq, action: step.type, party: decided.entry.party, actorId: input.actor.id, recordedFor, reason: decided.entry.reason, state: decided.state }, ctx.now);
    await audit(trx, { actor: input.actor.id, action: `exchange.${step.type}`, subjectType: 'exchangeApplication', subjectId: application.id, detail: { state: decided.state, ...(recordedFor ? { recordedFor } : {}) } }, ctx.now);
    await enqueue(trx, { kind: exchangeJobs.step, payload: { applicationId: application.id, seq }, idempotencyKey: `${exchangeJobs.step}:${application.id}:${seq}` }, ctx.now);
    if (step.type === 'approveCosts' && application.startsOn && application.endsOn) {
      const startsOn = application.startsOn;
      const remindAt = atNine(startsOn, -REMINDER_DAYS_BEFORE);
      await enqueue(trx, { kind: exchangeJobs.reminder, payload: { applicationId: application.id, startsOn }, idempotencyKey: `${exchangeJobs.reminder}:${application.id}:${startsOn}`, notBefore: remindAt < ctx.now ? ctx.now : remindAt }, ctx.now);
      await enqueue(trx, { kind: exchangeJobs.afterVisit, payload: { applicationId: application.id, endsOn: application.endsOn }, idempotencyKey: `${exchangeJobs.afterVisit}:${application.id}:${application.endsOn}`, notBefore: atNine(application.endsOn, 1) }, ctx.now);
    }
    return { outcome: 'done', application: (await getExchange(trx, application.id))! };
  });
}
