/**
 * Recognises constraint violations from either engine, so callers can turn them into a clear answer
 * (e.g. "unknown region") without knowing which database runs. Checks codes, not classes: the two
 * drivers throw different error types.
 */
function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A row refers to a row that does not exist (or is still referred to). */
export function isForeignKeyViolation(error: unknown): boolean {
  const code = codeOf(error);
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/** A unique or primary key constraint rejected a duplicate. */
export function isUniqueViolation(error: unknown): boolean {
  const code = codeOf(error);
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** A CHECK constraint rejected a value. */
export function isCheckViolation(error: unknown): boolean {
  const code = codeOf(error);
  return code === '23514' || code === 'SQLITE_CONSTRAINT_CHECK';
}

/** PostgreSQL's SQLSTATEs for a server that is going away or not yet back: connection exceptions (class 08)
 * and admin/crash shutdown, or "starting up". */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123])$/;
const UNREACHABLE_NET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** node-postgres reports a dropped or timed-out connection by message only. */
const UNAVAILABLE_MESSAGE = /Connection terminated|connection timeout|timeout exceeded when trying to connect|not queryable|the database system is (starting up|shutting down)/i;

/**
 * The database cannot be reached now (restarting, network cut, SQLite locked past its wait): the request can
 * be tried again as it is. Nothing of it was committed, since every write is one transaction.
 */
export function isStoreUnavailable(error: unknown): boolean {
  const code = codeOf(error);
  if (code && (UNAVAILABLE_SQLSTATE.test(code) || UNREACHABLE_NET_CODES.has(code) || code === 'SQLITE_BUSY')) return true;
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message);
}
