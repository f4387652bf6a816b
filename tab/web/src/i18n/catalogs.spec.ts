import { describe, expect, it } from '@jest/globals';
import { catalogs, placeholders, translate } from './translate';

const finnishKeys = Object.keys(catalogs.fi).sort();

describe('the tab web catalogs', () => {
  it.each(['sv', 'en'] as const)('%s has exactly the Finnish keys', (lang) => {
    expect(Object.keys(catalogs[lang]).sort()).toEqual(finnishKeys);
  });

  it.each(['sv', 'en'] as const)('%s uses the same {placeholders} as Finnish in every text', (lang) => {
    const differing = finnishKeys.filter(
      (key) => placeholders(catalogs.fi[key as keyof typeof catalogs.fi]).join() !== placeholders(catalogs[lang][key as keyof typeof catalogs.fi]).join(),
    );
    expect(differing).toEqual([]);
  });

  it('has no empty text', () => {
    for (const catalog of Object.values(catalogs)) {
      expect(Object.entries(catalog).filter(([, text]) => text.trim() === '')).toEqual([]);
    }
  });

  it('fills placeholders and keeps an unknown one visible', () => {
    expect(translate('en', 'events.you.waitlisted', { position: 3 })).toBe('You are number 3 on the waitlist.');
    expect(translate('sv', 'leave.title')).toBe('Lämna {network}?');
  });

  it('uses the domain words for the kinds of events', () => {
    expect([catalogs.fi['kind.bookCoffee'], catalogs.fi['kind.ideaCoffee'], catalogs.fi['kind.networkDay']]).toEqual(['Kirjakahvit', 'Ideakahvit', 'Verkostopäivä']);
    expect([catalogs.sv['kind.bookCoffee'], catalogs.sv['kind.ideaCoffee'], catalogs.sv['kind.networkDay']]).toEqual(['Bokkaffe', 'Idékaffe', 'Nätverksdag']);
  });
});
