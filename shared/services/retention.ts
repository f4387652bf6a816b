/**
 * Personal data is kept for a configurable period (PERSONAL_DATA_RETENTION_DAYS); once a day the sweep removes or
 * anonymises what is older, table by table as the registry says (shared/store/repositories/personalData/registry.ts),
 * then erases people who hold nothing any more and were last seen before the period.
 *
 * The day's sweep is one outbox job, keyed by the day: every instance's daily timer enqueues it, the outbox runs it
 * once on one instance, and a run repeated after a crash removes nothing twice. Each table's part is its own short
 * transaction, so people's requests never wait behind a long one.
 */
import type { Kysely } from 'kysely';
import { dateOf, todayInFinland } from '../domain/calendarDate';
import { enqueue } from '../jobs/outbox';
import { audit } from '../store/repositories/audit';
import { idlePeople } from '../store/repositories/personalData/idlePeople';
import { personalDataRegistry, type TableName } from '../store/repositories/personalData/registry';
import type { Cutoff } from '../store/repositories/personalData/steps';
import { ensureErasedPerson } from '../store/repositories/personalData/subject';
import { inTransaction, toTimestamp } from '../store/repositories/util';
import type { Database } from '../store/schema';
import { eraseHeldPerson } from './personalData';

export const retentionJobs = { sweep: 'personalData.retention' } as const;

/** When the day's sweep is due, Finnish time: a quiet hour, clear of the hour summer time skips. */
export const RETENTION_TIME = '04:30';

/** People erased for being idle in one run at most; the rest wait for the next day. */
const IDLE_PEOPLE_PER_RUN = 200;

export interface RetentionContext {
  db: Kysely<Database>;
  now: Date;
  /** PERSONAL_DATA_RETENTION_DAYS. */
  days: number;
}

export function cutoffOf(now: Date, days: number): Cutoff {
  return { at: toTimestamp(new Date(now.getTime() - days * 86_400_000)), day: dateOf(todayInFinland(now) - days), now };
}

/** Today's sweep into the outbox; false when it is there already (another instance, or an earlier call today). */
export async function enqueueRetentionSweep(db: Kysely<Database>, now: Date): Promise<boolean> {
  const day = dateOf(todayInFinland(now));
  return enqueue(db, { kind: retentionJobs.sweep, payload: { day }, idempotencyKey: `${retentionJobs.sweep}:${day}` }, now);
}

export async function sweepPersonalData(ctx: RetentionContext): Promise<Partial<Record<TableName, number>>> {
  const cutoff = cutoffOf(ctx.now, ctx.days);
  await ensureErasedPerson(ctx.db, ctx.now);
  const counts: Partial<Record<TableName, number>> = {};
  const add = (table: TableName, rows: number) => {
    if (rows > 0) counts[table] = (counts[table] ?? 0) + rows;
  };
  for (const [table, policy] of Object.entries(personalDataRegistry) as Array<[TableName, (typeof personalDataRegistry)[TableName]]>) {
    if (policy.sweep) add(table, await inTransaction(ctx.db, (trx) => policy.sweep!(trx, cutoff)));
  }
  for (const person of await idlePeople(ctx.db, cutoff.at, IDLE_PEOPLE_PER_RUN)) {
    const erased = await inTransaction(ctx.db, (trx) => eraseHeldPerson(trx, person, ctx.now));
    for (const [table, rows] of Object.entries(erased.counts) as Array<[TableName, number]>) add(table, rows);
  }
  await audit(ctx.db, { actor: 'retention', action: 'personalData.retention', subjectType: 'retention', subjectId: dateOf(todayInFinland(ctx.now)), detail: { days: ctx.days, before: cutoff.at, counts } }, ctx.now);
  return counts;
}
