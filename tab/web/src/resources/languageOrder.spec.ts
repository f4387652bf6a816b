import { describe, expect, it } from '@jest/globals';
import { challengeLanguages, editionsInOrder, formatMonth } from './languageOrder';

const prao = { fi: { url: 'https://example.org/prao-fi.pdf', published: '2021-11' }, sv: { url: 'https://example.org/prao-sv.pdf', published: '2022-02' } };

describe('language versions for a reader', () => {
  it('shows a challenge in the reader’s language, both to an English reader', () => {
    expect(challengeLanguages('fi', false)).toEqual(['fi']);
    expect(challengeLanguages('sv', false)).toEqual(['sv']);
    expect(challengeLanguages('sv', true)).toEqual(['sv', 'fi']);
    expect(challengeLanguages('en', false)).toEqual(['fi', 'sv']);
  });

  it('puts the reader’s edition of a guide first, the others after', () => {
    expect(editionsInOrder(prao, 'sv').map((e) => e.lang)).toEqual(['sv', 'fi']);
    expect(editionsInOrder(prao, 'fi').map((e) => e.lang)).toEqual(['fi', 'sv']);
    expect(editionsInOrder({ ...prao, en: { url: 'javascript:alert(1)', published: null } }, 'en').map((e) => e.lang)).toEqual(['fi', 'sv']);
    expect(editionsInOrder(prao, 'en').map((e) => e.lang)).toEqual(['fi', 'sv']);
    expect(editionsInOrder({ en: { url: 'https://example.org/en', published: null } }, 'fi')).toEqual([{ lang: 'en', edition: { url: 'https://example.org/en', published: null } }]);
  });

  it('writes an edition’s month the reader’s way', () => {
    expect(formatMonth('2021-11', 'fi-FI')).toBe('marraskuu 2021');
    expect(formatMonth('2022-02', 'sv-FI')).toBe('februari 2022');
    expect(formatMonth('2022-02', 'en-GB')).toBe('February 2022');
    expect(formatMonth('soon', 'fi-FI')).toBe('soon');
  });
});
