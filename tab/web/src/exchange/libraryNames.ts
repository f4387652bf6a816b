/**
 * A library's and its municipality's name for the reader: Finnish or Swedish as they read, and for English
 * readers the name locals use (Swedish where the municipality's majority speaks it: Jakobstad, not Pietarsaari),
 * the same rule as the server's shared/domain/exchange/libraryDirectory.ts.
 */
import type { Lang } from '../../../../shared/api/tabContract';
import type { LibrarySummary } from './exchangeTypes';

const nameLang = (library: LibrarySummary, lang: Lang): 'fi' | 'sv' => (lang === 'en' ? (library.languages.startsWith('sv') ? 'sv' : 'fi') : lang);

export const libraryName = (library: LibrarySummary, lang: Lang): string => library.name[nameLang(library, lang)];

export const municipalityName = (library: LibrarySummary, lang: Lang): string => library.municipality[nameLang(library, lang)];

/** "Loviisan kaupunginkirjasto (Loviisa)": enough to tell two libraries apart in a list. */
export const libraryWithTown = (library: LibrarySummary | null, lang: Lang): string =>
  library ? `${libraryName(library, lang)} (${municipalityName(library, lang)})` : '';

/** The library's name in the other national language, with its language tag, when it differs from the one shown. */
export function otherName(library: LibrarySummary, lang: Lang): { text: string; lang: 'fi' | 'sv' } | null {
  const other = nameLang(library, lang) === 'fi' ? 'sv' : 'fi';
  return library.name[other] === libraryName(library, lang) ? null : { text: library.name[other], lang: other };
}
