/**
 * The one error type the Graph module throws. `transient` tells the durable outbox whether to retry;
 * `retryAfterMs` (from Retry-After) tells it when.
 */
export const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

/** Status used when no HTTP answer arrived (connection refused, reset, DNS, TLS). */
export const NETWORK_FAILURE_STATUS = 0;

export class GraphError extends Error {
  readonly status: number;
  readonly code?: string;
  readonly retryAfterMs?: number;
  readonly transient: boolean;

  constructor(message: string, details: { status: number; code?: string; retryAfterMs?: number; transient?: boolean }) {
    super(message);
    this.name = 'GraphError';
    this.status = details.status;
    this.code = details.code;
    this.retryAfterMs = details.retryAfterMs;
    this.transient =
      details.transient ?? (details.status === NETWORK_FAILURE_STATUS || TRANSIENT_STATUSES.has(details.status));
  }
}

/** Retry-After is either delta-seconds or an HTTP date; anything else is ignored. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Graph's error body: `{ error: { code, message } }`. */
export function readErrorBody(body: unknown): { code?: string; message?: string } {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return {
    code: typeof error?.code === 'string' ? error.code : undefined,
    message: typeof error?.message === 'string' ? error.message : undefined,
  };
}

export function errorFromResponse(what: string, status: number, body: unknown, retryAfter: string | null): GraphError {
  const { code, message } = readErrorBody(body);
  return new GraphError(`${what} failed: ${status}${code ? ` ${code}` : ''}${message ? `: ${message}` : ''}`, {
    status,
    code,
    retryAfterMs: parseRetryAfter(retryAfter),
  });
}

/** Anything thrown before an HTTP answer (the graph client wraps fetch failures with statusCode -1). */
export function errorFromThrown(what: string, thrown: unknown): GraphError {
  if (thrown instanceof GraphError) return thrown;
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return new GraphError(`${what} failed: no response: ${message}`, { status: NETWORK_FAILURE_STATUS, code: 'network' });
}
