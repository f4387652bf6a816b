/**
 * Finding a person in free-form columns (outbox payloads, audit details, conversation references) and taking
 * them out of JSON. LIKE with the wildcards of the text escaped works alike on SQLite and PostgreSQL.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import { ERASED_PERSON_ID } from './subject';

const escapeLike = (text: string) => text.replace(/[!%_]/g, (c) => `!${c}`);

/** `column` contains `text` anywhere. */
export function contains(column: string, text: string): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} like ${`%${escapeLike(text)}%`} escape '!'`;
}

/** Any of the columns contains any of the texts; false for no texts. */
export function mentionsAny(columns: readonly string[], texts: readonly string[]): Expression<SqlBool> {
  const tests = columns.flatMap((c) => texts.map((t) => contains(c, t)));
  return tests.length === 0 ? sql<SqlBool>`1 = 0` : sql<SqlBool>`(${sql.join(tests, sql` or `)})`;
}

/** What a text that named the person becomes. */
export const ERASED_TEXT = '[erased]';

/**
 * The JSON with every string that contains an identifier replaced (the person's Kollega id by the erased person's,
 * so the entry still says "a person"), and the keys in `drop` (free text about them) removed.
 */
export function scrubJson(json: string, person: { id: string; identifiers: readonly string[] }, drop: readonly string[] = []): string {
  const scrub = (value: unknown): unknown => {
    if (typeof value === 'string') {
      if (value === person.id) return ERASED_PERSON_ID;
      return person.identifiers.some((id) => value.includes(id)) ? ERASED_TEXT : value;
    }
    if (Array.isArray(value)) return value.map(scrub);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).filter(([key]) => !drop.includes(key)).map(([key, v]) => [key, scrub(v)]));
    }
    return value;
  };
  try {
    return JSON.stringify(scrub(JSON.parse(json)));
  } catch {
    // Not JSON (only if edited by hand): the identifiers are cut out of the text itself.
    return person.identifiers.reduce((text, id) => text.split(id).join(ERASED_TEXT), json);
  }
}
