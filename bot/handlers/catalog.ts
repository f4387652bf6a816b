/** Reads the regional catalog for a handler: small tables, read per turn so a re-seed shows at once. */
import { listRegions, listUnits } from '../../shared/store/repositories/catalog';
import type { BotServices } from '../services';

export async function loadRegionsAndUnits({ store }: BotServices) {
  const [regions, units] = await Promise.all([listRegions(store.db), listUnits(store.db)]);
  return { regions, units };
}
