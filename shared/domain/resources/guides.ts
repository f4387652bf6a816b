/**
 * A network's guides and documents, such as the PRAO guide for libraries (in Finnish 11/2021, in Swedish 2/2022):
 * a title, and per language a link and when that language's edition came out. Each reader gets the edition in their
 * own language, else another one with its language named.
 */
import type { Language } from '../../i18n/language';
import type { Localized } from '../localized';

export interface GuideEdition {
  url: string;
  /** When this language's edition came out, as YYYY-MM; null when unknown. */
  published: string | null;
}

export interface GuideDraft {
  title: Localized;
  editions: Partial<Record<Language, GuideEdition>>;
}

export type GuideError = 'titleMissing' | 'noEdition' | 'unsafeLink';

const LANGUAGES: readonly Language[] = ['fi', 'sv', 'en'];

/** Only web links: a javascript: or file: link in a shared list would run in every reader's Teams. */
export function isSafeLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname.length > 0;
  } catch {
    return false;
  }
}

export function checkGuide(draft: GuideDraft): GuideError[] {
  const errors: GuideError[] = [];
  if (!draft.title.fi.trim() && !draft.title.sv.trim() && !draft.title.en.trim()) errors.push('titleMissing');
  const editions = LANGUAGES.flatMap((l) => (draft.editions[l] ? [draft.editions[l]!] : []));
  if (editions.length === 0) errors.push('noEdition');
  if (editions.some((e) => !isSafeLink(e.url))) errors.push('unsafeLink');
  return errors;
}

/** The edition for a reader: their language's, else Finnish, Swedish, English in that order. */
export function editionFor(draft: Pick<GuideDraft, 'editions'>, lang: Language): { lang: Language; edition: GuideEdition } | undefined {
  for (const l of [lang, ...LANGUAGES.filter((x) => x !== lang)]) {
    const edition = draft.editions[l];
    if (edition) return { lang: l, edition };
  }
  return undefined;
}
