/** The regional catalog for a handler (the store keeps it in memory between seed loads). */
import { listRegions, listUnits } from '../../shared/store/repositories/catalog';
import type { BotServices } from '../services';

export async function loadRegionsAndUnits({ store }: BotServices) {
  const [regions, units] = await Promise.all([listRegions(store.db), listUnits(store.db)]);
  return { regions, units };
}
