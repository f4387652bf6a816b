/**
 * How the bot's cards about shared resources say months, periods, editions and challenge titles to a reader,
 * and which days a question about free games asks about. Pure functions of their arguments.
 */
import { findLibrary, libraryName } from '../../shared/domain/exchange/libraryDirectory';
import { regionLibraries } from '../../shared/domain/exchange/regionLibraries';
import { monthRange } from '../../shared/domain/resources/gameCalendar';
import { editionFor, isSafeLink, type GuideDraft } from '../../shared/domain/resources/guides';
import { monthIn, type MonthOfYear } from '../../shared/domain/resources/monthQuery';
import { inLanguage } from '../../shared/domain/localized';
import type { BilingualText } from '../../shared/domain/resources/readingChallenge';
import { formatDayRange, formatList } from '../../shared/i18n/format';
import { formattingLocale, type Language } from '../../shared/i18n/language';
import { translator } from '../../shared/i18n/translate';

export interface GamesPeriod {
  /** The first day asked about: never before today. */
  first: string;
  last: string;
  months: MonthOfYear[];
  /** The person named a month that is over (only a year they typed can do that); the current month is shown. */
  pastMonth: boolean;
}

const nextMonth = ({ year, month }: MonthOfYear): MonthOfYear => (month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 });

/**
 * The days a question about free games is about, given today in Finland (YYYY-MM-DD): the month it names, from
 * today on; without one the current month, or for a bare "games" the current month and the next.
 */
export function gamesPeriod(text: string, bare: boolean, today: string): GamesPeriod {
  const current = { year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) };
  const named = monthIn(text, current);
  const pastMonth = named !== undefined && monthRange(named.year, named.month).last < today;
  const months = named && !pastMonth ? [named] : bare && !named ? [current, nextMonth(current)] : [current];
  const first = monthRange(months[0].year, months[0].month).first;
  const last = monthRange(months[months.length - 1].year, months[months.length - 1].month).last;
  return { first: first < today ? today : first, last, months, pastMonth };
}

const monthFormats = new Map<Language, Intl.DateTimeFormat>();

/** "maaliskuu 2027", "mars–april 2027", "March – April 2027". */
export function monthsLabel(months: readonly MonthOfYear[], lang: Language): string {
  let f = monthFormats.get(lang);
  if (!f) monthFormats.set(lang, (f = new Intl.DateTimeFormat(formattingLocale[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' })));
  const at = ({ year, month }: MonthOfYear) => new Date(Date.UTC(year, month - 1, 1));
  return months.length === 1 ? f.format(at(months[0])) : f.formatRange(at(months[0]), at(months[months.length - 1]));
}

/** Free periods as a sentence's list: "1.3.2027–9.3.2027 ja 20.3.2027–31.3.2027". */
export function periodsText(periods: ReadonlyArray<{ from: string; to: string }>, lang: Language): string {
  return formatList(periods.map((p) => formatDayRange(p.from, p.to, lang)), lang);
}

/** When an edition came out, as the libraries write it: "11/2021" in Finnish and Swedish, "Nov 2021" in English. */
export function editionMonth(published: string, lang: Language): string {
  const [year, month] = published.split('-').map(Number);
  if (lang !== 'en') return `${month}/${year}`;
  return new Intl.DateTimeFormat(formattingLocale.en, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
}

export interface GuideLine {
  title: string;
  /** Which language's edition the link opens and when it came out; says so when it is not the reader's. */
  detail: string;
  url: string | null;
}

/** A guide as a reader sees it: their language's edition, else another one, named. */
export function guideLine(guide: GuideDraft, lang: Language): GuideLine {
  const t = translator(lang);
  // Titles are stored trimmed (the API trims them), so the reader's language or the first there is.
  const title = inLanguage(guide.title, lang);
  const found = editionFor(guide, lang);
  if (!found) return { title, detail: '', url: null };
  const parts = [t(`resourcesBot.guide.in.${found.lang}`), ...(found.edition.published ? [editionMonth(found.edition.published, lang)] : [])];
  const detail = parts.join(', ') + (found.lang === lang ? '' : ` – ${t('resourcesBot.guide.noOwnEdition')}`);
  return { title, detail, url: isSafeLink(found.edition.url) ? found.edition.url : null };
}

/** The challenge's title: Finnish and Swedish readers get theirs, an English reader both. */
export function challengeTitle(title: BilingualText, lang: Language): string {
  if (lang !== 'en') return title[lang].trim() || title[lang === 'fi' ? 'sv' : 'fi'];
  return title.fi === title.sv ? title.fi : [title.fi, title.sv].filter((s) => s.trim()).join(' / ');
}

/** A library by the name used in the reader's language; its id when the directory no longer has it. */
export function libraryNameOf(id: string, lang: Language): string {
  const library = findLibrary(regionLibraries, id);
  return library ? libraryName(library, lang) : id;
}

/** The loan's days, "3.3.2027–10.3.2027". */
export const loanDates = (booking: { pickUpOn: string; returnOn: string }, lang: Language): string => formatDayRange(booking.pickUpOn, booking.returnOn, lang);
