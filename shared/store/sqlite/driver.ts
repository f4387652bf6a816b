/**
 * Kysely's driver for the embedded SQLite database (better-sqlite3), built for many concurrent requests on
 * one connection.
 *
 * Group commit. Every write runs inside one open transaction shared by all the requests of a moment, and a
 * commit is one disk write for all of them: each committed page is written once, the file locks are taken
 * once, and the WAL is synced once. A request's own transaction is a SAVEPOINT inside it, so it still rolls
 * back alone. The shared transaction is committed when the event loop has nothing else ready, and its WAL
 * synced off the event loop (walSync.ts).
 *
 * Durability is a barrier, not a wait per write: a write resolves once it is in the shared transaction, and
 * `durable()` resolves once everything written so far is committed and on disk. Nothing may leave the process
 * before it (an answer, a message, a Graph call): see Store.durable. A request's writes thus share one commit
 * and one sync, and a commit that fails makes every answer that depends on it fail.
 *
 * Also:
 * - the connection is handed to waiters one at a time, in order (Kysely's own SQLite driver wakes every
 *   waiter on each release, which under load costs more than the queries);
 * - the shared transaction starts with BEGIN IMMEDIATE, taking the write lock up front. While another
 *   process (or connection) writes the same file, it waits for its turn without blocking the event loop:
 *   SQLite's own busy handler would sleep on the JavaScript thread, freezing every request meanwhile.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { SelectQueryNode, type CompiledQuery, type DatabaseConnection, type Driver, type QueryResult } from 'kysely';

export interface SqliteDriverOptions {
  /** Prepares a statement (statementCache.ts keeps them prepared). */
  prepare(sql: string): BetterSqlite3.Statement;
  /** Whether SQLite has a transaction open (it ends one by itself on some errors, e.g. a full disk). */
  inTransaction(): boolean;
  /** Resolves when every commit made so far is durable. */
  afterCommit(): Promise<void>;
  /** How long to wait for another writer before giving up (SQLITE_BUSY). */
  busyTimeoutMs: number;
  close(): Promise<void>;
}

/** One holder at a time; a release hands the connection straight to the longest waiter. */
class ConnectionQueue {
  #held = false;
  readonly #waiting: Array<() => void> = [];

  acquire(): Promise<void> {
    if (!this.#held) {
      this.#held = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  release(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#held = false;
  }
}

/** The open shared transaction: settled when its commit is on disk (or has failed). */
class Batch {
  readonly done: Promise<void>;
  resolve!: () => void;
  reject!: (error: Error) => void;

  constructor() {
    this.done = new Promise<void>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    // Nobody may be waiting (only reads ran); a failure then must not surface as an unhandled rejection.
    this.done.catch(() => undefined);
  }
}

const savepoint = 'kollega_request';

export class KollegaSqliteDriver implements Driver {
  readonly #queue = new ConnectionQueue();
  #batch: Batch | undefined;
  /** The last shared transaction committed (or failing): durable() waits for its sync. */
  #lastBatch: Batch | undefined;
  #flushScheduled = false;
  /**
   * Once a shared transaction is lost (its commit or its sync failed, or SQLite rolled it back on its own, as
   * on a full disk), the writes some requests were answered about may be gone, and after a failed sync the
   * kernel may even drop pages a later sync reports written. durable() cannot tell whose writes were in it,
   * so from then on nothing counts as durable: the process must be restarted (as PostgreSQL does after a
   * failed fsync), and /readyz says so.
   */
  #failure: Error | undefined;

  constructor(private readonly options: SqliteDriverOptions) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#queue.acquire();
    return new Lease(this);
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const lease = connection as Lease;
    lease.transaction = await this.openBatch();
    this.run(`savepoint ${savepoint}`);
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const lease = connection as Lease;
    this.#stillOpen(lease);
    this.run(`release ${savepoint}`);
    lease.transaction = undefined;
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const lease = connection as Lease;
    const batch = lease.transaction;
    lease.transaction = undefined;
    // SQLite may have ended the shared transaction itself (a full disk): then there is no savepoint left.
    if (batch !== this.#batch || !this.options.inTransaction()) return;
    this.run(`rollback to ${savepoint}`);
    this.run(`release ${savepoint}`);
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as Lease).release();
  }

