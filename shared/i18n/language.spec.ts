import { languageFromAcceptLanguage, languageOf } from './language';
import { t } from './translate';

describe('languageOf (Teams locale to Kollega language)', () => {
  it.each([
    ['fi-FI', 'fi'],
    ['fi', 'fi'],
    ['FI-fi', 'fi'],
    ['sv-SE', 'sv'],
    ['sv-FI', 'sv'],
    ['sv_FI', 'sv'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    ['', 'en'],
    [undefined, 'en'],
    ['fil-PH', 'en'],
    ['svenska', 'en'],
  ])('%s -> %s', (locale, expected) => {
    expect(languageOf(locale)).toBe(expected);
  });
});

describe('languageFromAcceptLanguage (tab API)', () => {
  it.each([
    ['sv-FI,sv;q=0.9,en;q=0.8', 'sv'],
    ['en-US,fi;q=0.5', 'en'],
    ['de-DE,fi;q=0.7', 'fi'],
    ['fi;q=0.2,sv;q=0.9', 'sv'],
    ['de,fr', 'en'],
    [undefined, 'en'],
  ])('%s -> %s', (header, expected) => {
    expect(languageFromAcceptLanguage(header)).toBe(expected);
  });
});

describe('t', () => {
  it('fills placeholders in the reader language', () => {
    expect(t('fi', 'region.saved', { region: 'Uusimaa' })).toBe('Alueesi on nyt Uusimaa.');
    expect(t('sv', 'region.saved', { region: 'Nyland' })).toBe('Din region är nu Nyland.');
    expect(t('en', 'region.saved', { region: 'Uusimaa' })).toBe('Your region is now Uusimaa.');
  });

  it('does not interpret placeholders inside the values it inserts', () => {
    expect(t('en', 'region.saved', { region: '{region}$&' })).toBe('Your region is now {region}$&.');
  });
});
