/** The shape of the personal data registry's entries (registry.ts): how one table's personal data is handled. */
import type { Database } from '../../schema';
import type { EraseStep, SweepStep } from './steps';

export type TableName = keyof Database;

/** Where the export shows a table's rows about the person. */
export type ExportArea = 'person' | 'roles' | 'teams' | 'networks' | 'events' | 'mentoring' | 'exchange' | 'resources' | 'activity';

export interface TablePolicy {
  /**
   * What an erasure does with the person's rows: delete them; anonymise (keep the row for others, without the
   * person); both (by the rule in `why`); rewrite (keep every row, take the person out of its text); leave them
   * to the seed, which is the truth for coordinators and admins; or nothing, as the table holds no personal data.
   */
  erasure: 'delete' | 'anonymise' | 'delete+anonymise' | 'rewrite' | 'seed' | 'none';
  /** Columns holding a people.id. */
  personIds: readonly string[];
  /** Columns naming the person otherwise: Entra id, e-mail, Teams ids, a name, JSON or text that may hold them. */
  identities: readonly string[];
  /** Columns of free text the person wrote. */
  freeText: readonly string[];
  /** Where the export shows the rows; null for a table that holds no one's data (or only in the seed's). */
  exported: ExportArea | null;
  /** Why the table is handled so, in a line. */
  why: string;
  /** What the daily retention sweep does with old rows, and why. */
  retention: string;
  erase?: EraseStep;
  sweep?: SweepStep;
}

export const none = (why: string, retention = 'kept: reference data, no one\'s personal data'): TablePolicy => ({
  erasure: 'none', personIds: [], identities: [], freeText: [], exported: null, why, retention,
});
