/** Lists the networks of a person's region; asks for the region first when it is not known. */
import { findRegionByName } from '../../shared/domain/catalog';
import { inLanguage } from '../../shared/domain/localized';
import { listNetworksOfUnit } from '../../shared/store/repositories/catalog';
import { setPersonRegion } from '../../shared/store/repositories/people';
import type { AdaptiveCard } from '../cards/render';
import { networksCard } from '../cards/networks';
import { regionPickerCard } from '../cards/regionPicker';
import type { BotServices } from '../services';
import type { Turn } from '../turn';
import { loadRegionsAndUnits } from './catalog';

/**
 * The card answering "networks" (optionally "networks <region>"): the region's networks, or the region picker
 * when no region is known or the typed one matches none.
 */
export async function networksAnswer(turn: Turn, services: BotServices, typedRegion?: string): Promise<AdaptiveCard> {
  const { regions, units } = await loadRegionsAndUnits(services);
  const pick = (notice?: string) =>
    regionPickerCard({ lang: turn.lang, regions, units, selectedRegionId: turn.person.regionId ?? undefined, notice });

  if (typedRegion !== undefined) {
    const region = findRegionByName(regions, typedRegion);
    if (!region) return pick(turn.t('error.unknownRegion'));
    return regionNetworksCard(turn, services, region.id);
  }
  if (!turn.person.regionId) return pick();
  return regionNetworksCard(turn, services, turn.person.regionId, false);
}

/**
 * Saves the person's region (checked against the catalog, never trusted from the card) and returns its networks.
 * An unknown region changes nothing and returns the picker with a notice.
 */
export async function regionNetworksCard(
  turn: Turn,
  services: BotServices,
  regionId: string,
  save = true,
): Promise<AdaptiveCard> {
  const { regions, units } = await loadRegionsAndUnits(services);
  const region = regions.find((r) => r.id === regionId);
  const unit = region && units.find((u) => u.id === region.unitId);
  if (!region || !unit) {
    return regionPickerCard({ lang: turn.lang, regions, units, notice: turn.t('error.unknownRegion') });
  }
  let notice: string | undefined;
  if (save && turn.person.regionId !== region.id) {
    await setPersonRegion(services.store.db, turn.person.id, region.id, services.now());
    notice = turn.t('region.saved', { region: inLanguage(region.name, turn.lang) });
  }
  // A person sees the networks of the unit that serves their region.
  const networks = await listNetworksOfUnit(services.store.db, unit.id);
  return networksCard({ lang: turn.lang, region, unit, networks, notice });
}

export async function regionPicker(turn: Turn, services: BotServices): Promise<AdaptiveCard> {
  const { regions, units } = await loadRegionsAndUnits(services);
  return regionPickerCard({ lang: turn.lang, regions, units, selectedRegionId: turn.person.regionId ?? undefined });
}
