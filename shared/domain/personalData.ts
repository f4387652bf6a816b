/**
 * Rules of personal data that are not about storage: what an erasure does with an exchange application. The unit
 * keeps what it must account for (costs approved for a visit that began, or costs reimbursed); anything the
 * applicant could still have withdrawn, or that ended without money, goes.
 */
import { decideExchange, type ExchangeFacts } from './exchange/application';

export type ExchangeOnErasure = 'delete' | 'anonymise';

export function exchangeOnErasure(facts: ExchangeFacts, today: number): ExchangeOnErasure {
  // Asked as the applicant's own withdrawal: allowed means nothing was spent or held that the unit must keep.
  const withdrawal = decideExchange(facts, { type: 'withdraw' }, { parties: new Set(['applicant']) }, { today, budgetLeftCents: 0 });
  if (withdrawal.ok) return 'delete';
  return holdsCosts(facts.state) ? 'anonymise' : 'delete';
}

/** States whose costs count in a unit's budget (shared/domain/exchange/budget.ts). */
export const holdsCosts = (state: ExchangeFacts['state']): boolean => state === 'approved' || state === 'reimbursed';