  async destroy(): Promise<void> {
    if (this.#batch) await this.#flush();
    await this.options.close();
  }

  /** Runs one statement for a lease; a write joins the shared transaction (opening one if none is open). */
  async execute<R>(lease: Lease, compiled: CompiledQuery): Promise<QueryResult<R>> {
    const statement = this.options.prepare(compiled.sql);
    const parameters = compiled.parameters as unknown[];
    const batch = lease.transaction ? this.#stillOpen(lease) : statement.readonly ? undefined : await this.openBatch();
    const run = (): QueryResult<R> => {
      if (statement.reader) return { rows: statement.all(parameters) as R[] };
      const { changes, lastInsertRowid } = statement.run(parameters);
      return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
    };
    let result: QueryResult<R>;
    try {
      // Inside the shared transaction this connection holds the write lock; outside it, a read may rarely
      // find the file busy (another process recovering it) and waits its turn.
      result = batch ? run() : await this.#whenNotBusy(run);
    } catch (error) {
      if (this.#batch && !this.options.inTransaction()) this.#lost(error as Error);
      throw error;
    }
    return result;
  }

  /** Resolves when everything written so far is committed and on disk; rejects if it never will be. */
  durable(): Promise<void> {
    if (this.#failure) return Promise.reject(this.#failure);
    return (this.#batch ?? this.#lastBatch)?.done ?? Promise.resolve();
  }

  stream(compiled: CompiledQuery): IterableIterator<unknown> {
    if (!SelectQueryNode.is(compiled.query)) throw new Error('SQLite streams select queries only');
    return this.options.prepare(compiled.sql).iterate(compiled.parameters as unknown[]);
  }

  releaseQueue(): void {
    this.#queue.release();
  }

  private async openBatch(): Promise<Batch> {
    if (this.#batch) return this.#batch;
    await this.#whenNotBusy(() => this.run('begin immediate'));
    this.#batch = new Batch();
    if (!this.#flushScheduled) {
      this.#flushScheduled = true;
      // #flush settles the batch however it ends and never rejects.
      setImmediate(() => void this.#flush());
    }
    return this.#batch;
  }

  /** The shared transaction a request's transaction belongs to, unless SQLite has ended it meanwhile. */
  #stillOpen(lease: Lease): Batch {
    if (lease.transaction !== this.#batch || !this.options.inTransaction()) throw new Error('SQLite rolled the transaction back');
    return lease.transaction!;
  }

  private run(sql: string): void {
    this.options.prepare(sql).run();
  }

  /** Runs `attempt` again, after growing pauses, while another writer holds the file, up to busyTimeoutMs. */
  async #whenNotBusy<T>(attempt: () => T): Promise<T> {
    const giveUpAt = Date.now() + this.options.busyTimeoutMs;
    for (let pause = 1; ; pause = Math.min(pause * 2, 50)) {
      try {
        return attempt();
      } catch (error) {
        if ((error as { code?: unknown }).code !== 'SQLITE_BUSY' || Date.now() + pause > giveUpAt) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }

  /**
   * Commits the shared transaction once whoever holds the connection now is done, then waits for the disk.
   * A batch is durable only when it and every batch before it are: each waits for the one before.
   */
  async #flush(): Promise<void> {
    this.#flushScheduled = false;
    await this.#queue.acquire();
    const batch = this.#batch;
    this.#batch = undefined;
    if (!batch) return this.#queue.release();
    const before = this.#lastBatch?.done;
    this.#lastBatch = batch;
    try {
      try {
        if (!this.options.inTransaction()) throw new Error('SQLite rolled the transaction back');
        this.run('commit');
      } catch (error) {
        if (this.options.inTransaction()) this.run('rollback');
        throw error;
      } finally {
        this.#queue.release();
      }
      await this.options.afterCommit();
      await before;
      if (this.#failure) throw this.#failure;
      batch.resolve();
    } catch (error) {
      batch.reject(this.#fail(error));
    }
  }

  /** SQLite ended the shared transaction on its own: every write in it is gone. */
  #lost(error: Error): void {
    const batch = this.#batch;
    this.#batch = undefined;
    if (!batch) return;
    this.#lastBatch = batch;
    batch.reject(this.#fail(error));
  }

  #fail(error: unknown): Error {
    const cause = error instanceof Error ? error.message : String(error);
    this.#failure ??= new Error(`The database could not be written to disk; restart Kollega (${cause})`);
    return this.#failure;
  }
}

/** One acquisition of the single connection, from acquireConnection to releaseConnection. */
class Lease implements DatabaseConnection {
  /** The shared transaction this lease's own transaction (a savepoint) runs in, while it runs. */
  transaction: Batch | undefined;
  #held = true;

  constructor(private readonly driver: KollegaSqliteDriver) {}

  executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    return this.driver.execute<R>(this, compiled);
  }

  async *streamQuery<R>(compiled: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    for (const row of this.driver.stream(compiled)) yield { rows: [row as R] };
  }

  release(): void {
    if (!this.#held) return;
    this.#held = false;
    this.driver.releaseQueue();
  }
}
