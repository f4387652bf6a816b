/** Looks up a text in the reader's language and fills in its {placeholders}. */
import { en, type Catalog, type MessageKey } from './catalogs/en';
import { fi } from './catalogs/fi';
import { sv } from './catalogs/sv';
import type { Language } from './language';

export type { MessageKey };
export const catalogs: Record<Language, Catalog> = { fi, sv, en };

export type Params = Record<string, string | number>;

export function t(lang: Language, key: MessageKey, params: Params = {}): string {
  const text = catalogs[lang][key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** A translator bound to one language, for code that writes a whole card or answer in it. */
export type Translate = (key: MessageKey, params?: Params) => string;
export const translator = (lang: Language): Translate => (key, params) => t(lang, key, params);
