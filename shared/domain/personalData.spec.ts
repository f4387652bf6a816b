import { describe, expect, it } from '@jest/globals';
import type { ExchangeFacts } from './exchange/application';
import { exchangeOnErasure } from './personalData';

const today = 20_000;
const facts = (over: Partial<ExchangeFacts>): ExchangeFacts => ({
  state: 'draft', visitStartsOn: today + 10, visitEndsOn: today + 12, planComplete: true, costsFiled: false, external: { supervisor: false, host: false }, ...over,
});

describe('an exchange application on erasure', () => {
  it.each(['draft', 'supervisorReview', 'hostReview', 'coordinatorReview', 'changesRequested', 'declined', 'withdrawn'] as const)('goes when %s: nothing was spent', (state) => {
    expect(exchangeOnErasure(facts({ state }), today)).toBe('delete');
  });

  it('goes when approved for a visit still ahead: the grant goes back to the budget', () => {
    expect(exchangeOnErasure(facts({ state: 'approved' }), today)).toBe('delete');
  });

  it('stays, anonymised, when approved for a visit that began, or reimbursed: the unit accounts for the costs', () => {
    expect(exchangeOnErasure(facts({ state: 'approved', visitStartsOn: today, visitEndsOn: today + 1 }), today)).toBe('anonymise');
    expect(exchangeOnErasure(facts({ state: 'approved', visitStartsOn: today - 20, visitEndsOn: today - 18, costsFiled: true }), today)).toBe('anonymise');
    expect(exchangeOnErasure(facts({ state: 'reimbursed', visitStartsOn: today - 20, visitEndsOn: today - 18 }), today)).toBe('anonymise');
  });
});
