/**
 * The outbox worker: runs in the app process, claims due jobs, runs their handlers, and records the outcome.
 *
 * Several instances may share one database. A claim is a lease: one UPDATE sets locked_by/locked_until on up to
 * batchSize due, unlocked jobs (PostgreSQL skips rows another instance is claiming; SQLite's write lock
 * serialises the statement), so each job is claimed by one instance. A crashed instance's lease expires after
 * lockMs and another instance takes the job. Every outcome is written only WHERE locked_by is still this
 * instance, so an instance whose lease expired and was taken over cannot overwrite the new holder's result.
 *
 * Delivery is at least once: a job whose handler outlives lockMs, or whose instance dies after the work but
 * before recording it, runs again. Handlers should be idempotent (Graph "add member" twice is harmless).
 */
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Logger } from '../log/logger';
import type { Store } from '../store/database';
import type { Database } from '../store/schema';
import { toTimestamp } from '../store/repositories/util';
import { classifyJobError, DeferJobError } from './errors';
import { StartBudget } from './pacing';
import { toJobRecord, type OutboxJobRecord, type OutboxRow } from './outbox';

export interface JobContext {
  job: OutboxJobRecord;
  /** 1 on the first try. */
  attempt: number;
  /** Already carries the job's id and kind. */
  log: Logger;
  /** How long this claim on the job lasts: a claim the handler makes for itself (a message it is about to send)
   * that is older than this was left by an instance that died, since the job is only run again after it. */
  leaseMs: number;
}

/** Does the work; validates its own payload. Throw TransientJobError/PermanentJobError (or a GraphError). */
export type JobHandler = (payload: unknown, ctx: JobContext) => Promise<void>;

export interface OutboxWorkerOptions {
  store: Store;
  handlers: Record<string, JobHandler>;
  log: Logger;
  now?: () => Date;
  /** Unique per process; the default adds random bytes, since a restarted container often has the same pid. */
  instanceId?: string;
  pollIntervalMs?: number;
  /** How long a claim lasts; longer than any handler should run. */
  lockMs?: number;
  /** Most jobs this instance runs at once. */
  batchSize?: number;
  /**
   * Most jobs the poller starts a second (a burst of as many, then evenly). Most jobs message Teams, which
   * allows an app about 50 requests a second per tenant, people's own turns included.
   */
  maxStartsPerSecond?: number;
  maxAttempts?: number;
  /** Delay after the given failed attempt (1-based); a Retry-After longer than this wins. */
  backoff?: (attempt: number) => number;
  /** After a job is marked failed (permanent error, unknown kind, attempts used up). Errors here are logged. */
  onFailed?: (job: OutboxJobRecord, error: Error) => Promise<void>;
}

export interface OutboxWorker {
  start(): void;
  /** Stops polling and waits for the jobs in flight. */
  stop(): Promise<void>;
  /** Look for due jobs now (call after committing a transaction that enqueued). */
  kick(): void;
  /** Processes everything due now, once, and returns how many jobs ran; for tests and scripts. */
  runDue(): Promise<number>;
}

const DEFAULT_POLL_INTERVAL_MS = 1000;
const DEFAULT_LOCK_MS = 60_000;
const DEFAULT_BATCH_SIZE = 10;
const DEFAULT_MAX_STARTS_PER_SECOND = 25;
const DEFAULT_MAX_ATTEMPTS = 12;
const MAX_BACKOFF_MS = 10 * 60_000;
/** runDue stops after this many jobs (its exclusion list goes into the SQL); the next round continues. */
const MAX_JOBS_PER_ROUND = 500;
const MAX_ERROR_LENGTH = 2000;

/** 1s, 2s, 4s… capped at 10 minutes, ±25% so instances that failed together do not retry together. */
export function exponentialBackoff(attempt: number): number {
  const base = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, attempt - 1));
  return Math.min(MAX_BACKOFF_MS, Math.round(base * (0.75 + Math.random() * 0.5)));
}

