import { applyProblem, decideApplication, type GroupApplication } from './groupApplication';

const pending: GroupApplication = { personId: 'aino', state: 'pending', reason: null };
const coordinator = { personId: 'elina', view: { role: undefined, coordinates: true } };
const mentor = { personId: 'mentor', view: { role: 'mentor' as const, coordinates: false } };
const applicant = { personId: 'aino', view: { role: undefined, coordinates: false } };
const roomy = { members: 5, capacity: 8 };

describe('applying to a support group', () => {
  it('is open to someone outside the group, once, while the season lasts', () => {
    expect(applyProblem({ role: undefined, coordinates: false }, false, false)).toBeUndefined();
    expect(applyProblem({ role: 'member', coordinates: false }, false, false)).toBe('alreadyInGroup');
    expect(applyProblem({ role: undefined, coordinates: false }, false, true)).toBe('alreadyApplied');
    expect(applyProblem({ role: undefined, coordinates: false }, true, false)).toBe('seasonOver');
  });

  it('is decided by a coordinator, withdrawn only by the applicant, and decided once', () => {
    expect(decideApplication(pending, { type: 'accept' }, coordinator, roomy)).toEqual({ ok: true, application: { ...pending, state: 'accepted' } });
    expect(decideApplication(pending, { type: 'decline', reason: ' Ryhmä on jo koossa. ' }, coordinator, roomy)).toEqual({ ok: true, application: { ...pending, state: 'declined', reason: 'Ryhmä on jo koossa.' } });
    expect(decideApplication(pending, { type: 'accept' }, mentor, roomy)).toEqual({ ok: false, refusal: 'forbidden' });
    expect(decideApplication(pending, { type: 'accept' }, applicant, roomy)).toEqual({ ok: false, refusal: 'forbidden' });
    expect(decideApplication(pending, { type: 'withdraw' }, coordinator, roomy)).toEqual({ ok: false, refusal: 'forbidden' });
    expect(decideApplication(pending, { type: 'withdraw' }, applicant, roomy)).toMatchObject({ ok: true, application: { state: 'withdrawn' } });
    expect(decideApplication({ ...pending, state: 'accepted' }, { type: 'decline' }, coordinator, roomy)).toEqual({ ok: false, refusal: 'alreadyDecided' });
  });

  it('accepts nobody into a full group, but may still decline', () => {
    const full = { members: 8, capacity: 8 };
    expect(decideApplication(pending, { type: 'accept' }, coordinator, full)).toEqual({ ok: false, refusal: 'full' });
    expect(decideApplication(pending, { type: 'decline' }, coordinator, full)).toMatchObject({ ok: true });
    expect(decideApplication(pending, { type: 'accept' }, coordinator, { members: 30, capacity: null })).toMatchObject({ ok: true });
  });
});
