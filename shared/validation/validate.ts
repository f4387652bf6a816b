/**
 * Schema validation of everything that comes in (activities, card data, API bodies and queries), with the
 * problems described in the reader's language, so a bad request gets an answer the person can read.
 */
import { z } from 'zod';
import type { Language } from '../i18n/language';

const localeErrors = { fi: z.locales.fi(), sv: z.locales.sv(), en: z.locales.en() };

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** At most this many problems are reported: enough to fix the request, not a wall of text. */
const maxProblems = 5;

export function validate<S extends z.ZodType>(schema: S, input: unknown, lang: Language = 'en'): Validated<z.output<S>> {
  const parsed = schema.safeParse(input, { error: localeErrors[lang].localeError });
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.slice(0, maxProblems).map((i) => {
      const where = i.path.map(String).join('.');
      return where ? `${where}: ${i.message}` : i.message;
    }),
  };
}
