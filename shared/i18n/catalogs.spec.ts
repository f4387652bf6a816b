import { languages } from './language';
import { catalogs } from './translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  const referenceKeys = Object.keys(catalogs.en).sort();

  it.each(languages)('%s has exactly the keys of the English catalog', (lang) => {
    const keys = Object.keys(catalogs[lang]).sort();
    expect(referenceKeys.filter((k) => !keys.includes(k))).toEqual([]);
    expect(keys.filter((k) => !referenceKeys.includes(k))).toEqual([]);
  });

  it.each(languages)('%s has a non-empty text with the same placeholders for every key', (lang) => {
    for (const key of referenceKeys) {
      const text = (catalogs[lang] as Record<string, string>)[key];
      expect({ key, empty: !text?.trim() }).toEqual({ key, empty: false });
      expect({ key, placeholders: placeholders(text) }).toEqual({
        key,
        placeholders: placeholders((catalogs.en as Record<string, string>)[key]),
      });
    }
  });

  it('translates rather than copies: Finnish and Swedish differ from English for prose', () => {
    const prose = referenceKeys.filter((k) => (catalogs.en as Record<string, string>)[k].split(' ').length > 3);
    for (const lang of ['fi', 'sv'] as const) {
      const copied = prose.filter(
        (k) => (catalogs[lang] as Record<string, string>)[k] === (catalogs.en as Record<string, string>)[k],
      );
      expect({ lang, copied }).toEqual({ lang, copied: [] });
    }
  });
});
