/**
 * A unit's staff-exchange budget for a year: what was granted (approved costs), what was spent (reimbursed), what
 * is left. An approved exchange holds its grant until it is reimbursed; then it holds what was paid, which is
 * the actual costs up to the grant.
 */
import type { ExchangeState } from './application';

export interface BudgetLine {
  state: ExchangeState;
  grantedCents: number | null;
  reimbursedCents: number | null;
}

export interface BudgetSummary {
  budgetCents: number;
  grantedCents: number;
  spentCents: number;
  leftCents: number;
}

export function summarizeBudget(budgetCents: number, lines: readonly BudgetLine[]): BudgetSummary {
  let grantedCents = 0;
  let spentCents = 0;
  let heldCents = 0;
  for (const line of lines) {
    if (line.state === 'approved') {
      grantedCents += line.grantedCents ?? 0;
      heldCents += line.grantedCents ?? 0;
    } else if (line.state === 'reimbursed') {
      grantedCents += line.grantedCents ?? 0;
      spentCents += line.reimbursedCents ?? 0;
      heldCents += line.reimbursedCents ?? 0;
    }
  }
  return { budgetCents, grantedCents, spentCents, leftCents: budgetCents - heldCents };
}

/** What the unit pays back: the receipts' total, but never more than it granted. */
export function reimbursement(grantedCents: number, actualCents: number): number {
  return Math.min(grantedCents, actualCents);
}
