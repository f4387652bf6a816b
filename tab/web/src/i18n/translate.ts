/** The one way texts are read: a key of the catalogs, {placeholders} filled in. */
import type { Lang } from '../../../../shared/api/tabContract';
import { en } from './en';
import { fi, type Catalog, type MessageKey } from './fi';
import { sv } from './sv';

export type { MessageKey };
export type TextParams = Record<string, string | number>;

export const catalogs: Record<Lang, Catalog> = { fi, sv, en };

export function translate(lang: Lang, key: MessageKey, params?: TextParams): string {
  const text = catalogs[lang][key];
  if (!params) return text;
  // A missing parameter stays visible as {name}, so a gap shows up in review instead of reading as empty.
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The placeholders a text expects, e.g. ['network'] for 'Leave {network}?'. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}
