/**
 * A staff exchange application as a state machine, in the order the staff-exchange page gives: the applicant
 * writes (a draft, kept), submits; their own supervisor confirms; the host library accepts and names the
 * workplace mentor; the regional coordinator approves the costs against the year's budget. Any party whose turn
 * it is may ask for changes (the applicant edits and submits again, and the agreement starts over, since the plan
 * changed) or decline with a reason. After the visit the guest files the actual costs and the coordinator marks
 * them reimbursed. Plain data in, a decision out: who may, and what the application becomes.
 */
export const exchangeStates = ['draft', 'supervisorReview', 'hostReview', 'coordinatorReview', 'changesRequested', 'approved', 'reimbursed', 'declined', 'withdrawn'] as const;
export type ExchangeState = (typeof exchangeStates)[number];

export type Party = 'applicant' | 'supervisor' | 'host' | 'coordinator';

export type ExchangeEvent =
  | { type: 'edit' }
  | { type: 'submit' }
  | { type: 'confirm' }
  | { type: 'acceptAsHost'; mentorName: string }
  | { type: 'approveCosts'; grantedCents: number }
  | { type: 'requestChanges'; reason: string }
  | { type: 'decline'; reason: string }
  | { type: 'withdraw' }
  | { type: 'fileCosts'; actualCents: number }
  | { type: 'markReimbursed' };

export type ExchangeRefusal =
  | 'notYourTurn'
  | 'closed'
  | 'notEditable'
  | 'incomplete'
  | 'reasonRequired'
  | 'mentorRequired'
  | 'overBudget'
  | 'visitStarted'
  | 'visitNotOver'
  | 'costsNotFiled'
  | 'costsAlreadyFiled';

export interface ExchangeFacts {
  state: ExchangeState;
  /** Day numbers (calendar days) of the visit's first and last day. */
  visitStartsOn: number;
  visitEndsOn: number;
  /** Whether the applicant's plan has everything a submission needs (the form's own check). */
  planComplete: boolean;
  costsFiled: boolean;
  /** A supervisor or host outside the tenant cannot press a card: the coordinator records their word. */
  external: { supervisor: boolean; host: boolean };
}

export interface Actor {
  /** The parts this person plays in this application (a coordinator may also be someone's supervisor). */
  parties: ReadonlySet<Party>;
  /** A coordinator recording the word of an outside supervisor or host. */
  recordingFor?: 'supervisor' | 'host';
}

export interface HistoryEntry {
  action: ExchangeEvent['type'];
  /** The party the step belongs to; `recordedBy` is set when the coordinator recorded an outside party's word. */
  party: Party;
  recordedBy: 'coordinator' | null;
  reason: string | null;
}

export type Decision =
  | { ok: true; state: ExchangeState; entry: HistoryEntry; costsFiled: boolean }
  | { ok: false; refusal: ExchangeRefusal };

/** Whose turn it is in each step of the agreement. */
const turnOf: Partial<Record<ExchangeState, 'supervisor' | 'host' | 'coordinator'>> = {
  supervisorReview: 'supervisor',
  hostReview: 'host',
  coordinatorReview: 'coordinator',
};

const closed = new Set<ExchangeState>(['declined', 'withdrawn', 'reimbursed']);
const editable = new Set<ExchangeState>(['draft', 'changesRequested']);

/** The party the actor acts as for a step that belongs to `party`, or undefined when they may not. */
function actingAs(actor: Actor, party: Party, facts: ExchangeFacts): { party: Party; recordedBy: 'coordinator' | null } | undefined {
  if (actor.recordingFor) {
    const mayRecord = actor.recordingFor === party && actor.parties.has('coordinator') && facts.external[actor.recordingFor];
    return mayRecord ? { party, recordedBy: 'coordinator' } : undefined;
  }
  return actor.parties.has(party) ? { party, recordedBy: null } : undefined;
}

