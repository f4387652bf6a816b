import { decideExchange, exchangeStates, feedbackProblem, possibleSteps, type Actor, type ExchangeEvent, type ExchangeFacts, type ExchangeState, type Party } from './application';

const VISIT_START = 20_000;
const before = { today: VISIT_START - 10, budgetLeftCents: 100_000 };
const facts = (state: ExchangeState, more: Partial<ExchangeFacts> = {}): ExchangeFacts => ({
  state, visitStartsOn: VISIT_START, visitEndsOn: VISIT_START + 2, planComplete: true, costsFiled: false, external: { supervisor: false, host: false }, ...more,
});
const as = (...parties: Party[]) => ({ parties: new Set(parties) });

const events: ExchangeEvent[] = [
  { type: 'edit' },
  { type: 'submit' },
  { type: 'confirm' },
  { type: 'acceptAsHost', mentorName: 'Maria Mentor' },
  { type: 'approveCosts', grantedCents: 45_000 },
  { type: 'requestChanges', reason: 'Other dates, please.' },
  { type: 'decline', reason: 'No room this spring.' },
  { type: 'withdraw' },
  { type: 'fileCosts', actualCents: 41_000 },
  { type: 'markReimbursed' },
];
const parties: Party[] = ['applicant', 'supervisor', 'host', 'coordinator'];

/** Every step that is allowed before the visit, as "state / event / party → new state"; all else is refused. */
const allowed: Record<string, ExchangeState> = {
  'draft/edit/applicant': 'draft',
  'draft/submit/applicant': 'supervisorReview',
  'draft/withdraw/applicant': 'withdrawn',
  'changesRequested/edit/applicant': 'changesRequested',
  'changesRequested/submit/applicant': 'supervisorReview',
  'changesRequested/withdraw/applicant': 'withdrawn',
  'supervisorReview/confirm/supervisor': 'hostReview',
  'supervisorReview/requestChanges/supervisor': 'changesRequested',
  'supervisorReview/decline/supervisor': 'declined',
  'supervisorReview/withdraw/applicant': 'withdrawn',
  'hostReview/acceptAsHost/host': 'coordinatorReview',
  'hostReview/requestChanges/host': 'changesRequested',
  'hostReview/decline/host': 'declined',
  'hostReview/withdraw/applicant': 'withdrawn',
  'coordinatorReview/approveCosts/coordinator': 'approved',
  'coordinatorReview/requestChanges/coordinator': 'changesRequested',
  'coordinatorReview/decline/coordinator': 'declined',
  'coordinatorReview/withdraw/applicant': 'withdrawn',
  'approved/withdraw/applicant': 'withdrawn',
};

