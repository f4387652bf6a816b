import { decideBooking, stepsOpen, type BookingEvent, type BookingState } from './gameBooking';

const coordinator = { booker: false, coordinator: true };
const booker = { booker: true, coordinator: false };
const outsider = { booker: false, coordinator: false };

describe('a game booking', () => {
  it('goes requested → confirmed → handed over → returned, by the coordinator', () => {
    let state: BookingState = 'requested';
    for (const [event, next] of [[{ type: 'confirm' }, 'confirmed'], [{ type: 'handOver', note: null }, 'handedOver'], [{ type: 'return', condition: 'complete', note: null }, 'returned']] as const) {
      const decided = decideBooking(state, coordinator, event as BookingEvent);
      expect(decided).toEqual({ ok: true, state: next });
      state = next;
    }
  });

  it('lets the booker cancel until hand-over, and nothing else', () => {
    expect(decideBooking('requested', booker, { type: 'cancel', reason: null })).toEqual({ ok: true, state: 'cancelled' });
    expect(decideBooking('confirmed', booker, { type: 'cancel', reason: null })).toEqual({ ok: true, state: 'cancelled' });
    expect(decideBooking('handedOver', booker, { type: 'cancel', reason: null })).toEqual({ ok: false, refusal: 'notNow' });
    expect(decideBooking('requested', booker, { type: 'confirm' })).toEqual({ ok: false, refusal: 'notYours' });
    expect(stepsOpen('requested', booker)).toEqual(['cancel']);
    expect(stepsOpen('handedOver', booker)).toEqual([]);
  });

  it('refuses an outsider before telling them anything about the state', () => {
    expect(decideBooking('returned', outsider, { type: 'cancel', reason: null })).toEqual({ ok: false, refusal: 'notYours' });
    expect(stepsOpen('requested', outsider)).toEqual([]);
  });

  it('refuses every step on a closed booking', () => {
    for (const state of ['returned', 'declined', 'cancelled'] as const) {
      expect(decideBooking(state, coordinator, { type: 'confirm' })).toEqual({ ok: false, refusal: 'closed' });
      expect(stepsOpen(state, coordinator)).toEqual([]);
    }
  });

  it('needs a reason to decline and a note on a return that is not complete', () => {
    expect(decideBooking('requested', coordinator, { type: 'decline', reason: '  ' })).toEqual({ ok: false, refusal: 'noteRequired' });
    expect(decideBooking('handedOver', coordinator, { type: 'return', condition: 'damaged', note: '' })).toEqual({ ok: false, refusal: 'noteRequired' });
    expect(decideBooking('handedOver', coordinator, { type: 'return', condition: 'missingParts', note: 'Avain puuttuu' })).toEqual({ ok: true, state: 'returned' });
  });

  it('shows the coordinator the steps that fit the state', () => {
    expect(stepsOpen('requested', coordinator)).toEqual(['confirm', 'decline', 'cancel']);
    expect(stepsOpen('confirmed', coordinator)).toEqual(['cancel', 'handOver']);
    expect(stepsOpen('handedOver', coordinator)).toEqual(['return']);
  });
});
