/** Lists the networks of a person's region; asks for the region first when it is not known. */
import { findRegionByName, type Region } from '../../shared/domain/catalog';
import { standing, type NetworkStanding } from '../../shared/domain/joinRequest';
import { inLanguage } from '../../shared/domain/localized';
import { listNetworksOfUnit } from '../../shared/store/repositories/catalog';
import { standingsOf } from '../../shared/store/repositories/joining';
import { setPersonRegion } from '../../shared/store/repositories/people';
import { networksCard } from '../cards/networks';
import type { AdaptiveCard } from '../cards/render';
import { regionPickerCard } from '../cards/regionPicker';
import type { BotServices } from '../services';
import type { Turn } from '../turn';
import { loadRegionsAndUnits } from './catalog';

export interface NetworksAnswerOptions {
  /** "networks <region>": the region the person typed. */
  typedRegion?: string;
  /** A line above the list, e.g. "your request was sent". */
  notice?: string;
  /** Show a region of this unit when the person has none of it (after joining a network by name). */
  regionOfUnit?: string;
}

/**
 * The card answering "networks": the region's networks, or the region picker when no region is known or the
 * typed one matches none.
 */
export async function networksAnswer(turn: Turn, services: BotServices, options: NetworksAnswerOptions = {}): Promise<AdaptiveCard> {
  const { regions, units } = await loadRegionsAndUnits(services);
  const pick = (notice?: string) =>
    regionPickerCard({ lang: turn.lang, regions, units, selectedRegionId: turn.person.regionId ?? undefined, notice });

  if (options.typedRegion !== undefined) {
    const region = findRegionByName(regions, options.typedRegion);
    if (!region) return pick(turn.t('error.unknownRegion'));
    return regionNetworksCard(turn, services, region.id, { save: true });
  }
  const own = regions.find((r) => r.id === turn.person.regionId);
  const shown: Region | undefined =
    options.regionOfUnit && own?.unitId !== options.regionOfUnit ? regions.find((r) => r.unitId === options.regionOfUnit) : own;
  if (!shown) return pick(options.notice);
  return regionNetworksCard(turn, services, shown.id, { save: false, notice: options.notice });
}

/**
 * The networks of a region, with the person's standing in each (in a personal chat). With `save`, the region
 * becomes the person's (checked against the catalog, never trusted from the card). An unknown region changes
 * nothing and returns the picker with a notice.
 */
export async function regionNetworksCard(
  turn: Turn,
  services: BotServices,
  regionId: string,
  { save = true, notice }: { save?: boolean; notice?: string } = {},
): Promise<AdaptiveCard> {
  const { regions, units } = await loadRegionsAndUnits(services);
  const region = regions.find((r) => r.id === regionId);
  const unit = region && units.find((u) => u.id === region.unitId);
  if (!region || !unit) {
    return regionPickerCard({ lang: turn.lang, regions, units, notice: turn.t('error.unknownRegion') });
  }
  if (save && turn.person.regionId !== region.id) {
    await setPersonRegion(services.store.db, turn.person.id, region.id, services.now());
    notice ??= turn.t('region.saved', { region: inLanguage(region.name, turn.lang) });
  }
  // A person sees the networks of the unit that serves their region.
  const networks = await listNetworksOfUnit(services.store.db, unit.id);
  const standingOf = turn.kind === 'personal' ? await standingsFor(turn, services) : undefined;
  return networksCard({ lang: turn.lang, region, unit, networks, standingOf, notice });
}

async function standingsFor(turn: Turn, services: BotServices) {
  const { memberOf, pending } = await standingsOf(services.store.db, turn.person.id);
  return (networkId: string): NetworkStanding => standing(memberOf.has(networkId), pending.has(networkId));
}

export async function regionPicker(turn: Turn, services: BotServices): Promise<AdaptiveCard> {
  const { regions, units } = await loadRegionsAndUnits(services);
  return regionPickerCard({ lang: turn.lang, regions, units, selectedRegionId: turn.person.regionId ?? undefined });
}
