/**
 * What members bring to a session: book tips to a book coffee, practices to an idea coffee. The limits are
 * what fits on a card; an ISBN is checked by its check digit, so a typo is caught before the tip is listed.
 */
import type { EventKind } from './events';

export const ageGroups = ['toddlers', 'children', 'middleGrade', 'teens', 'adults'] as const;
export type AgeGroup = (typeof ageGroups)[number];

export const contributionLimits = { title: 200, author: 200, note: 500, description: 1000, library: 200 } as const;

export type Contribution =
  | { kind: 'bookTip'; title: string; author: string | null; ageGroup: AgeGroup | null; note: string | null; isbn: string | null }
  | { kind: 'practice'; title: string; description: string; library: string | null };

/** Which kind of contribution an event collects, if any. */
export function contributionKindFor(kind: EventKind): Contribution['kind'] | undefined {
  return kind === 'bookCoffee' ? 'bookTip' : kind === 'ideaCoffee' ? 'practice' : undefined;
}

/** The ISBN's digits (an ISBN-10 may end in X), or undefined when it is not a valid ISBN-10 or ISBN-13. */
export function normalizeIsbn(raw: string): string | undefined {
  const isbn = raw.replace(/[\s-]/g, '').toUpperCase();
  if (/^\d{9}[\dX]$/.test(isbn)) {
    const sum = [...isbn].reduce((acc, c, i) => acc + (c === 'X' ? 10 : Number(c)) * (10 - i), 0);
    return sum % 11 === 0 ? isbn : undefined;
  }
  if (/^\d{13}$/.test(isbn)) {
    const sum = [...isbn].reduce((acc, c, i) => acc + Number(c) * (i % 2 === 0 ? 1 : 3), 0);
    return sum % 10 === 0 ? isbn : undefined;
  }
  return undefined;
}

/** A contribution's fields as a card or the API sends them (already trimmed and within the limits). */
export type ContributionFields =
  | { kind: 'bookTip'; title?: string; author?: string; ageGroup?: AgeGroup; note?: string; isbn?: string }
  | { kind: 'practice'; title?: string; description?: string; library?: string };

/** The contribution, or why it is not one: a required field is empty, or the ISBN fails its check digit. */
export function readContribution(fields: ContributionFields): Contribution | 'required' | 'badIsbn' {
  if (!fields.title) return 'required';
  if (fields.kind === 'practice') {
    if (!fields.description) return 'required';
    return { kind: 'practice', title: fields.title, description: fields.description, library: fields.library ?? null };
  }
  const isbn = fields.isbn ? normalizeIsbn(fields.isbn) : null;
  if (isbn === undefined) return 'badIsbn';
  return { kind: 'bookTip', title: fields.title, author: fields.author ?? null, ageGroup: fields.ageGroup ?? null, note: fields.note ?? null, isbn };
}
