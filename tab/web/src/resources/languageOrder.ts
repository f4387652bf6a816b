/**
 * Which language versions a reader sees first. The reading challenge is written in Finnish and Swedish: a Finnish
 * or Swedish reader gets theirs (the other on request), an English reader both, named. A guide's editions come
 * with the reader's language first, then Finnish, Swedish and English, as the server picks them.
 */
import type { Lang } from '../../../../shared/api/tabContract';
import type { GuideEdition } from './resourceTypes';

const ALL: readonly Lang[] = ['fi', 'sv', 'en'];

export function challengeLanguages(lang: Lang, showOther: boolean): Array<'fi' | 'sv'> {
  if (lang === 'en') return ['fi', 'sv'];
  const other = lang === 'fi' ? 'sv' : 'fi';
  return showOther ? [lang, other] : [lang];
}

export function editionsInOrder(editions: Partial<Record<Lang, GuideEdition>>, lang: Lang): Array<{ lang: Lang; edition: GuideEdition }> {
  // The server takes only web links; a link that is none anyway (a javascript: one) is never drawn.
  return [lang, ...ALL.filter((l) => l !== lang)].flatMap((l) => (editions[l] && isWebLink(editions[l]!.url) ? [{ lang: l, edition: editions[l]! }] : []));
}

const isWebLink = (url: string): boolean => /^https?:\/\/[^\s/]/i.test(url);

/** A YYYY-MM month written the reader's way ("marraskuu 2021", "november 2021"); unknown text as it is. */
export function formatMonth(month: string, locale: string): string {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m) return month;
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)));
}
