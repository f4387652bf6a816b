/** The regional catalog for the tab: regions, and networks (all, or one region's), with their coordinators. */
import { z } from 'zod';
import { inLanguage } from '../../shared/domain/localized';
import { regionLabel } from '../../shared/domain/catalog';
import { getRegion, listNetworks, listNetworksOfUnit, listRegions, listUnits } from '../../shared/store/repositories/catalog';
import type { NetworkRecord } from '../../shared/store/repositories/catalog';
import type { Language } from '../../shared/i18n/language';
import { validate } from '../../shared/validation/validate';
import { badRequest, notFound } from './errors';
import type { ApiRoute } from './types';

const networksQuery = z.strictObject({ region: z.string().trim().min(1).max(64).regex(/^[a-z0-9-]+$/).optional() });

export const listRegionsRoute: ApiRoute = {
  method: 'GET',
  path: '/api/regions',
  async handle({ lang }, { store }) {
    const [regions, units] = await Promise.all([listRegions(store.db), listUnits(store.db)]);
    return {
      status: 200,
      body: {
        regions: regions.map((r) => ({ id: r.id, unitId: r.unitId, name: r.name, label: regionLabel(r, units, lang) })),
        units: units.map((u) => ({ id: u.id, name: u.name, label: inLanguage(u.name, lang) })),
      },
    };
  },
};

export const listNetworksRoute: ApiRoute = {
  method: 'GET',
  path: '/api/networks',
  async handle({ query, lang }, { store }) {
    const parsed = validate(networksQuery, query, lang);
    if (!parsed.ok) return badRequest(lang, parsed.problems);
    if (!parsed.value.region) {
      return { status: 200, body: { networks: (await listNetworks(store.db)).map((n) => networkView(n, lang)) } };
    }
    const region = await getRegion(store.db, parsed.value.region);
    if (!region) return notFound(lang);
    const networks = await listNetworksOfUnit(store.db, region.unitId);
    return { status: 200, body: { region: region.id, networks: networks.map((n) => networkView(n, lang)) } };
  },
};

/** Localized labels for display, and every language for a tab that switches language without a round trip. */
function networkView(n: NetworkRecord, lang: Language) {
  return {
    id: n.id,
    unitId: n.unitId,
    name: n.name,
    description: n.description,
    label: inLanguage(n.name, lang),
    coordinators: n.coordinators.map((c) => ({ id: c.id, displayName: c.displayName, title: c.title })),
  };
}
