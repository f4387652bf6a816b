/**
 * What an applicant writes: the visit's plan. A draft may be unfinished, but never impossible (a host equal to
 * home, dates that are not 1 to 5 working days); a submission must be complete as well.
 */
import { dayNumber } from '../calendarDate';
import { visitDays, type VisitDatesProblem } from './workingDays';

export interface ExchangePlan {
  homeLibraryId: string;
  hostLibraryId: string | null;
  startsOn: string | null;
  endsOn: string | null;
  reciprocal: boolean;
  /** Reciprocal only: who comes back from the host library, and when. */
  returnVisitor: string | null;
  returnStartsOn: string | null;
  returnEndsOn: string | null;
  /** What the applicant expects and wants to do during the visit. */
  expectations: string;
  /** The area of expertise to deepen. */
  expertise: string;
  languagePractice: boolean;
  supervisorName: string;
  supervisorEmail: string;
  hostContactName: string;
  hostContactEmail: string;
  travelEstimateCents: number;
  stayEstimateCents: number;
}

/** Wrong whatever else is filled in: a draft with one of these is not saved. */
export type PlanError =
  | 'sameLibrary'
  | 'unknownLibrary'
  | `visit.${VisitDatesProblem}`
  | `return.${VisitDatesProblem}`
  | 'visitInPast'
  | 'returnInPast'
  | 'badSupervisorEmail'
  | 'badHostEmail'
  | 'supervisorIsApplicant';

/** Missing before a submission. */
export type PlanGap = 'hostMissing' | 'datesMissing' | 'returnMissing' | 'expectationsMissing' | 'expertiseMissing' | 'supervisorMissing' | 'hostContactMissing';

const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function datesError(prefix: 'visit' | 'return', startsOn: string | null, endsOn: string | null, today: number): PlanError | undefined {
  if (!startsOn || !endsOn) return undefined;
  const days = visitDays(startsOn, endsOn);
  if (!days.ok) return `${prefix}.${days.problem}`;
  return dayNumber(startsOn)! <= today ? (prefix === 'visit' ? 'visitInPast' : 'returnInPast') : undefined;
}

/**
 * The plan's errors and gaps. `knownLibrary` says whether an id is in the directory; `applicantEmail` keeps an
 * applicant from naming themselves as their own supervisor; `today` is the Finnish calendar day (a visit starts
 * tomorrow at the earliest: the parties need time to agree).
 */
export function checkPlan(plan: ExchangePlan, ctx: { today: number; knownLibrary: (id: string) => boolean; applicantEmail: string | null }): { errors: PlanError[]; gaps: PlanGap[] } {
  const errors: PlanError[] = [];
  const gaps: PlanGap[] = [];
  if (!ctx.knownLibrary(plan.homeLibraryId) || (plan.hostLibraryId && !ctx.knownLibrary(plan.hostLibraryId))) errors.push('unknownLibrary');
  if (plan.hostLibraryId === plan.homeLibraryId) errors.push('sameLibrary');
  const visit = datesError('visit', plan.startsOn, plan.endsOn, ctx.today);
  if (visit) errors.push(visit);
  if (plan.reciprocal) {
    const back = datesError('return', plan.returnStartsOn, plan.returnEndsOn, ctx.today);
    if (back) errors.push(back);
    if (!plan.returnVisitor?.trim() || !plan.returnStartsOn || !plan.returnEndsOn) gaps.push('returnMissing');
  }
  const supervisor = plan.supervisorEmail.trim().toLowerCase();
  if (supervisor && !email.test(supervisor)) errors.push('badSupervisorEmail');
  if (supervisor && supervisor === ctx.applicantEmail?.toLowerCase()) errors.push('supervisorIsApplicant');
  if (plan.hostContactEmail.trim() && !email.test(plan.hostContactEmail.trim())) errors.push('badHostEmail');

  if (!plan.hostLibraryId) gaps.push('hostMissing');
  if (!plan.startsOn || !plan.endsOn) gaps.push('datesMissing');
  if (!plan.expectations.trim()) gaps.push('expectationsMissing');
  if (!plan.expertise.trim()) gaps.push('expertiseMissing');
  if (!plan.supervisorName.trim() || !supervisor) gaps.push('supervisorMissing');
  if (!plan.hostContactName.trim() || !plan.hostContactEmail.trim()) gaps.push('hostContactMissing');
  return { errors, gaps };
}

/** The year whose budget pays the visit: that of its first day. */
export function budgetYear(plan: Pick<ExchangePlan, 'startsOn'>): number | null {
  return plan.startsOn ? Number(plan.startsOn.slice(0, 4)) : null;
}
