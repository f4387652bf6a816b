import { answerEvent, answersOpen, planProblems, seatsOpened, type EventForAnswer, type Rsvp } from './events';

const now = new Date('2027-01-10T10:00:00Z');
const at = (iso: string) => new Date(iso);
const plan = { startsAt: at('2027-02-02T12:00:00Z'), endsAt: at('2027-02-02T13:00:00Z'), rsvpDeadline: null, capacity: 3 };
const event = (over: Partial<EventForAnswer> = {}): EventForAnswer => ({ ...plan, cancelled: false, confirmed: 0, waitlisted: 0, ...over });

describe('an event plan', () => {
  it('is fine when it ends after it starts, in the future, with its deadline before the start', () => {
    expect(planProblems({ ...plan, rsvpDeadline: at('2027-02-01T12:00:00Z') }, now)).toEqual([]);
    expect(planProblems({ ...plan, capacity: null }, now)).toEqual([]);
    expect(planProblems({ ...plan, capacity: 0 }, now)).toEqual([]); // waitlist only
  });

  it('names each thing that is wrong', () => {
    expect(planProblems({ ...plan, endsAt: plan.startsAt }, now)).toEqual(['endNotAfterStart']);
    expect(planProblems({ ...plan, endsAt: at('2027-02-09T12:00:00Z') }, now)).toEqual(['tooLong']);
    expect(planProblems({ ...plan, startsAt: at('2027-01-09T12:00:00Z'), endsAt: at('2027-01-09T13:00:00Z') }, now)).toEqual(['startInPast']);
    expect(planProblems({ ...plan, rsvpDeadline: at('2027-02-02T12:30:00Z') }, now)).toEqual(['deadlineAfterStart']);
    expect(planProblems({ ...plan, capacity: -1 }, now)).toEqual(['capacityNegative']);
    expect(planProblems({ ...plan, capacity: 2 }, now, 3)).toEqual(['capacityBelowConfirmed']);
  });
});

describe('answering an event', () => {
  const going = (seq: number, status: Rsvp['status'] = 'confirmed'): Rsvp => ({ answer: 'going', status, seq });

  it('gives a seat while there is one, then a place on the waitlist, in the order people answer', () => {
    expect(answerEvent(event({ confirmed: 2 }), undefined, 'going', now, 7)).toEqual({ ok: true, changed: true, rsvp: going(7), freesSeat: false });
    expect(answerEvent(event({ confirmed: 3 }), undefined, 'going', now, 8)).toEqual({ ok: true, changed: true, rsvp: going(8, 'waitlisted'), freesSeat: false });
    expect(answerEvent(event({ capacity: null, confirmed: 500 }), undefined, 'going', now, 9)).toMatchObject({ rsvp: going(9) });
  });

  it('puts everyone on the waitlist when the capacity is 0', () => {
    expect(answerEvent(event({ capacity: 0 }), undefined, 'going', now, 1)).toMatchObject({ rsvp: going(1, 'waitlisted') });
  });

  it('never jumps the queue: with people waiting, a newcomer waits too', () => {
    expect(answerEvent(event({ confirmed: 2, waitlisted: 1 }), undefined, 'going', now, 5)).toMatchObject({ rsvp: going(5, 'waitlisted') });
  });

  it('frees a seat when someone who had one answers maybe or not going, and not when someone waiting does', () => {
    expect(answerEvent(event({ confirmed: 3 }), going(1), 'notGoing', now, 9)).toEqual({
      ok: true,
      changed: true,
      rsvp: { answer: 'notGoing', status: null, seq: null },
      freesSeat: true,
    });
    expect(answerEvent(event({ confirmed: 3, waitlisted: 1 }), going(4, 'waitlisted'), 'maybe', now, 9)).toMatchObject({ freesSeat: false });
    expect(answerEvent(event(), { answer: 'maybe', status: null, seq: null }, 'notGoing', now, 9)).toMatchObject({ freesSeat: false });
  });

  it('changes nothing when the same answer comes again', () => {
    expect(answerEvent(event({ confirmed: 3 }), going(2), 'going', now, 9)).toEqual({ ok: true, changed: false, rsvp: going(2) });
    expect(answerEvent(event(), { answer: 'maybe', status: null, seq: null }, 'maybe', now, 9)).toMatchObject({ changed: false });
  });

  it('refuses answers to a cancelled or started event, or after the deadline', () => {
    expect(answerEvent(event({ cancelled: true }), undefined, 'going', now, 1)).toEqual({ ok: false, refusal: 'cancelled' });
    expect(answerEvent(event(), undefined, 'going', plan.startsAt, 1)).toEqual({ ok: false, refusal: 'started' });
    const deadline = at('2027-02-01T12:00:00Z');
    expect(answerEvent(event({ rsvpDeadline: deadline }), undefined, 'going', deadline, 1)).toMatchObject({ ok: true });
    expect(answerEvent(event({ rsvpDeadline: deadline }), undefined, 'going', at('2027-02-01T12:00:01Z'), 1)).toEqual({ ok: false, refusal: 'deadlinePassed' });
    expect(answersOpen(event({ rsvpDeadline: deadline }), at('2027-02-01T12:00:01Z'))).toBe(false);
    expect(answersOpen(event(), now)).toBe(true);
  });
});

describe('a capacity change', () => {
  it('opens as many seats as the new capacity leaves, or all with no limit', () => {
    expect(seatsOpened(3, 5)).toBe(2);
    expect(seatsOpened(3, 3)).toBe(0);
    expect(seatsOpened(3, null)).toBe(Number.POSITIVE_INFINITY);
  });
});
