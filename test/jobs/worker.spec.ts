/**
 * The outbox worker on both engines: outcomes, retries on an injected clock (no sleeping), failure hooks,
 * exactly-once across two instances, a crashed instance's lease, a restart mid-retry, and a clean stop.
 */
import type { Store } from '../../shared/store/database';
import { enqueue, getJob, listJobs, type OutboxJobRecord } from '../../shared/jobs/outbox';
import { DeferJobError, PermanentJobError, TransientJobError } from '../../shared/jobs/errors';
import { createOutboxWorker, exponentialBackoff, type JobHandler, type OutboxWorkerOptions } from '../../shared/jobs/worker';
import { describeEachEngine } from '../support/databases';
import { capturingLogger, gate, TestClock } from './jobTestKit';

const LOCK_MS = 60_000;

describeEachEngine('outbox worker', (t) => {
  let clock: TestClock;
  let logged: ReturnType<typeof capturingLogger>;

  beforeEach(() => {
    clock = new TestClock();
    logged = capturingLogger();
  });

  const worker = (handlers: Record<string, JobHandler>, extra: Partial<OutboxWorkerOptions> = {}) =>
    createOutboxWorker({ store: t.store, handlers, log: logged.log, now: clock.now, lockMs: LOCK_MS, backoff: () => 1000, ...extra });

  const add = (kind: string, key: string, payload: unknown = { email: 'secret.person@example.fi' }, store: Store = t.store) =>
    enqueue(store.db, { kind, payload, idempotencyKey: key }, clock.now());

  const onlyJob = async () => {
    const [job] = await listJobs(t.store.db);
    return job;
  };

  it('runs a job once, with its payload, and marks it done', async () => {
    const calls: unknown[] = [];
    const w = worker({ greet: async (payload, ctx) => void calls.push([payload, ctx.attempt, ctx.job.kind]) });
    await add('greet', 'g1');

    expect(await w.runDue()).toBe(1);
    expect(await w.runDue()).toBe(0);
    expect(calls).toEqual([[{ email: 'secret.person@example.fi' }, 1, 'greet']]);
    expect(await onlyJob()).toMatchObject({ state: 'done', attempts: 1, lockedBy: null, lockedUntil: null });
  });

  it('retries a transient failure after Retry-After or backoff, whichever is later, then succeeds', async () => {
    const outcomes: Array<() => never> = [
      () => {
        throw new TransientJobError('throttled', { retryAfterMs: 5000 });
      },
      () => {
        // A GraphError look-alike: transient with a Retry-After shorter than the backoff (1s here).
        throw Object.assign(new Error('service unavailable'), { transient: true, retryAfterMs: 200 });
      },
    ];
    const attempts: number[] = [];
    const w = worker({
      flaky: async (_payload, ctx) => {
        attempts.push(ctx.attempt);
        outcomes.shift()?.();
      },
    });
    await add('flaky', 'f1');

    await w.runDue();
    expect(await onlyJob()).toMatchObject({ state: 'pending', attempts: 1, lastError: 'throttled', lockedBy: null });
    expect((await onlyJob()).nextAttemptAt).toBe('2025-03-01T08:00:05.000Z');

    clock.advance(4999);
    expect(await w.runDue()).toBe(0);
    clock.advance(1);
    expect(await w.runDue()).toBe(1);
    expect(await onlyJob()).toMatchObject({ state: 'pending', attempts: 2, lastError: 'service unavailable' });
    expect((await onlyJob()).nextAttemptAt).toBe('2025-03-01T08:00:06.000Z');

    clock.advance(1000);
    expect(await w.runDue()).toBe(1);
    expect(await onlyJob()).toMatchObject({ state: 'done', attempts: 3 });
    expect(attempts).toEqual([1, 2, 3]);
    // Kind, id, attempt and error reach the log; the payload (an e-mail address) never does.
    expect(logged.lines.join('\n')).toContain('throttled');
    expect(logged.lines.join('\n')).not.toContain('secret.person');
  });

  it('fails a job at once on a permanent error and calls onFailed once', async () => {
    const failed: Array<[OutboxJobRecord, Error]> = [];
    let runs = 0;
    const w = worker(
      {
        forbidden: async () => {
          runs += 1;
          throw new PermanentJobError('not allowed', { detail: 'Graph 403' });
        },
        graph404: async () => {
          throw Object.assign(new Error('team not found'), { transient: false, status: 404 });
        },
      },
      { onFailed: async (job, error) => void failed.push([job, error]) },
    );
    await add('forbidden', 'p1');
    await add('graph404', 'p2');

    await w.runDue();
    clock.advance(3_600_000);
    await w.runDue();

    expect(runs).toBe(1);
    expect((await listJobs(t.store.db)).map((j) => [j.state, j.lastError])).toEqual([
      ['failed', 'not allowed'],
      ['failed', 'team not found'],
    ]);
    expect(failed.map(([job, error]) => [job.kind, job.state, error.message])).toEqual([
      ['forbidden', 'failed', 'not allowed'],
      ['graph404', 'failed', 'team not found'],
    ]);
    expect((failed[0][1] as PermanentJobError).detail).toBe('Graph 403');
  });

  it('gives up after maxAttempts, and an error in onFailed is logged, not thrown', async () => {
    let runs = 0;
    let hookCalls = 0;
    const w = worker(
      {
        broken: async () => {
          runs += 1;
          throw new Error('still down');
        },
      },
      {
        maxAttempts: 3,
        onFailed: async () => {
          hookCalls += 1;
          throw new Error('hook broke');
        },
      },
    );
    await add('broken', 'b1');

    for (let i = 0; i < 5; i += 1) {
      await w.runDue();
      clock.advance(1000);
    }
    expect(runs).toBe(3);
    expect(hookCalls).toBe(1);
    expect(await onlyJob()).toMatchObject({ state: 'failed', attempts: 3, lastError: 'still down' });
    expect(logged.lines.join('\n')).toContain('hook broke');
  });

  it('fails a job of an unknown kind', async () => {
    const failed: string[] = [];
    const w = worker({}, { onFailed: async (job) => void failed.push(job.kind) });
    await add('nobody.handles.this', 'u1');

    expect(await w.runDue()).toBe(1);
    expect(await onlyJob()).toMatchObject({ state: 'failed' });
    expect((await onlyJob()).lastError).toMatch(/No handler.*nobody\.handles\.this/);
    expect(failed).toEqual(['nobody.handles.this']);
  });

  it('runs each of 50 jobs exactly once with two instances on two stores', async () => {
    const other = await t.openAnother();
    const runsById = new Map<number, number>();
    const byInstance = { a: 0, b: 0 };
    const handlerFor = (instance: 'a' | 'b'): JobHandler => async (_payload, ctx) => {
      // Yield to the other instance between claim and finish, so their claims really interleave.
      await new Promise((resolve) => setTimeout(resolve, 1));
      runsById.set(ctx.job.id, (runsById.get(ctx.job.id) ?? 0) + 1);
      byInstance[instance] += 1;
    };
    for (let i = 0; i < 50; i += 1) await add('count', `c${i}`, { i });
    const a = createOutboxWorker({ store: t.store, handlers: { count: handlerFor('a') }, log: logged.log, now: clock.now, batchSize: 5, instanceId: 'a' });
    const b = createOutboxWorker({ store: other, handlers: { count: handlerFor('b') }, log: logged.log, now: clock.now, batchSize: 5, instanceId: 'b' });

    const [ranA, ranB] = await Promise.all([a.runDue(), b.runDue()]);

    expect(ranA + ranB).toBe(50);
    expect(runsById.size).toBe(50);
    expect([...runsById.values()].every((n) => n === 1)).toBe(true);
    // Both instances took part, so the claims did compete.
    expect(byInstance.a).toBeGreaterThan(0);
    expect(byInstance.b).toBeGreaterThan(0);
    await other.durable(); // what instance b recorded is committed, so instance a sees it
    expect(await listJobs(t.store.db, { state: 'done' })).toHaveLength(50);
  });

  it("takes over a crashed instance's job after its lease expires; the crashed instance cannot record an outcome", async () => {
    const other = await t.openAnother();
    const hang = gate();
    const survivorGate = gate();
    const crashed = createOutboxWorker({
      store: t.store,
      handlers: { work: () => hang.wait() }, // does not finish on its own: the process "died" mid-job
      log: logged.log,
      now: clock.now,
      lockMs: LOCK_MS,
      instanceId: 'crashed',
    });
    await add('work', 'w1');
    const abandoned = crashed.runDue();
    await hang.entered; // the claim is on disk: the worker waits for that before running the job
    expect(await onlyJob()).toMatchObject({ lockedBy: 'crashed', attempts: 1 });

    let survivorRuns = 0;
    const survivor = createOutboxWorker({
      store: other,
      handlers: {
        work: async () => {
          survivorRuns += 1;
          await survivorGate.wait();
        },
      },
      log: logged.log,
      now: clock.now,
      lockMs: LOCK_MS,
      instanceId: 'survivor',
    });
    clock.advance(LOCK_MS - 1);
    expect(await survivor.runDue()).toBe(0); // still leased to the crashed instance
    clock.advance(2);
    const survivorRun = survivor.runDue();
    await survivorGate.entered;
    await other.durable();
    expect(await onlyJob()).toMatchObject({ state: 'pending', lockedBy: 'survivor', attempts: 2 });

    // The "dead" instance wakes up and reports success while the survivor holds the job: nothing changes.
    hang.open();
    await abandoned;
    expect(await onlyJob()).toMatchObject({ state: 'pending', lockedBy: 'survivor' });

    survivorGate.open();
    expect(await survivorRun).toBe(1);
    expect(survivorRuns).toBe(1);
    await other.durable();
    expect(await onlyJob()).toMatchObject({ state: 'done', attempts: 2, lockedBy: null });
    expect(await survivor.runDue()).toBe(0);
  });

  it('a new instance on a new store finishes a job left waiting for a retry', async () => {
    const first = worker({
      sync: async () => {
        throw new TransientJobError('Graph is down', { retryAfterMs: 30_000 });
      },
    });
    await add('sync', 's1');
    await first.runDue();
    await first.stop();
    expect(await onlyJob()).toMatchObject({ state: 'pending', attempts: 1, lockedBy: null });

    const restartedStore = await t.openAnother();
    let runs = 0;
    const second = createOutboxWorker({
      store: restartedStore,
      handlers: { sync: async () => void (runs += 1) },
      log: logged.log,
      now: clock.now,
    });
    expect(await second.runDue()).toBe(0);
    clock.advance(30_000);
    expect(await second.runDue()).toBe(1);
    expect(runs).toBe(1);
    expect(await getJob(restartedStore.db, (await onlyJob()).id)).toMatchObject({ state: 'done', attempts: 2 });
  });

  it('polls after start(), picks up a kicked job, and stop() waits for the job in flight', async () => {
    const slow = gate();
    let finished = false;
    // A poll interval far longer than the test: only start() and kick() make it look.
    const w = worker(
      {
        slow: async () => {
          await slow.wait();
          finished = true;
        },
      },
      { now: () => new Date(), pollIntervalMs: 3_600_000 },
    );
    w.start();
    // Let the first poll find nothing (if it is slower, it finds the job itself: the test still holds).
    await new Promise((resolve) => setTimeout(resolve, 50));
    await enqueue(t.store.db, { kind: 'slow', payload: {}, idempotencyKey: 'k1' }, new Date());
    w.kick();
    await slow.entered;

    let stopped = false;
    const stopping = w.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stopped).toBe(false); // still waiting for the handler
    slow.open();
    await stopping;
    expect(finished).toBe(true);
    expect(await onlyJob()).toMatchObject({ state: 'done', attempts: 1 });
  });

  it('waits out a rate limit without using up an attempt, and runs the job when its time comes', async () => {
    let calls = 0;
    const w = worker(
      {
        paced: async () => {
          calls += 1;
          if (calls <= 20) throw new DeferJobError(30_000);
        },
      },
      { maxAttempts: 3 },
    );
    await add('paced', 'p1');
    for (let i = 0; i < 20; i += 1) {
      expect(await w.runDue()).toBe(1);
      expect(await w.runDue()).toBe(0); // not due before its slot
      expect(await onlyJob()).toMatchObject({ state: 'pending', attempts: 0, lastError: null });
      clock.advance(30_000);
    }
    expect(await w.runDue()).toBe(1);
    expect(await onlyJob()).toMatchObject({ state: 'done', attempts: 1 });
  });

  it('starts no more jobs a second than its budget allows, and claims more as soon as a slot frees up', async () => {
    const started: number[] = [];
    const w = worker(
      { quick: async () => void started.push(Date.now()) },
      { now: () => new Date(), pollIntervalMs: 3_600_000, maxStartsPerSecond: 4, batchSize: 2 },
    );
    for (let i = 0; i < 10; i += 1) await enqueue(t.store.db, { kind: 'quick', payload: {}, idempotencyKey: `q${i}` }, new Date());
    const begun = Date.now();
    w.start();
    // Two slots and a burst of four: four start at once, one slot at a time, then one every 250 ms.
    while (started.length < 10 && Date.now() - begun < 10_000) await new Promise((resolve) => setTimeout(resolve, 20));
    await w.stop();
    expect(started).toHaveLength(10);
    const inFirstSecond = started.filter((at) => at - begun < 900).length;
    expect(inFirstSecond).toBeGreaterThanOrEqual(4);
    expect(inFirstSecond).toBeLessThanOrEqual(8);
    // Ten jobs at four a second after a burst of four: about a second and a half, never ten jobs at once.
    expect(started[9] - begun).toBeGreaterThanOrEqual(1000);
    expect(started[9] - begun).toBeLessThan(5000);
  });
});

describe('exponentialBackoff', () => {
  it('doubles from about a second and stops at ten minutes', () => {
    for (let i = 0; i < 20; i += 1) {
      expect(exponentialBackoff(1)).toBeGreaterThanOrEqual(750);
      expect(exponentialBackoff(1)).toBeLessThanOrEqual(1250);
      expect(exponentialBackoff(4)).toBeGreaterThanOrEqual(6000);
      expect(exponentialBackoff(4)).toBeLessThanOrEqual(10_000);
      expect(exponentialBackoff(30)).toBeLessThanOrEqual(600_000);
      expect(exponentialBackoff(30)).toBeGreaterThanOrEqual(450_000);
    }
  });
});
