import { isSamePerson, standing, transition, type Actor, type JoinRequest, type JoinRequestState } from './joinRequest';

const at = '2027-01-12T10:00:00.000Z';
const request = (state: JoinRequestState = 'pending'): JoinRequest => ({
  id: 'r1',
  networkId: 'severi',
  personId: 'requester',
  state,
  decidedBy: null,
  decidedAt: null,
  reason: null,
});
const coordinator: Actor = { personId: 'elina', coordinatorOf: new Set(['severi']) };
const otherCoordinator: Actor = { personId: 'tiina', coordinatorOf: new Set(['lanu']) };
const requester: Actor = { personId: 'requester', coordinatorOf: new Set() };
const stranger: Actor = { personId: 'someone', coordinatorOf: new Set() };

describe('join request transitions', () => {
  it('lets a coordinator of the network approve a pending request', () => {
    expect(transition(request(), { type: 'approve' }, coordinator, at)).toEqual({
      ok: true,
      request: { ...request(), state: 'approved', decidedBy: 'elina', decidedAt: at, reason: null },
    });
  });

  it('lets a coordinator decline, keeping a trimmed reason (and none for blank)', () => {
    const declined = transition(request(), { type: 'decline', reason: '  Please join Lanu instead. ' }, coordinator, at);
    expect(declined).toMatchObject({ ok: true, request: { state: 'declined', reason: 'Please join Lanu instead.' } });
    expect(transition(request(), { type: 'decline', reason: '   ' }, coordinator, at)).toMatchObject({ request: { reason: null } });
  });

  it('lets the requester withdraw their own pending request', () => {
    expect(transition(request(), { type: 'withdraw' }, requester, at)).toMatchObject({
      ok: true,
      request: { state: 'withdrawn', decidedBy: 'requester' },
    });
  });

  it.each([
    ['a coordinator of another network approves', { type: 'approve' } as const, otherCoordinator],
    ['a stranger approves', { type: 'approve' } as const, stranger],
    ['the requester approves their own request', { type: 'approve' } as const, requester],
    ['a stranger declines', { type: 'decline' } as const, stranger],
    ['a coordinator withdraws someone else\'s request', { type: 'withdraw' } as const, coordinator],
    ['a stranger withdraws', { type: 'withdraw' } as const, stranger],
  ])('refuses when %s, and leaves the request as it was', (_label, event, actor) => {
    expect(transition(request(), event, actor, at)).toEqual({ ok: false, refusal: 'forbidden', request: request() });
  });

  it.each(['approved', 'declined', 'withdrawn'] as const)('refuses every move from %s: a stale card cannot decide again', (state) => {
    expect(transition(request(state), { type: 'approve' }, coordinator, at)).toMatchObject({ ok: false, refusal: 'already-decided' });
    expect(transition(request(state), { type: 'decline' }, coordinator, at)).toMatchObject({ ok: false, refusal: 'already-decided' });
    expect(transition(request(state), { type: 'withdraw' }, requester, at)).toMatchObject({ ok: false, refusal: 'already-decided' });
  });

  it('tells an outsider "forbidden", not whether the request was decided', () => {
    expect(transition(request('approved'), { type: 'approve' }, stranger, at)).toMatchObject({ refusal: 'forbidden' });
  });
});

describe('standing', () => {
  it('shows member before pending before can-ask', () => {
    expect(standing(true, true)).toBe('member');
    expect(standing(false, true)).toBe('pending');
    expect(standing(false, false)).toBe('can-ask');
  });
});

describe('isSamePerson (naming coordinators)', () => {
  it('matches by Entra object id or by e-mail, ignoring case', () => {
    expect(isSamePerson({ aadObjectId: 'ABC', email: null }, { aadObjectId: 'abc', email: 'x@y.fi' })).toBe(true);
    expect(isSamePerson({ aadObjectId: null, email: 'Elina@Porvoo.fi' }, { aadObjectId: null, email: 'elina@porvoo.fi' })).toBe(true);
  });

  it('never matches on missing values', () => {
    expect(isSamePerson({ aadObjectId: null, email: null }, { aadObjectId: null, email: null })).toBe(false);
    expect(isSamePerson({ aadObjectId: 'a', email: 'a@b.fi' }, { aadObjectId: 'b', email: 'c@d.fi' })).toBe(false);
  });
});
