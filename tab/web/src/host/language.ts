/** Which of Kollega's languages a locale means: fi-* Finnish, sv-* Swedish, anything else English. */
import type { Lang } from '../../../../shared/api/tabContract';

export function languageOf(locale: string | null | undefined): Lang {
  const primary = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return primary === 'fi' || primary === 'sv' ? primary : 'en';
}

/** The BCP 47 locale used for dates and numbers in each language (Finland's Swedish for sv). */
export const localeOf: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
