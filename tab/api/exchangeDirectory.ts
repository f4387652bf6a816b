/** The directory of the regions' public libraries, searchable in Finnish or Swedish: where an applicant picks a host. */
import { z } from 'zod';
import { searchLibraries } from '../../shared/domain/exchange/libraryDirectory';
import { regionLibraries } from '../../shared/domain/exchange/regionLibraries';
import { librarySummary } from '../../shared/services/exchangeViews';
import { validate } from '../../shared/validation/validate';
import { badRequest } from './errors';
import type { ApiRoute } from './types';

const query = z.strictObject({
  q: z.string().max(100).optional(),
  // One region, or several comma-separated (the regions of a network's unit, whose libraries borrow its games).
  region: z.string().max(300).regex(/^[a-z0-9-]+(,[a-z0-9-]+)*$/).optional(),
  bilingual: z.enum(['true', 'false']).optional(),
});

export const librariesRoute: ApiRoute = {
  method: 'GET',
  path: '/api/exchange/libraries',
  async handle({ query: raw, lang }) {
    const parsed = validate(query, raw, lang);
    if (!parsed.ok) return badRequest(lang, parsed.problems);
    const { q, region, bilingual } = parsed.value;
    const found = searchLibraries(regionLibraries, q ?? '', { lang, regionIds: region ? region.split(',') : undefined })
      .filter((l) => bilingual !== 'true' || l.municipality.bilingual);
    return { status: 200, body: { libraries: found.map(librarySummary), sources: regionLibraries.sources } };
  },
};