describe('the staff exchange application', () => {
  const cases = exchangeStates.flatMap((state) => events.flatMap((event) => parties.map((party) => [`${state}/${event.type}/${party}`, state, event, party] as const)));

  it.each(cases)('%s', (key, state, event, party) => {
    const decision = decideExchange(facts(state), event, as(party), before);
    if (allowed[key]) {
      expect(decision).toMatchObject({ ok: true, state: allowed[key], entry: { action: event.type, party, recordedBy: null } });
    } else {
      expect(decision.ok).toBe(false);
    }
  });

  it('lists only transitions that exist', () => {
    const keys = new Set<string>(cases.map(([key]) => key));
    expect(Object.keys(allowed).filter((k) => !keys.has(k))).toEqual([]);
  });

  it('keeps the reason of a request for changes or a decline, and refuses one without', () => {
    expect(decideExchange(facts('hostReview'), { type: 'decline', reason: '  No room.  ' }, as('host'), before)).toMatchObject({ ok: true, entry: { reason: 'No room.' } });
    expect(decideExchange(facts('hostReview'), { type: 'decline', reason: ' ' }, as('host'), before)).toEqual({ ok: false, refusal: 'reasonRequired' });
    expect(decideExchange(facts('supervisorReview'), { type: 'requestChanges', reason: '' }, as('supervisor'), before)).toEqual({ ok: false, refusal: 'reasonRequired' });
  });

  it('says why a step is refused', () => {
    expect(decideExchange(facts('draft', { planComplete: false }), { type: 'submit' }, as('applicant'), before)).toEqual({ ok: false, refusal: 'incomplete' });
    expect(decideExchange(facts('hostReview'), { type: 'edit' }, as('applicant'), before)).toEqual({ ok: false, refusal: 'notEditable' });
    expect(decideExchange(facts('hostReview'), { type: 'acceptAsHost', mentorName: ' ' }, as('host'), before)).toEqual({ ok: false, refusal: 'mentorRequired' });
    expect(decideExchange(facts('coordinatorReview'), { type: 'approveCosts', grantedCents: 100_001 }, as('coordinator'), before)).toEqual({ ok: false, refusal: 'overBudget' });
    expect(decideExchange(facts('coordinatorReview'), { type: 'approveCosts', grantedCents: 100_000 }, as('coordinator'), before)).toMatchObject({ ok: true, state: 'approved' });
    expect(decideExchange(facts('declined'), { type: 'withdraw' }, as('applicant'), before)).toEqual({ ok: false, refusal: 'closed' });
    expect(decideExchange(facts('hostReview'), { type: 'confirm' }, as('supervisor'), before)).toEqual({ ok: false, refusal: 'notYourTurn' });
    expect(decideExchange(facts('approved'), { type: 'fileCosts', actualCents: 1 }, as('applicant'), before)).toEqual({ ok: false, refusal: 'visitNotOver' });
    expect(decideExchange(facts('approved'), { type: 'markReimbursed' }, as('coordinator'), before)).toEqual({ ok: false, refusal: 'costsNotFiled' });
  });

  it('lets the guest file the costs once after the visit, and the coordinator then mark them reimbursed', () => {
    const after = { ...before, today: VISIT_START + 3 };
    expect(decideExchange(facts('approved'), { type: 'withdraw' }, as('applicant'), { ...before, today: VISIT_START })).toEqual({ ok: false, refusal: 'visitStarted' });
    expect(decideExchange(facts('approved'), { type: 'fileCosts', actualCents: 41_000 }, as('applicant'), after)).toMatchObject({ ok: true, state: 'approved', costsFiled: true });
    expect(decideExchange(facts('approved', { costsFiled: true }), { type: 'fileCosts', actualCents: 1 }, as('applicant'), after)).toEqual({ ok: false, refusal: 'costsAlreadyFiled' });
    expect(decideExchange(facts('approved', { costsFiled: true }), { type: 'markReimbursed' }, as('applicant'), after)).toEqual({ ok: false, refusal: 'notYourTurn' });
    expect(decideExchange(facts('approved', { costsFiled: true }), { type: 'markReimbursed' }, as('coordinator'), after)).toMatchObject({ ok: true, state: 'reimbursed' });
  });

  it('lets a coordinator record the word of an outside supervisor or host, and only theirs', () => {
    const outside = { supervisor: true, host: false };
    const recorded = decideExchange(facts('supervisorReview', { external: outside }), { type: 'confirm' }, { parties: new Set<Party>(['coordinator']), recordingFor: 'supervisor' }, before);
    expect(recorded).toMatchObject({ ok: true, state: 'hostReview', entry: { party: 'supervisor', recordedBy: 'coordinator' } });
    expect(decideExchange(facts('hostReview', { external: outside }), { type: 'acceptAsHost', mentorName: 'M' }, { parties: new Set<Party>(['coordinator']), recordingFor: 'host' }, before))
      .toEqual({ ok: false, refusal: 'notYourTurn' });
    expect(decideExchange(facts('supervisorReview', { external: outside }), { type: 'confirm' }, { parties: new Set<Party>(['applicant']), recordingFor: 'supervisor' }, before))
      .toEqual({ ok: false, refusal: 'notYourTurn' });
  });

  it('lets someone who is both the supervisor and a coordinator act in each part, one at a time', () => {
    const both = as('supervisor', 'coordinator');
    expect(decideExchange(facts('supervisorReview'), { type: 'confirm' }, both, before)).toMatchObject({ ok: true, entry: { party: 'supervisor' } });
    expect(decideExchange(facts('coordinatorReview'), { type: 'approveCosts', grantedCents: 1 }, both, before)).toMatchObject({ ok: true, entry: { party: 'coordinator' } });
  });

  it('takes feedback only after an approved visit is over', () => {
    expect(feedbackProblem({ state: 'approved', visitEndsOn: VISIT_START + 2 }, VISIT_START + 2)).toBe('visitNotOver');
    expect(feedbackProblem({ state: 'approved', visitEndsOn: VISIT_START + 2 }, VISIT_START + 3)).toBeUndefined();
    expect(feedbackProblem({ state: 'reimbursed', visitEndsOn: VISIT_START + 2 }, VISIT_START + 30)).toBeUndefined();
    expect(feedbackProblem({ state: 'declined', visitEndsOn: VISIT_START + 2 }, VISIT_START + 30)).toBe('notApproved');
  });
});

describe('the steps a person sees', () => {
  const facts = (state: ExchangeFacts['state'], over: Partial<ExchangeFacts> = {}): ExchangeFacts => ({
    state, visitStartsOn: 100, visitEndsOn: 102, planComplete: true, costsFiled: false, external: { supervisor: false, host: false }, ...over,
  });
  const as = (...parties: Party[]): Actor => ({ parties: new Set(parties) });

  it('shows the supervisor confirm, ask for changes and decline, and nothing to anyone else', () => {
    expect(possibleSteps(facts('supervisorReview'), as('supervisor'), 50)).toEqual(['confirm', 'requestChanges', 'decline']);
    expect(possibleSteps(facts('supervisorReview'), as('host'), 50)).toEqual([]);
  });

  it('shows the applicant edit and submit on a draft even before it is complete', () => {
    expect(possibleSteps(facts('draft', { planComplete: false }), as('applicant'), 50)).toEqual(['edit', 'submit', 'withdraw']);
  });

  it('shows the coordinator recording an outside host only while that host is outside Kollega', () => {
    const recording: Actor = { parties: new Set(['coordinator']), recordingFor: 'host' };
    expect(possibleSteps(facts('hostReview', { external: { supervisor: false, host: true } }), recording, 50)).toEqual(['acceptAsHost', 'requestChanges', 'decline']);
    expect(possibleSteps(facts('hostReview'), recording, 50)).toEqual([]);
  });

  it('shows the guest the costs only after the visit', () => {
    expect(possibleSteps(facts('approved'), as('applicant'), 101)).toEqual([]);
    expect(possibleSteps(facts('approved'), as('applicant'), 90)).toEqual(['withdraw']);
    expect(possibleSteps(facts('approved'), as('applicant'), 103)).toEqual(['fileCosts']);
  });
});
