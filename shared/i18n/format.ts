/** Dates and times as a reader in Finland expects them: Europe/Helsinki, in the reader's language. */
import { formattingLocale, type Language } from './language';

export const timeZone = 'Europe/Helsinki';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(formattingLocale[lang], { timeZone, ...options });
    cache.set(key, f);
  }
  return f;
}

/** e.g. fi "ti 2.2.2027 klo 14.00", sv "tis 2.2.2027 14.00", en "Tue, 2 Feb 2027, 14:00". */
export function formatDateTime(at: Date, lang: Language): string {
  return formatter(lang, dayAndTime(lang)).format(at);
}

/** When an event takes place: fi "ti 2.2.2027 14.00–15.30", sv "tis 2.2.2027 14.00–15.30", en "Tue, 2 Feb 2027, 14:00–15:30". */
export function formatTimeRange(start: Date, end: Date, lang: Language): string {
  return formatter(lang, dayAndTime(lang)).formatRange(start, end);
}

/** The weekday, the date (English names the month) and the time, as people read them in each language. */
function dayAndTime(lang: Language): Intl.DateTimeFormatOptions {
  return { weekday: 'short', day: 'numeric', month: lang === 'en' ? 'short' : 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit' };
}

/** e.g. fi "3.2.2027", sv "3.2.2027", en "3 Feb 2027". */
export function formatDate(at: Date, lang: Language): string {
  return formatter(lang, { day: 'numeric', month: lang === 'en' ? 'short' : 'numeric', year: 'numeric' }).format(at);
}

/** A calendar day of the form YYYY-MM-DD in the reader's way (noon UTC is the same day in Finland). */
export const formatDay = (date: string, lang: Language): string => formatDate(new Date(`${date}T12:00:00Z`), lang);

/** Two calendar days as one period, "3.2.2027–5.2.2027"; one day alone when they are the same. */
export const formatDayRange = (from: string, to: string, lang: Language): string => (from === to ? formatDay(from, lang) : `${formatDay(from, lang)}–${formatDay(to, lang)}`);

/** A list joined the way each language joins it: "A, B ja C" / "A, B och C" / "A, B and C". */
const listFormats = new Map<Language, Intl.ListFormat>();

export function formatList(items: readonly string[], lang: Language): string {
  let f = listFormats.get(lang);
  if (!f) {
    f = new Intl.ListFormat(formattingLocale[lang], { style: 'long', type: 'conjunction' });
    listFormats.set(lang, f);
  }
  return f.format(items);
}
