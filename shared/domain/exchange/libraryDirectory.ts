/**
 * The directory of public libraries in the regions Kollega serves, used to pick a host library for a staff
 * exchange: municipalities with their Finnish and Swedish names and linguistic status, and their libraries.
 * Pure data and rules; the data itself lives in shared/data/libraries.json (see regionLibraries.ts).
 */
import { z } from 'zod';
import type { Language } from '../../i18n/language';

/**
 * A municipality's linguistic status under the Government decree: unilingual, or bilingual with the first
 * language the majority's.
 */
export type LanguageStatus = 'fi' | 'sv' | 'fi-sv' | 'sv-fi';

export interface Names {
  readonly fi: string;
  readonly sv: string;
}

/** What a library carries of its municipality, so callers need not look the municipality up again. */
export interface MunicipalityInfo {
  readonly code: string | null;
  readonly name: Names;
  readonly regionId: string;
  readonly languages: LanguageStatus;
  readonly bilingual: boolean;
}

export interface Library {
  readonly id: string;
  readonly name: Names;
  readonly email: string | null;
  readonly phone: string | null;
  readonly url: string | null;
  readonly municipality: MunicipalityInfo;
}

export interface Municipality extends MunicipalityInfo {
  readonly libraries: readonly Library[];
}

export interface Source {
  readonly what: string;
  readonly where: string;
  readonly retrieved: string;
}

export interface LibraryDirectory {
  readonly sources: readonly Source[];
  readonly municipalities: readonly Municipality[];
  /** Every library, in the order of the data. */
  readonly libraries: readonly Library[];
}

const text = z.string().trim().min(1);
const names = z.strictObject({ fi: text, sv: text });

const librarySchema = z.strictObject({
  // Ids end up in URLs and stored exchange requests, so they must stay plain and stable.
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug such as "porvoo-main"'),
  name: names,
  email: z.email().nullable(),
  phone: z.string().regex(/^\+?[0-9][0-9 ()-]{4,}$/, 'must be a phone number').nullable(),
  url: z.url({ protocol: /^https?$/ }).nullable(),
});

const municipalitySchema = z.strictObject({
  code: z.string().regex(/^\d{3}$/, 'must be a three-digit municipality code').nullable(),
  regionId: z.string().regex(/^[a-z]+(-[a-z]+)*$/, 'must be a region id such as "etela-pohjanmaa"'),
  name: names,
  languages: z.enum(['fi', 'sv', 'fi-sv', 'sv-fi']),
  libraries: z.array(librarySchema).min(1, 'a municipality needs at least its main library'),
});

const directorySchema = z
  .strictObject({
    sources: z.array(z.strictObject({ what: text, where: text, retrieved: text })),
    municipalities: z.array(municipalitySchema).min(1),
  })
  .superRefine((data, ctx) => {
    // Duplicates would make findLibrary and municipality codes ambiguous.
    const seenIds = new Set<string>();
    const seenCodes = new Set<string>();
    data.municipalities.forEach((municipality, m) => {
      if (municipality.code !== null) {
        if (seenCodes.has(municipality.code)) {
          ctx.addIssue({ code: 'custom', path: ['municipalities', m, 'code'], message: `duplicate code "${municipality.code}"` });
        }
        seenCodes.add(municipality.code);
      }
      municipality.libraries.forEach((library, l) => {
        if (seenIds.has(library.id)) {
          ctx.addIssue({ code: 'custom', path: ['municipalities', m, 'libraries', l, 'id'], message: `duplicate library id "${library.id}"` });
        }
        seenIds.add(library.id);
      });
    });
  });

/** Checks the data and builds the directory; throws an Error naming each bad field. */
export function libraryDirectory(data: unknown): LibraryDirectory {
  const parsed = directorySchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`Invalid library directory data:\n- ${problems.join('\n- ')}`);
  }
  const municipalities = parsed.data.municipalities.map((raw): Municipality => {
    const info: MunicipalityInfo = {
      code: raw.code,
      name: raw.name,
      regionId: raw.regionId,
      languages: raw.languages,
      bilingual: raw.languages.includes('-'),
    };
    return { ...info, libraries: raw.libraries.map((library) => ({ ...library, municipality: info })) };
  });
  return {
    sources: parsed.data.sources,
    municipalities,
    libraries: municipalities.flatMap((municipality) => municipality.libraries),
  };
}

export function isBilingual(library: Library): boolean {
  return library.municipality.bilingual;
}

/** The majority's language of the library's municipality. */
export function majorityLanguage(library: Library): 'fi' | 'sv' {
  return library.municipality.languages.startsWith('sv') ? 'sv' : 'fi';
}

/**
 * The name to show a reader. English readers get the name locals use: Finnish unless the municipality's
 * majority speaks Swedish (Jakobstad rather than Pietarsaari).
 */
export function libraryName(library: Library, lang: Language): string {
  const nameLang = lang === 'en' ? majorityLanguage(library) : lang;
  return library.name[nameLang];
}

/** Same rule as libraryName, for the municipality. */
export function municipalityName(library: Library, lang: Language): string {
  const nameLang = lang === 'en' ? majorityLanguage(library) : lang;
  return library.municipality.name[nameLang];
}

/** The libraries of the given regions, in directory order. */
export function librariesOfRegions(dir: LibraryDirectory, regionIds: readonly string[]): Library[] {
  const wanted = new Set(regionIds);
  return dir.libraries.filter((library) => wanted.has(library.municipality.regionId));
}

export function findLibrary(dir: LibraryDirectory, id: string): Library | undefined {
  return dir.libraries.find((library) => library.id === id);
}

/**
 * Folds text for matching what people type: case and diacritics go (å, ä, ö match a, a, o), so "borga"
 * finds Borgå and "AHTARI" finds Ähtäri; dashes and colons count as spaces.
 */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-‐–—_:.,/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const collators: Record<'fi' | 'sv', Intl.Collator> = {
  fi: new Intl.Collator('fi-FI', { sensitivity: 'base' }),
  sv: new Intl.Collator('sv-FI', { sensitivity: 'base' }),
};

export interface SearchOptions {
  /** Only these regions; all regions when absent. */
  regionIds?: readonly string[];
  lang: Language;
}

/**
 * Libraries whose name or municipality's name, in Finnish or Swedish, contains every word typed. An empty
 * text lists every library in scope, for pickers. Sorted by the name the reader sees.
 */
export function searchLibraries(dir: LibraryDirectory, typed: string, options: SearchOptions): Library[] {
  const words = foldForSearch(typed).split(' ').filter(Boolean);
  const inScope = options.regionIds ? librariesOfRegions(dir, options.regionIds) : [...dir.libraries];
  const matches = inScope.filter((library) => {
    const haystack = foldForSearch(
      [library.name.fi, library.name.sv, library.municipality.name.fi, library.municipality.name.sv].join(' | '),
    );
    return words.every((word) => haystack.includes(word));
  });
  const collator = collators[options.lang === 'sv' ? 'sv' : 'fi'];
  return matches.sort(
    (a, b) => collator.compare(libraryName(a, options.lang), libraryName(b, options.lang)) || a.id.localeCompare(b.id),
  );
}
