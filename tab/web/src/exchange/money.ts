/**
 * Euros as people read and type them, cents as the API keeps them. Both ways go through the digits as text, never
 * through a float times 100, so 0,29 € stays 29 cents and 120,50 € shows as written.
 */
import type { Lang } from '../../../../shared/api/tabContract';
import { localeOf } from '../host/language';

const formats = new Map<Lang, Intl.NumberFormat>();

function format(lang: Lang): Intl.NumberFormat {
  let f = formats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(localeOf[lang], { style: 'currency', currency: 'EUR' });
    formats.set(lang, f);
  }
  return f;
}

/** The decimal text of an amount of cents, e.g. 12050 → "120.50" (what a form field is prefilled with, too). */
export function centsToDecimal(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(cents));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** "120,50 €" in Finnish and Swedish, "€120.50" in English. */
export function formatEuros(cents: number, lang: Lang): string {
  // Intl formats a decimal string exactly (no float in between); the cast is for older lib typings.
  return format(lang).format(centsToDecimal(cents) as unknown as number);
}

/** An amount for a form field in the reader's way: "120,50" in Finnish and Swedish, "120.50" in English. */
export function eurosForField(cents: number, lang: Lang): string {
  const text = centsToDecimal(cents);
  return lang === 'en' ? text : text.replace('.', ',');
}

/**
 * What a person typed, in whole cents; null when it is not an amount of euros. Accepts "120", "120,5", "120.50",
 * "1 200,50 €" and, from an English reader, "1,200.50". An empty field is 0 € (an estimate not known yet).
 */
export function parseEuros(typed: string, lang: Lang): number | null {
  const text = typed.replace(/[\s\u00a0\u202f€]/g, '').replace(/^eur|eur$/i, '');
  if (text === '') return 0;
  let whole: string;
  let fraction = '';
  const english = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d{1,2}))?$/.exec(text);
  const plain = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(text);
  if (lang === 'en' && english) {
    whole = english[1].replace(/,/g, '');
    fraction = english[2] ?? '';
  } else if (plain) {
    whole = plain[1];
    fraction = plain[2] ?? '';
  } else {
    return null;
  }
  if (whole.length > 12) return null;
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}
