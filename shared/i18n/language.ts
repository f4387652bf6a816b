/** The three languages every text of Kollega exists in, and how a Teams locale maps onto them. */
export const languages = ['fi', 'sv', 'en'] as const;
export type Language = (typeof languages)[number];

/**
 * Finnish for fi-*, Swedish for sv-* (Sweden and Finland alike), English for anything else,
 * including a missing or malformed locale.
 */
export function languageOf(locale: string | undefined | null): Language {
  const primary = (locale ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'fi') return 'fi';
  if (primary === 'sv') return 'sv';
  return 'en';
}

/** The BCP 47 locale used for formatting numbers and dates in each language (Finnish conventions). */
export const formattingLocale: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** Picks the first supported language from an HTTP Accept-Language header. */
export function languageFromAcceptLanguage(header: string | undefined): Language {
  if (!header) return 'en';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag ?? '', q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const lang = languageOf(tag);
    if (lang !== 'en' || tag.toLowerCase().startsWith('en')) return lang;
  }
  return 'en';
}
