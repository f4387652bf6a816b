import { parseCardAction } from './cardActions';

describe('parseCardAction', () => {
  it('accepts each known submit', () => {
    expect(parseCardAction({ action: 'showNetworks' })).toEqual({ ok: true, value: { action: 'showNetworks' } });
    expect(parseCardAction({ action: 'setRegion', regionId: 'uusimaa' })).toEqual({
      ok: true,
      value: { action: 'setRegion', regionId: 'uusimaa' },
    });
  });

  it('takes the action of an Action.Execute from its verb, not from the data', () => {
    expect(parseCardAction({ action: 'help', regionId: 'pohjanmaa' }, 'setRegion')).toEqual({
      ok: true,
      value: { action: 'setRegion', regionId: 'pohjanmaa' },
    });
  });

  it('ignores the msteams field Teams adds', () => {
    expect(parseCardAction({ action: 'help', msteams: { type: 'messageBack' } }).ok).toBe(true);
  });

  it.each([
    ['no value', undefined],
    ['an array', [{ action: 'help' }]],
    ['an unknown action', { action: 'deleteEverything' }],
    ['a missing region', { action: 'setRegion' }],
    ['a region of the wrong type', { action: 'setRegion', regionId: 42 }],
    ['a region with markup', { action: 'setRegion', regionId: '<script>' }],
    ['a huge region id', { action: 'setRegion', regionId: 'a'.repeat(10_000) }],
  ])('rejects %s', (_label, value) => {
    const parsed = parseCardAction(value);
    expect(parsed.ok).toBe(false);
  });
});
