/** Enqueueing: idempotent by key, stored as JSON text with ISO timestamps, and part of the caller's transaction. */
import { enqueue, getJob, listJobs } from '../../shared/jobs/outbox';
import { describeEachEngine } from '../support/databases';

const now = new Date('2025-03-01T08:00:00.000Z');

describeEachEngine('outbox enqueue', (t) => {
  it('stores a pending job and ignores the same idempotency key again', async () => {
    const job = { kind: 'teams.addMember', payload: { networkId: 'n1', email: 'a@example.fi' }, idempotencyKey: 'add:r1' };
    expect(await enqueue(t.store.db, job, now)).toBe(true);
    // A redelivered activity: same key, even with another payload, adds nothing and changes nothing.
    expect(await enqueue(t.store.db, { ...job, payload: { other: true } }, new Date(now.getTime() + 5000))).toBe(false);

    const jobs = await listJobs(t.store.db);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({
      kind: 'teams.addMember',
      payload: { networkId: 'n1', email: 'a@example.fi' },
      idempotencyKey: 'add:r1',
      state: 'pending',
      attempts: 0,
      nextAttemptAt: '2025-03-01T08:00:00.000Z',
      lockedBy: null,
      lockedUntil: null,
      lastError: null,
      createdAt: '2025-03-01T08:00:00.000Z',
    });
    expect(await getJob(t.store.db, jobs[0].id)).toEqual(jobs[0]);
    expect(await getJob(t.store.db, jobs[0].id + 1000)).toBeUndefined();
  });

  it('honours notBefore and filters by state and kind', async () => {
    await enqueue(t.store.db, { kind: 'a', payload: 1, idempotencyKey: 'k1', notBefore: new Date('2025-03-02T00:00:00Z') }, now);
    await enqueue(t.store.db, { kind: 'b', payload: null, idempotencyKey: 'k2' }, now);
    expect((await getJob(t.store.db, (await listJobs(t.store.db, { kind: 'a' }))[0].id))?.nextAttemptAt).toBe(
      '2025-03-02T00:00:00.000Z',
    );
    expect((await listJobs(t.store.db, { kind: 'b', state: 'pending' })).map((j) => j.payload)).toEqual([null]);
    expect(await listJobs(t.store.db, { state: 'done' })).toEqual([]);
  });

  it('is rolled back with the transaction that enqueued it', async () => {
    await t.store.db
      .transaction()
      .execute(async (trx) => {
        expect(await enqueue(trx, { kind: 'a', payload: {}, idempotencyKey: 'k' }, now)).toBe(true);
        throw new Error('decision rolled back');
      })
      .catch(() => undefined);
    expect(await listJobs(t.store.db)).toEqual([]);
  });

  it('refuses a payload JSON cannot hold', async () => {
    await expect(enqueue(t.store.db, { kind: 'a', payload: undefined, idempotencyKey: 'k' }, now)).rejects.toThrow(/JSON/);
  });
});
