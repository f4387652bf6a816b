/** A calendar day of the API ("2026-05-12") written the reader's way; the day itself, not a moment, so no time zone. */
import type { Lang } from '../../../../shared/api/tabContract';
import { localeOf } from '../host/language';

const formats = new Map<Lang, Intl.DateTimeFormat>();

export function formatDay(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  let f = formats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(localeOf[lang], { dateStyle: 'medium', timeZone: 'UTC' });
    formats.set(lang, f);
  }
  return f.format(new Date(Date.UTC(y, m - 1, d)));
}

/** "12.5.2026 – 13.5.2026", or what is known of it. */
export function formatDays(startsOn: string | null, endsOn: string | null, lang: Lang): string | null {
  if (!startsOn && !endsOn) return null;
  if (startsOn && endsOn && startsOn === endsOn) return formatDay(startsOn, lang);
  return `${startsOn ? formatDay(startsOn, lang) : '…'} – ${endsOn ? formatDay(endsOn, lang) : '…'}`;
}
