import { reimbursement, summarizeBudget } from './budget';

describe('a unit\'s exchange budget', () => {
  it('holds the grant of an approved exchange and what was paid for a reimbursed one', () => {
    const summary = summarizeBudget(500_00, [
      { state: 'approved', grantedCents: 120_00, reimbursedCents: null },
      { state: 'reimbursed', grantedCents: 200_00, reimbursedCents: 150_00 },
      { state: 'coordinatorReview', grantedCents: null, reimbursedCents: null },
      { state: 'declined', grantedCents: null, reimbursedCents: null },
    ]);
    expect(summary).toEqual({ budgetCents: 500_00, grantedCents: 320_00, spentCents: 150_00, leftCents: 230_00 });
  });

  it('has all of it left when nothing was granted', () => {
    expect(summarizeBudget(1000_00, []).leftCents).toBe(1000_00);
  });

  it('pays the receipts back up to the grant', () => {
    expect(reimbursement(200_00, 150_00)).toBe(150_00);
    expect(reimbursement(200_00, 260_00)).toBe(200_00);
  });
});
