/**
 * The coordinator's view of their units' staff exchange for a year: the applications by state, each unit's
 * budget (granted, spent, left), exchanges per library and municipality, and the feedback.
 */
import type { ExchangeOverviewView, LibrarySummary } from '../api/exchangeContract';
import { summarizeBudget, type BudgetSummary } from '../domain/exchange/budget';
import { budgetYear } from '../domain/exchange/plan';
import { audit } from '../store/repositories/audit';
import { listUnits } from '../store/repositories/catalog';
import { grantedExchanges, listBudgets, listUnitExchanges, setBudget, type ExchangeRecord } from '../store/repositories/exchange';
import { listFeedback, type FeedbackRecord } from '../store/repositories/exchangeAfter';
import { getPerson, type PersonRecord } from '../store/repositories/people';
import type { ExchangeContext } from './exchange';
import { libraryById } from './exchangeViews';
import { coordinatedUnits } from './mentoring';

export interface OverviewRow extends ExchangeRecord {
  applicantName: string | null;
  homeLibrary: LibrarySummary | null;
  hostLibrary: LibrarySummary | null;
}

export interface LibraryCount {
  library: LibrarySummary;
  /** Staff of this library who visited elsewhere, and guests it hosted (approved or reimbursed exchanges). */
  sent: number;
  hosted: number;
}

export interface ExchangeOverview extends ExchangeOverviewView {
  year: number;
  units: { id: string; name: { fi: string; sv: string; en: string }; budget: BudgetSummary; budgetSet: boolean }[];
  applications: OverviewRow[];
  libraries: LibraryCount[];
  feedback: (FeedbackRecord & { hostLibraryId: string | null })[];
}

export async function exchangeOverview(ctx: ExchangeContext, actor: PersonRecord, year: number): Promise<{ outcome: 'ok'; overview: ExchangeOverview } | { outcome: 'forbidden' }> {
  const unitIds = [...(await coordinatedUnits(ctx.db, actor))];
  if (unitIds.length === 0) return { outcome: 'forbidden' };
  const units = (await listUnits(ctx.db)).filter((u) => unitIds.includes(u.id));
  const budgets = await listBudgets(ctx.db, unitIds);
  const summaries = [];
  for (const unit of units) {
    const set = budgets.find((b) => b.unitId === unit.id && b.year === year);
    summaries.push({ id: unit.id, name: unit.name, budget: summarizeBudget(set?.amountCents ?? 0, await grantedExchanges(ctx.db, unit.id, year)), budgetSet: set !== undefined });
  }
  // An application without dates yet belongs to no year: it is shown with the year it was made in.
  const ofYear = (await listUnitExchanges(ctx.db, unitIds)).filter((a) => (budgetYear(a) ?? Number(a.createdAt.slice(0, 4))) === year);
  const names = new Map<string, string | null>();
  for (const a of ofYear) if (!names.has(a.applicantId)) names.set(a.applicantId, (await getPerson(ctx.db, a.applicantId))?.displayName ?? null);
  const applications = ofYear.map((a) => ({ ...a, applicantName: names.get(a.applicantId) ?? null, homeLibrary: libraryById(a.homeLibraryId), hostLibrary: libraryById(a.hostLibraryId) }));

  const counts = new Map<string, LibraryCount>();
  const count = (library: LibrarySummary | null, key: 'sent' | 'hosted') => {
    if (!library) return;
    const entry = counts.get(library.id) ?? { library, sent: 0, hosted: 0 };
    entry[key] += 1;
    counts.set(library.id, entry);
  };
  for (const a of applications.filter((x) => x.state === 'approved' || x.state === 'reimbursed')) {
    count(a.homeLibrary, 'sent');
    count(a.hostLibrary, 'hosted');
  }
  const hostOf = new Map(applications.map((a) => [a.id, a.hostLibraryId]));
  const feedback = (await listFeedback(ctx.db, applications.map((a) => a.id))).map((f) => ({ ...f, hostLibraryId: hostOf.get(f.applicationId) ?? null }));
  return {
    outcome: 'ok',
    overview: { year, units: summaries, applications, libraries: [...counts.values()].sort((a, b) => b.sent + b.hosted - (a.sent + a.hosted) || a.library.name.fi.localeCompare(b.library.name.fi, 'fi')), feedback },
  };
}

export async function setExchangeBudget(ctx: ExchangeContext, input: { actor: PersonRecord; unitId: string; year: number; amountCents: number }): Promise<'done' | 'forbidden' | 'unknownUnit'> {
  if (!(await listUnits(ctx.db)).some((u) => u.id === input.unitId)) return 'unknownUnit';
  if (!(await coordinatedUnits(ctx.db, input.actor)).has(input.unitId)) {
    await audit(ctx.db, { actor: input.actor.id, action: 'exchange.budget.refused', subjectType: 'unit', subjectId: input.unitId }, ctx.now);
    return 'forbidden';
  }
  await setBudget(ctx.db, { unitId: input.unitId, year: input.year, amountCents: input.amountCents, setBy: input.actor.id }, ctx.now);
  await audit(ctx.db, { actor: input.actor.id, action: 'exchange.budget.set', subjectType: 'unit', subjectId: input.unitId, detail: { year: input.year, amountCents: input.amountCents } }, ctx.now);
  return 'done';
}