export function decideExchange(facts: ExchangeFacts, event: ExchangeEvent, actor: Actor, context: { today: number; budgetLeftCents: number }): Decision {
  const ok = (state: ExchangeState, as: { party: Party; recordedBy: 'coordinator' | null }, reason: string | null = null, costsFiled = facts.costsFiled): Decision => ({
    ok: true, state, costsFiled, entry: { action: event.type, party: as.party, recordedBy: as.recordedBy, reason },
  });
  const refuse = (refusal: ExchangeRefusal): Decision => ({ ok: false, refusal });

  // The applicant's own steps.
  if (event.type === 'edit' || event.type === 'submit' || event.type === 'withdraw' || event.type === 'fileCosts') {
    const as = actingAs(actor, 'applicant', facts);
    if (!as) return refuse('notYourTurn');
    if (closed.has(facts.state)) return refuse('closed');
    if (event.type === 'edit') return editable.has(facts.state) ? ok(facts.state, as) : refuse('notEditable');
    if (event.type === 'submit') {
      if (!editable.has(facts.state)) return refuse('notEditable');
      return facts.planComplete ? ok('supervisorReview', as) : refuse('incomplete');
    }
    if (event.type === 'withdraw') return context.today >= facts.visitStartsOn && facts.state === 'approved' ? refuse('visitStarted') : ok('withdrawn', as);
    if (facts.state !== 'approved') return refuse('notYourTurn');
    if (context.today <= facts.visitEndsOn) return refuse('visitNotOver');
    if (facts.costsFiled) return refuse('costsAlreadyFiled');
    return ok('approved', as, null, true);
  }

  if (event.type === 'markReimbursed') {
    const as = actingAs(actor, 'coordinator', facts);
    if (!as) return refuse('notYourTurn');
    if (closed.has(facts.state)) return refuse('closed');
    if (facts.state !== 'approved') return refuse('notYourTurn');
    return facts.costsFiled ? ok('reimbursed', as) : refuse('costsNotFiled');
  }

  // The agreement's steps: only the party whose turn it is.
  if (closed.has(facts.state)) return refuse('closed');
  const turn = turnOf[facts.state];
  const as = turn && actingAs(actor, turn, facts);
  if (!turn || !as) return refuse('notYourTurn');
  switch (event.type) {
    case 'requestChanges':
    case 'decline': {
      const reason = event.reason.trim();
      if (!reason) return refuse('reasonRequired');
      return ok(event.type === 'decline' ? 'declined' : 'changesRequested', as, reason);
    }
    case 'confirm':
      return turn === 'supervisor' ? ok('hostReview', as) : refuse('notYourTurn');
    case 'acceptAsHost':
      if (turn !== 'host') return refuse('notYourTurn');
      return event.mentorName.trim() ? ok('coordinatorReview', as) : refuse('mentorRequired');
    case 'approveCosts':
      if (turn !== 'coordinator') return refuse('notYourTurn');
      return event.grantedCents > context.budgetLeftCents ? refuse('overBudget') : ok('approved', as);
  }
}

/** Feedback comes after the visit: the guest to the host and to the unit, the host about the guest. */
export function feedbackProblem(facts: Pick<ExchangeFacts, 'state' | 'visitEndsOn'>, today: number): 'notApproved' | 'visitNotOver' | undefined {
  if (facts.state !== 'approved' && facts.state !== 'reimbursed') return 'notApproved';
  return today <= facts.visitEndsOn ? 'visitNotOver' : undefined;
}

/** A sample of each step, to ask the machine which ones a person could take now (for the buttons they see). */
const sampleSteps: readonly ExchangeEvent[] = [
  { type: 'edit' }, { type: 'submit' }, { type: 'confirm' }, { type: 'acceptAsHost', mentorName: 'x' }, { type: 'approveCosts', grantedCents: 0 },
  { type: 'requestChanges', reason: 'x' }, { type: 'decline', reason: 'x' }, { type: 'withdraw' }, { type: 'fileCosts', actualCents: 0 }, { type: 'markReimbursed' },
];

/**
 * The steps open to the actor now. A step refused only for its content (an incomplete plan, the budget, costs
 * not yet filed) still counts: the person sees the button and hears why when they press it.
 */
export function possibleSteps(facts: ExchangeFacts, actor: Actor, today: number): ExchangeEvent['type'][] {
  const contentOnly = new Set<ExchangeRefusal>(['incomplete', 'overBudget', 'costsNotFiled']);
  return sampleSteps
    .filter((step) => {
      const decision = decideExchange(facts, step, actor, { today, budgetLeftCents: Number.MAX_SAFE_INTEGER });
      return decision.ok || contentOnly.has(decision.refusal);
    })
    .map((step) => step.type);
}
