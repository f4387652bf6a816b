/**
 * The embedded database's driver: what was written is reported durable only once it is on disk, concurrent
 * requests share commits and disk syncs, one request's transaction rolls back alone, a disk that fails to
 * sync is never reported durable again, and another writer on the same file is waited for without freezing
 * the process.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Generated, type Kysely } from 'kysely';
import { openStore, type Store } from '../database';

interface Db {
  notes: { id: Generated<number>; text: string };
}

/** A disk whose syncs the test lets finish (or fail) when it chooses. */
function controlledDisk() {
  const pending: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];
  return {
    syncs: 0,
    syncFile(this: { syncs: number }): Promise<void> {
      this.syncs += 1;
      return new Promise<void>((resolve, reject) => pending.push({ resolve, reject }));
    },
    finishAll: () => pending.splice(0).forEach((p) => p.resolve()),
    failAll: (error: Error) => pending.splice(0).forEach((p) => p.reject(error)),
  };
}

const settled = async <T>(promise: Promise<T>) => {
  let state: 'pending' | 'resolved' | 'rejected' = 'pending';
  promise.then(
    () => (state = 'resolved'),
    () => (state = 'rejected'),
  );
  // Enough turns of the event loop for a commit (scheduled with setImmediate) to happen, and time for the
  // real file-system work around the controlled sync (the WAL's folder is synced once).
  for (let i = 0; i < 5; i += 1) await new Promise((r) => setImmediate(r));
  await new Promise((r) => setTimeout(r, 30));
  return state;
};

describe('the SQLite driver', () => {
  let dir: string;
  let stores: Store[];
  const open = async (syncFile?: (fd: number) => Promise<void>) => {
    const store = await openStore({ dataDir: dir, syncFile });
    stores.push(store);
    return store;
  };
  const db = (store: Store) => store.db as unknown as Kysely<Db>;
  const texts = async (store: Store) => (await db(store).selectFrom('notes').select('text').orderBy('id').execute()).map((r) => r.text);

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kollega-driver-'));
    stores = [];
    const setup = await open();
    await sql`create table notes (id integer primary key, text text not null unique)`.execute(setup.db);
    await setup.durable(); // committed: the other connections of a test see the table
  });
  afterEach(async () => {
    for (const store of stores.reverse()) await store.close().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reports a write durable only after the disk has synced it; the write itself is visible at once', async () => {
    const disk = controlledDisk();
    const store = await open(disk.syncFile.bind(disk));
    await db(store).insertInto('notes').values({ text: 'a' }).execute();
    expect(await texts(store)).toEqual(['a']);
    const durable = store.durable();
    expect(await settled(durable)).toBe('pending');
    disk.finishAll();
    expect(await settled(durable)).toBe('resolved');
  });

  it('reports a transaction durable only after the disk has synced it', async () => {
    const disk = controlledDisk();
    const store = await open(disk.syncFile.bind(disk));
    await db(store)
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto('notes').values({ text: 'a' }).execute();
        await trx.insertInto('notes').values({ text: 'b' }).execute();
      });
    const durable = store.durable();
    expect(await settled(durable)).toBe('pending');
    disk.finishAll();
    expect(await settled(durable)).toBe('resolved');
    expect(await texts(store)).toEqual(['a', 'b']);
    // Nothing written since: durable at once.
    expect(await settled(store.durable())).toBe('resolved');
    expect(disk.syncs).toBe(1);
  });

  it('commits many concurrent requests together, with far fewer disk syncs than writes', async () => {
    const disk = { syncs: 0, syncFile: async () => void (disk.syncs += 1) };
    const store = await open(disk.syncFile);
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        i % 2
          ? db(store).insertInto('notes').values({ text: `w${i}` }).execute()
          : db(store).transaction().execute((trx) => trx.insertInto('notes').values({ text: `t${i}` }).execute()),
      ),
    );
    await store.durable();
    expect(await texts(store)).toHaveLength(50);
    expect(disk.syncs).toBeGreaterThan(0);
    expect(disk.syncs).toBeLessThan(10);
  });

  it("rolls back one request's transaction alone when it fails", async () => {
    const store = await open();
    const results = await Promise.allSettled([
      db(store).transaction().execute((trx) => trx.insertInto('notes').values({ text: 'kept-1' }).execute()),
      db(store)
        .transaction()
        .execute(async (trx) => {
          await trx.insertInto('notes').values({ text: 'gone' }).execute();
          throw new Error('the request failed');
        }),
      db(store).insertInto('notes').values({ text: 'kept-1' }).execute(), // a unique violation, on its own
      db(store).transaction().execute((trx) => trx.insertInto('notes').values({ text: 'kept-2' }).execute()),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect(await texts(store)).toEqual(['kept-1', 'kept-2']);
  });

  it('never reports anything durable again once the disk failed to sync', async () => {
    const disk = controlledDisk();
    const store = await open(disk.syncFile.bind(disk));
    await db(store).insertInto('notes').values({ text: 'n1' }).execute();
    const durable = store.durable();
    await settled(durable);
    disk.failAll(new Error('EIO: the disk failed'));
    await expect(durable).rejects.toThrow(/could not be written to disk.*EIO/);
    await db(store).insertInto('notes').values({ text: 'n2' }).execute();
    await expect(store.durable()).rejects.toThrow(/restart Kollega/);
    await settled(Promise.resolve()); // n2 is committed and its sync has begun
    disk.finishAll(); // even a sync that works now does not make it durable again
    await expect(store.durable()).rejects.toThrow(/restart Kollega/);
  });

  it('does not report a later write durable when an earlier commit failed to sync', async () => {
    const disk = controlledDisk();
    const store = await open(disk.syncFile.bind(disk));
    await db(store).insertInto('notes').values({ text: 'first' }).execute();
    const first = store.durable();
    await settled(first); // the first commit is made and its sync has begun
    await db(store).insertInto('notes').values({ text: 'second' }).execute();
    const second = store.durable(); // asked before anything failed
    await settled(second);
    disk.failAll(new Error('EIO: the disk failed'));
    await settled(first);
    disk.finishAll(); // the second sync "succeeds"; what the first lost may still be gone
    await expect(first).rejects.toThrow('EIO');
    await expect(second).rejects.toThrow('EIO');
  });

  it('reports nothing durable once SQLite has rolled the shared transaction back on its own', async () => {
    const store = await open();
    await db(store).insertInto('notes').values({ text: 'lost' }).execute();
    // What SQLite does by itself on a full disk: the shared transaction, with the write above, is gone.
    await sql`rollback`.execute(store.db);
    await db(store).insertInto('notes').values({ text: 'after' }).execute();
    await expect(store.durable()).rejects.toThrow(/could not be written to disk; restart Kollega/);
    expect(await texts(store)).not.toContain('lost');
  });

  it('waits for another connection that holds the write lock, without freezing the process', async () => {
    const store = await open();
    const other = await open();
    // The other connection takes the write lock and keeps it for a moment.
    const holding = db(other)
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto('notes').values({ text: 'first' }).execute();
        await new Promise((r) => setTimeout(r, 50));
      });
    await new Promise((r) => setImmediate(r));
    let ticks = 0;
    const ticking = setInterval(() => (ticks += 1), 5);
    try {
      await db(store).insertInto('notes').values({ text: 'second' }).execute();
    } finally {
      clearInterval(ticking);
    }
    await holding;
    expect(ticks).toBeGreaterThan(2);
    expect(await texts(store)).toEqual(['first', 'second']);
  });
});
