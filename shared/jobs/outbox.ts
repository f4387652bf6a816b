/**
 * The durable outbox: work to do after a person's action is answered (Graph calls, proactive messages) is
 * written here in the same transaction as the decision, and the outbox worker does it afterwards. A Graph
 * outage, a crash or a restart therefore loses nothing; the idempotency key makes a redelivered Teams
 * activity enqueue nothing new.
 */
import type { Kysely, Selectable } from 'kysely';
import { prepare } from '../store/prepared';
import type { Database, OutboxTable } from '../store/schema';
import { toTimestamp } from '../store/repositories/util';

export type OutboxState = OutboxTable['state'];

export interface NewOutboxJob {
  /** Names the handler that will do the work (e.g. 'teams.addMember'). */
  kind: string;
  /** Anything JSON can hold; the handler validates it. */
  payload: unknown;
  /** The same key twice is one job: derive it from the decision (e.g. `addMember:${joinRequestId}`). */
  idempotencyKey: string;
  /** Not before this time (default: now). */
  notBefore?: Date;
}

export interface OutboxJobRecord {
  id: number;
  kind: string;
  payload: unknown;
  idempotencyKey: string;
  state: OutboxState;
  /** Attempts started so far (a claim counts one, so a crash mid-job counts too). */
  attempts: number;
  nextAttemptAt: string;
  lockedBy: string | null;
  lockedUntil: string | null;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
}

export type OutboxRow = Selectable<OutboxTable>;

/**
 * Adds a job; returns false if a job with the same idempotency key already exists (nothing is changed).
 * Pass the transaction that records the decision, so the job exists exactly when the decision does.
 */
export async function enqueue(db: Kysely<Database>, job: NewOutboxJob, now: Date): Promise<boolean> {
  if (!job.kind.trim()) throw new Error('An outbox job needs a kind');
  if (!job.idempotencyKey.trim()) throw new Error('An outbox job needs an idempotency key');
  const payloadJson = JSON.stringify(job.payload);
  if (payloadJson === undefined) throw new Error(`The payload of outbox job ${job.kind} cannot be stored as JSON`);
  const at = toTimestamp(now);
  const result = await insertJob(db, {
    kind: job.kind,
    payloadJson,
    idempotencyKey: job.idempotencyKey,
    notBefore: job.notBefore ? toTimestamp(job.notBefore) : at,
    now: at,
  });
  return (result.numAffectedRows ?? 0n) > 0n;
}

const insertJob = prepare((db, p: { kind: string; payloadJson: string; idempotencyKey: string; notBefore: string; now: string }) =>
  db
    .insertInto('outbox')
    .values({
      kind: p.kind,
      payload_json: p.payloadJson,
      idempotency_key: p.idempotencyKey,
      state: 'pending',
      attempts: 0,
      next_attempt_at: p.notBefore,
      locked_by: null,
      locked_until: null,
      last_error: null,
      created_at: p.now,
      updated_at: p.now,
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing()),
);

export interface JobFilter {
  state?: OutboxState;
  kind?: string;
  /** Default 100. */
  limit?: number;
}

/** Oldest first; for tests and admin views. */
export async function listJobs(db: Kysely<Database>, filter: JobFilter = {}): Promise<OutboxJobRecord[]> {
  const rows = await db
    .selectFrom('outbox')
    .selectAll()
    .$if(filter.state !== undefined, (q) => q.where('state', '=', filter.state!))
    .$if(filter.kind !== undefined, (q) => q.where('kind', '=', filter.kind!))
    .orderBy('id')
    .limit(filter.limit ?? 100)
    .execute();
  return rows.map(toJobRecord);
}

export async function getJob(db: Kysely<Database>, id: number): Promise<OutboxJobRecord | undefined> {
  const row = await db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toJobRecord(row) : undefined;
}

/** Throws if payload_json is not JSON (only possible if someone edited the row by hand). */
export function toJobRecord(row: OutboxRow): OutboxJobRecord {
  return {
    id: Number(row.id),
    kind: row.kind,
    payload: JSON.parse(row.payload_json) as unknown,
    idempotencyKey: row.idempotency_key,
    state: row.state,
    attempts: Number(row.attempts),
    nextAttemptAt: row.next_attempt_at,
    lockedBy: row.locked_by,
    lockedUntil: row.locked_until,
    lastError: row.last_error,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
