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
 * Finds the region a person typed ("pohjanmaa", "Nyland", "south ostrobothnia"), in any language.
 * An exact name wins over a prefix; a prefix must be two letters or more and fit one region only.
 */
export function findRegionByName(regions: readonly Region[], typed: string): Region | undefined {
  const query = normalizeForMatch(typed);
  if (!query) return undefined;
  const names = (r: Region) => Object.values(r.name).map(normalizeForMatch);
  const exact = regions.filter((r) => names(r).includes(query));
  if (exact.length === 1) return exact[0];
  if (query.length < 2) return undefined;
  const prefixed = regions.filter((r) => names(r).some((n) => n.startsWith(query)));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/** "Uusimaa (AKE Porvoo)": a region labelled with the unit that serves it, for pickers. */
export function regionLabel(region: Region, units: readonly Unit[], lang: Language): string {
  const unit = units.find((u) => u.id === region.unitId);
  const name = inLanguage(region.name, lang);
  return unit ? `${name} (${inLanguage(unit.name, lang)})` : name;
}
