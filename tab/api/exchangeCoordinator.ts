/**
 * The coordinator's staff exchange in the tab's API: a year's applications by state, each unit's budget, the
 * exchanges per library and municipality and the feedback, as JSON and as a CSV file; and setting the budget.
 */
import { z } from 'zod';
import type { Language } from '../../shared/i18n/language';
import { toHelsinki } from '../../shared/i18n/localTime';
import { t, type MessageKey } from '../../shared/i18n/translate';
import { exchangeOverview, setExchangeBudget, type ExchangeOverview } from '../../shared/services/exchangeOverview';
import type { LibrarySummary } from '../../shared/api/exchangeContract';
import { validate } from '../../shared/validation/validate';
import { toCsv } from './csv';
import { badRequest, unauthorized } from './errors';
import { budgetBody, exchangeForbidden, yearQuery } from './exchangeInput';
import { readRequest, serviceContext as context } from './request';
import type { ApiRequest, ApiResponse, ApiRoute, ApiServices } from './types';

async function overviewFor(request: ApiRequest, services: ApiServices): Promise<{ overview: ExchangeOverview } | { answer: ApiResponse }> {
  const lang = request.lang;
  if (!request.caller) return { answer: unauthorized(lang) };
  const query = validate(yearQuery, request.query, lang);
  if (!query.ok) return { answer: badRequest(lang, query.problems) };
  const ctx = context(services);
  const year = query.value.year ?? Number(toHelsinki(ctx.now).date.slice(0, 4));
  const result = await exchangeOverview(ctx, request.caller, year);
  return result.outcome === 'ok' ? { overview: result.overview } : { answer: exchangeForbidden(lang) };
}

export const exchangeOverviewRoute: ApiRoute = {
  method: 'GET',
  path: '/api/exchange/overview',
  async handle(request, services) {
    const found = await overviewFor(request, services);
    return 'answer' in found ? found.answer : { status: 200, body: found.overview };
  },
};

const name = (library: LibrarySummary | null, lang: Language) => (library ? (lang === 'sv' ? library.name.sv : library.name.fi) : '');
const town = (library: LibrarySummary | null, lang: Language) => (library ? (lang === 'sv' ? library.municipality.sv : library.municipality.fi) : '');
const euros = (cents: number | null) => (cents === null ? null : (cents / 100).toFixed(2));

export const exchangeOverviewCsvRoute: ApiRoute = {
  method: 'GET',
  path: '/api/exchange/overview.csv',
  async handle(request, services) {
    const found = await overviewFor(request, services);
    if ('answer' in found) return found.answer;
    const lang = request.lang;
    const tr = (key: string) => t(lang, key as MessageKey);
    const header = ['state', 'applicant', 'homeLibrary', 'homeMunicipality', 'hostLibrary', 'hostMunicipality', 'startsOn', 'endsOn', 'reciprocal', 'estimate', 'granted', 'actual', 'reimbursed', 'mentor']
      .map((k) => tr(`exchange.csv.${k}`));
    const rows = found.overview.applications.map((a) => [
      tr(`exchange.state.${a.state}`), a.applicantName, name(a.homeLibrary, lang), town(a.homeLibrary, lang), name(a.hostLibrary, lang), town(a.hostLibrary, lang),
      a.startsOn, a.endsOn, a.reciprocal ? tr('exchange.csv.yes') : tr('exchange.csv.no'), euros(a.travelEstimateCents + a.stayEstimateCents), euros(a.grantedCents),
      a.actualTravelCents === null ? null : euros(a.actualTravelCents + (a.actualStayCents ?? 0)), euros(a.reimbursedCents), a.mentorName,
    ]);
    const file = `${tr('exchange.csv.file')}-${found.overview.year}`.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-');
    return { status: 200, body: toCsv(header, rows), file: { contentType: 'text/csv; charset=utf-8', name: `${file}.csv` } };
  },
};

export const exchangeBudgetRoute: ApiRoute = {
  method: 'PUT',
  path: '/api/exchange/budgets/:unitId/:year',
  async handle(request, services) {
    const lang = request.lang;
    const input = readRequest(request, z.object({ unitId: z.string().min(1).max(64).regex(/^[a-z0-9-]+$/), year: z.coerce.number().int().min(2000).max(2100) }), budgetBody);
    if (!input.ok) return input.answer;
    const outcome = await setExchangeBudget(context(services), { actor: request.caller!, unitId: input.params.unitId, year: input.params.year, amountCents: input.body.amountCents });
    if (outcome === 'unknownUnit') return badRequest(lang, [t(lang, 'exchange.unknownUnit')]);
    if (outcome === 'forbidden') return exchangeForbidden(lang);
    return { status: 200, body: { unitId: input.params.unitId, year: input.params.year, amountCents: input.body.amountCents } };
  },
};

