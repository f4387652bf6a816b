/** A text that exists in each of Kollega's languages, as stored for regions, networks and titles. */
import type { Language } from '../i18n/language';

export type Localized = Readonly<Record<Language, string>>;

export function inLanguage(text: Localized, lang: Language): string {
  return text[lang] || text.fi || text.sv || text.en;
}

/** Lower case, without diacritics other than Nordic letters' own, for matching what people type. */
export function normalizeForMatch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[-‐–—_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
