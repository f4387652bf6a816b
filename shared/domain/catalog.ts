/**
 * The regional catalog: development units, the regions they serve and their networks.
 * Plain data and rules only; the store loads it, the bot and the tab API present it.
 */
import type { Language } from '../i18n/language';
import { inLanguage, normalizeForMatch, type Localized } from './localized';

export interface Unit {
  id: string;
  name: Localized;
}

export interface Region {
  id: string;
  unitId: string;
  name: Localized;
}

export interface Coordinator {
  id: string;
  displayName: string;
  title: Localized;
}

export interface Network {
  id: string;
  unitId: string;
  name: Localized;
  description: Localized;
  coordinators: Coordinator[];
}

/**
 * Finds what a person typed among named things, in any language: an exact name wins over a prefix; a prefix
 * must be two letters or more and fit one thing only.
 */
function findByName<T>(items: readonly T[], typed: string, namesOf: (item: T) => string[]): T | undefined {
  const query = normalizeForMatch(typed);
  if (!query) return undefined;
  const names = (item: T) => namesOf(item).map(normalizeForMatch);
  const exact = items.filter((item) => names(item).includes(query));
  if (exact.length === 1) return exact[0];
  if (query.length < 2) return undefined;
  const prefixed = items.filter((item) => names(item).some((n) => n.startsWith(query)));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/** "pohjanmaa", "Nyland", "south ostrobothnia". */
export function findRegionByName(regions: readonly Region[], typed: string): Region | undefined {
  return findByName(regions, typed, (r) => Object.values(r.name));
}

/** "SEVERI", "lanu", "Barn- och ungdomsbiblioteksarbete i Nyland": any language's name, or the short id. */
export function findNetworkByName<N extends Network>(networks: readonly N[], typed: string): N | undefined {
  return findByName(networks, typed, (n) => [n.id, ...Object.values(n.name)]);
}

/** "Uusimaa (AKE Porvoo)": a region labelled with the unit that serves it, for pickers. */
export function regionLabel(region: Region, units: readonly Unit[], lang: Language): string {
  const unit = units.find((u) => u.id === region.unitId);
  const name = inLanguage(region.name, lang);
  return unit ? `${name} (${inLanguage(unit.name, lang)})` : name;
}