export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { store, handlers, onFailed } = options;
  const db: Kysely<Database> = store.db;
  const log = options.log.child({ component: 'outbox' });
  const now = options.now ?? (() => new Date());
  const me = options.instanceId ?? `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  const lockMs = options.lockMs ?? DEFAULT_LOCK_MS;
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const maxAttempts = Math.max(1, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
  const backoff = options.backoff ?? exponentialBackoff;
  const starts = new StartBudget(Math.max(1, options.maxStartsPerSecond ?? DEFAULT_MAX_STARTS_PER_SECOND));

  /** Jobs this instance is running, so it never claims one of them again while its handler still runs. */
  const inFlight = new Map<number, Promise<void>>();
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let polling: Promise<void> | undefined;
  let kicked = false;
  /** The poller found every slot busy: the next job to finish polls again. */
  let waitingForSlot = false;

  async function claim(limit: number, exclude: number[]): Promise<OutboxRow[]> {
    const at = now();
    const nowIso = toTimestamp(at);
    const due = db
      .selectFrom('outbox')
      .select('id')
      .where('state', '=', 'pending')
      .where('next_attempt_at', '<=', nowIso)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', nowIso)]))
      .$if(exclude.length > 0, (q) => q.where('id', 'not in', exclude))
      // Earliest due first, in the order of the (state, next_attempt_at) index: no sort of the whole backlog.
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(limit)
      .$if(store.dialect === 'postgres', (q) => q.forUpdate().skipLocked());
    // One statement: atomic on both engines, and on SQLite it holds the write lock for no longer than itself.
    const rows = await db
      .updateTable('outbox')
      .set((eb) => ({
        locked_by: me,
        locked_until: toTimestamp(new Date(at.getTime() + lockMs)),
        attempts: eb('attempts', '+', 1),
        updated_at: nowIso,
      }))
      .where('id', 'in', due)
      .returningAll()
      .execute();
    return rows.sort((a, b) => Number(a.id) - Number(b.id));
  }

  /** Writes an outcome if this instance still holds the job; false if the lease was lost to another. */
  async function settle(
    id: number,
    values: { state: 'pending' | 'done' | 'failed'; last_error?: string | null; next_attempt_at?: string; attempts?: number },
  ) {
    const result = await db
      .updateTable('outbox')
      .set({ ...values, locked_by: null, locked_until: null, updated_at: toTimestamp(now()) })
      .where('id', '=', id)
      .where('locked_by', '=', me)
      .where('state', '=', 'pending')
      .executeTakeFirst();
    const held = Number(result.numUpdatedRows) > 0;
    if (!held) log.warn({ jobId: id }, 'outbox job was taken over by another instance; its outcome here is dropped');
    return held;
  }

  async function fail(job: OutboxJobRecord, error: Error, jobLog: Logger): Promise<void> {
    const lastError = truncate(error.message);
    if (!(await settle(job.id, { state: 'failed', last_error: lastError }))) return;
    jobLog.error({ attempt: job.attempts, error: error.message }, 'outbox job failed');
    if (!onFailed) return;
    try {
      await onFailed({ ...job, state: 'failed', lastError, lockedBy: null, lockedUntil: null }, error);
    } catch (hookError) {
      jobLog.error({ error: messageOf(hookError) }, 'outbox onFailed hook threw');
    }
  }

  async function run(row: OutboxRow): Promise<void> {
    const { id, kind } = row;
    const jobLog = log.child({ jobId: Number(id), kind });
    let job: OutboxJobRecord;
    try {
      job = toJobRecord(row);
    } catch (error) {
      // Unreadable payload: nothing can run it. Record it without the payload.
      const stub = { id: Number(id), kind, attempts: 0 } as OutboxJobRecord;
      return fail(stub, new Error(`Unreadable payload: ${messageOf(error)}`), jobLog);
    }
    const attempt = job.attempts;
    const handler = Object.prototype.hasOwnProperty.call(handlers, kind) ? handlers[kind] : undefined;
    if (!handler) return fail(job, new Error(`No handler for outbox job kind "${kind}"`), jobLog);
    // Only possible when earlier claims never finished (crashes): give up rather than crash forever.
    if (attempt > maxAttempts) return fail(job, new Error(`Gave up after ${maxAttempts} attempts`), jobLog);

    try {
      await handler(job.payload, { job, attempt, log: jobLog, leaseMs: lockMs });
    } catch (thrown) {
      if (thrown instanceof DeferJobError) {
        // A rate limit, not a failure: the job waits its turn and keeps the attempt it was claimed with.
        const nextAttemptAt = toTimestamp(new Date(now().getTime() + thrown.waitMs));
        await settle(job.id, { state: 'pending', next_attempt_at: nextAttemptAt, attempts: attempt - 1 });
        return;
      }
      const failure = classifyJobError(thrown);
      if (failure.permanent || attempt >= maxAttempts) return fail(job, failure.error, jobLog);
      const delayMs = Math.max(failure.retryAfterMs ?? 0, backoff(attempt));
      const nextAttemptAt = toTimestamp(new Date(now().getTime() + delayMs));
      if (await settle(job.id, { state: 'pending', last_error: truncate(failure.error.message), next_attempt_at: nextAttemptAt })) {
        jobLog.warn({ attempt, error: failure.error.message, retryInMs: delayMs }, 'outbox job will be retried');
      }
      return;
    }
    if (await settle(job.id, { state: 'done' })) jobLog.info({ attempt }, 'outbox job done');
  }

  /**
   * Starts a claimed job; never rejects (a failure to record an outcome is logged, the lease then expires).
   * The work waits until the claim, and whatever the job depends on, is on disk: what it does outside (Graph,
   * Teams) must never stand on a write that a crash could still undo.
   */
  function launch(row: OutboxRow): Promise<void> {
    const id = Number(row.id);
    const task = store
      .durable()
      .then(() => run(row))
      .catch((error) => log.error({ jobId: id, error: messageOf(error) }, 'outbox could not record a job outcome'))
      .finally(() => {
        inFlight.delete(id);
        if (waitingForSlot && running) {
          waitingForSlot = false;
          schedule(0);
        }
      });
    inFlight.set(id, task);
    return task;
  }

  async function runDue(): Promise<number> {
    const seen: number[] = [];
    while (seen.length < MAX_JOBS_PER_ROUND) {
      const rows = await claim(batchSize, [...seen, ...inFlight.keys()]);
      if (rows.length === 0) break;
      seen.push(...rows.map((r) => Number(r.id)));
      await Promise.all(rows.map(launch));
    }
    return seen.length;
  }

  /**
   * One poll: fills free slots without waiting for the jobs, so a slow job delays neither others nor stop().
   * With every slot busy, the next job to finish polls; with the start budget spent, the poll waits for it.
   */
  async function poll(): Promise<void> {
    let delay = pollIntervalMs;
    try {
      const slots = batchSize - inFlight.size;
      const allowed = Math.min(slots, starts.available(Date.now()));
      if (slots <= 0) {
        waitingForSlot = true;
      } else if (allowed <= 0) {
        delay = starts.msUntilNext(Date.now());
      } else {
        const rows = await claim(allowed, [...inFlight.keys()]);
        starts.spend(rows.length);
        rows.forEach((row) => void launch(row));
        // A full claim means more may be due: look again as soon as the budget allows.
        if (rows.length === allowed || kicked) delay = 0;
      }
    } catch (error) {
      log.error({ error: messageOf(error) }, 'outbox poll failed; will try again');
    }
    kicked = false;
    if (running && !waitingForSlot) schedule(delay);
  }

  function schedule(delayMs: number): void {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      polling = poll().finally(() => (polling = undefined));
    }, delayMs);
    timer.unref();
  }

  return {
    start() {
      if (running) return;
      running = true;
      waitingForSlot = false; // a stop while every slot was busy must not keep a restarted poller waiting
      log.info({ instanceId: me }, 'outbox worker started');
      schedule(0);
    },
    async stop() {
      running = false;
      clearTimeout(timer);
      timer = undefined;
      await polling;
      await Promise.all([...inFlight.values()]);
    },
    kick() {
      if (!running) return;
      if (polling) kicked = true; // poll() reschedules at once when it ends
      else schedule(0);
    },
    runDue,
  };
}

function truncate(text: string): string {
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
