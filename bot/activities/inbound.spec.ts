import { cardExecute, personalMessage } from '../../test/fixtures/activities';
import { checkInboundActivity } from './inbound';

describe('an inbound activity', () => {
  it('passes as Teams sends it', () => {
    expect(checkInboundActivity(cardExecute('help')).ok).toBe(true);
    expect(checkInboundActivity(personalMessage({ text: 'apua' })).ok).toBe(true);
  });

  // Each of these made the SDK throw before any handler ran: the caller got a server error, not an answer.
  it.each([
    ['no action object', { trigger: 'manual' }],
    ['a null action', { action: null }],
    ['an action type that is not text', { action: { type: { toString: 'x' }, verb: 'help' } }],
  ])('refuses a card action with %s, in the sender\'s language', (_what, value) => {
    const checked = checkInboundActivity({ ...cardExecute('help'), value, locale: 'fi-FI' });
    expect(checked).toEqual({ ok: false, problems: [expect.stringMatching(/^value\.action.*: Virheellinen syöte/)] });
  });

  it('refuses entities that are not a list of typed objects', () => {
    expect(checkInboundActivity({ ...personalMessage({ text: 'help' }), entities: 1.5 }).ok).toBe(false);
    expect(checkInboundActivity({ ...personalMessage({ text: 'help' }), entities: [{ type: 'clientInfo', locale: 'sv-FI' }] }).ok).toBe(true);
  });
});
