/**
 * How the staff exchange's cards write money, days and libraries for a reader: euros with Finnish conventions,
 * visit dates as a range, a library by the name used in the reader's language (with its municipality), and the
 * plan's facts. Amounts people type are read back leniently ("120", "120,50", "1 200 €").
 */
import { findLibrary, libraryName, municipalityName } from '../../shared/domain/exchange/libraryDirectory';
import { regionLibraries } from '../../shared/domain/exchange/regionLibraries';
import { formatDay, formatDayRange } from '../../shared/i18n/format';
import { formattingLocale, type Language } from '../../shared/i18n/language';
import { translator } from '../../shared/i18n/translate';
import type { ExchangeView } from '../../shared/services/exchangeViews';

const euroFormats = new Map<Language, Intl.NumberFormat>();

export function euros(cents: number, lang: Language): string {
  let f = euroFormats.get(lang);
  if (!f) euroFormats.set(lang, (f = new Intl.NumberFormat(formattingLocale[lang], { style: 'currency', currency: 'EUR' })));
  return f.format(cents / 100);
}

/** Cents as a form shows them for editing: "120" or "120,50" (a comma in Finnish and Swedish). */
export function centsText(cents: number, lang: Language): string {
  const whole = cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
  return lang === 'en' ? whole : whole.replace('.', ',');
}

/** Euros typed into a card as cents: undefined when blank, null when not an amount (or above 100 000 €). */
export function centsOf(text: string | undefined): number | undefined | null {
  if (text === undefined) return undefined;
  const plain = text.replace(/[\s\u00a0\u202f€]/g, '').replace(/(eur|e)$/i, '').replace(',', '.');
  if (!plain) return undefined;
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(plain)) return null;
  const cents = Math.round(Number(plain) * 100);
  return cents <= 100_000_00 ? cents : null;
}

export const day = formatDay;

export function dateRange(startsOn: string | null, endsOn: string | null, lang: Language): string | null {
  return startsOn && endsOn ? formatDayRange(startsOn, endsOn, lang) : null;
}

/** "Porvoon kaupunginkirjasto, Porvoo (kaksikielinen)": bilingual hosts are marked, for language practice. */
export function libraryLabel(id: string | null, lang: Language): string | null {
  const library = id ? findLibrary(regionLibraries, id) : undefined;
  if (!library) return null;
  const t = translator(lang);
  const params = { library: libraryName(library, lang), municipality: municipalityName(library, lang) };
  return library.municipality.bilingual ? t('exchangeBot.libraryChoiceBilingual', params) : t('exchangeBot.libraryChoice', params);
}

/** Just the library's name, for sentences. */
export function libraryShort(id: string | null, lang: Language): string {
  const library = id ? findLibrary(regionLibraries, id) : undefined;
  return library ? libraryName(library, lang) : translator(lang)('exchangeBot.noHost');
}

export interface Fact {
  title: string;
  value: string;
}

/**
 * The application's facts: with `plan` only what the visit is (for the reminder), otherwise also its parties
 * and money (for the parties' card).
 */
export function exchangeFacts(view: ExchangeView, lang: Language, scope: 'plan' | 'full'): Fact[] {
  const t = translator(lang);
  const dates = dateRange(view.startsOn, view.endsOn, lang);
  const back = view.reciprocal ? dateRange(view.returnStartsOn, view.returnEndsOn, lang) : null;
  const person = (name: string | null, email: string | null) => [name, email].filter(Boolean).join(', ') || '–';
  const facts: Array<Fact | false> = [
    scope === 'full' && { title: t('exchange.party.applicant'), value: view.applicantName ?? '–' },
    { title: t('exchangeBot.card.from'), value: libraryLabel(view.homeLibraryId, lang) ?? '–' },
    { title: t('exchange.party.host'), value: libraryLabel(view.hostLibraryId, lang) ?? t('exchangeBot.noHost') },
    { title: t('exchangeBot.card.dates'), value: dates ? (view.workingDays ? t('exchangeBot.card.datesDays', { dates, days: view.workingDays }) : dates) : t('exchangeBot.noDates') },
    { title: t('exchangeBot.card.kind'), value: view.reciprocal ? t('exchangeBot.card.reciprocal', { name: view.returnVisitor ?? '–', dates: back ?? '–' }) : t('exchangeBot.card.oneWay') },
    view.mentorName !== null && { title: t('exchangeBot.card.mentor'), value: person(view.mentorName, view.mentorEmail) },
    { title: t('exchangeBot.card.expectations'), value: view.expectations.trim() || '–' },
    { title: t('exchangeBot.card.expertise'), value: view.expertise.trim() || '–' },
    { title: t('exchangeBot.card.languagePractice'), value: view.languagePractice ? t('exchangeBot.yes') : t('exchangeBot.no') },
    scope === 'full' && { title: t('exchange.party.supervisor'), value: person(view.supervisorName, view.supervisorEmail) },
    scope === 'full' && { title: t('exchangeBot.card.hostContact'), value: person(view.hostContactName, view.hostContactEmail) },
    scope === 'full' && {
      title: t('exchangeBot.card.estimate'),
      value: t('exchangeBot.card.estimateValue', { total: euros(view.travelEstimateCents + view.stayEstimateCents, lang), travel: euros(view.travelEstimateCents, lang), stay: euros(view.stayEstimateCents, lang) }),
    },
    scope === 'full' && view.grantedCents !== null && { title: t('exchangeBot.card.granted'), value: euros(view.grantedCents, lang) },
  ];
  return facts.filter((f): f is Fact => f !== false);
}
