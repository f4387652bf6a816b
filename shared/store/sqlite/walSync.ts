/**
 * Makes SQLite commits durable without stopping the event loop. With synchronous=FULL SQLite fsyncs the WAL
 * inside every COMMIT, and better-sqlite3 runs on the JavaScript thread, so every request waited for the disk
 * in turn. With synchronous=NORMAL a COMMIT only writes the WAL; this module then syncs the WAL file from
 * libuv's thread pool, and a writer's promise resolves once a sync that began after its commit has finished.
 * Writers that commit while a sync runs share the next one (group commit). The WAL is append-only between
 * checkpoints, and a checkpoint syncs it first, so a finished sync covers every commit made before it began.
 */
import fs from 'node:fs';
import path from 'node:path';

export type SyncFile = (fd: number) => Promise<void>;

const fdatasync: SyncFile = (fd) => new Promise((resolve, reject) => fs.fdatasync(fd, (err) => (err ? reject(err) : resolve())));

/** A new file's name is on disk only once its folder is synced too. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await fs.promises.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export class WalSync {
  #fd: number | undefined;
  #running: Promise<void> | undefined;
  #next: Promise<void> | undefined;
  /** SQLite creates the WAL with the first write and syncs its folder only at its first checkpoint. */
  #folderSynced = false;

  constructor(
    private readonly walPath: string,
    private readonly syncFile: SyncFile = fdatasync,
  ) {}

  /** Resolves when everything committed before this call is on disk; rejects if the disk says it is not. */
  afterCommit(): Promise<void> {
    if (this.#next) return this.#next;
    // A sync that is already running may have begun before this commit: wait for the one after it.
    const running = this.#running;
    if (running) {
      this.#next = running.then(
        () => this.#begin(),
        () => this.#begin(),
      );
      return this.#next;
    }
    return this.#begin();
  }

  /** Waits for syncs in flight, then lets the file go. */
  async close(): Promise<void> {
    await Promise.allSettled([this.#running, this.#next]);
    if (this.#fd !== undefined) fs.closeSync(this.#fd);
    this.#fd = undefined;
  }

  #begin(): Promise<void> {
    this.#next = undefined;
    const fd = this.#open();
    // SQLite creates the WAL with the first write: without one, nothing was committed that needs syncing.
    if (fd === undefined) return Promise.resolve();
    const sync = this.syncFile(fd)
      .then(() => this.#syncFolderOnce())
      .finally(() => {
        if (this.#running === sync) this.#running = undefined;
      });
    this.#running = sync;
    return sync;
  }

  async #syncFolderOnce(): Promise<void> {
    if (this.#folderSynced) return;
    await syncFolder(path.dirname(this.walPath));
    this.#folderSynced = true;
  }

  #open(): number | undefined {
    try {
      this.#fd ??= fs.openSync(this.walPath, 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    return this.#fd;
  }
}
