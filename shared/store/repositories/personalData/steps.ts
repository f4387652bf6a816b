/** The shapes of the registry's executable parts: a step of an erasure, and a step of the daily retention sweep. */
import type { Kysely } from 'kysely';
import type { Database } from '../../schema';
import type { Subject } from './subject';

/** Removes or anonymises the subject's rows of one table; returns how many rows it changed. */
export type EraseStep = (db: Kysely<Database>, subject: Subject) => Promise<number>;

/** Everything older than the retention period ends before this. */
export interface Cutoff {
  /** A timestamp, for columns holding moments. */
  at: string;
  /** A calendar day (YYYY-MM-DD), for columns holding days (a season's or a visit's last day). */
  day: string;
  now: Date;
}

/** Removes or anonymises one table's rows older than the cutoff; returns how many rows it changed. */
export type SweepStep = (db: Kysely<Database>, cutoff: Cutoff) => Promise<number>;
