/**
 * How a job handler says what went wrong. Anything else thrown counts as transient: retrying a job that could
 * have succeeded costs little, dropping one loses a person's membership.
 */

/** Try again later, after retryAfterMs if the service said so (e.g. Graph's Retry-After). */
export class TransientJobError extends Error {
  readonly retryAfterMs?: number;

  constructor(message: string, options: { retryAfterMs?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'TransientJobError';
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** Retrying will not help (bad payload, 404, 403): the job fails at once. */
export class PermanentJobError extends Error {
  /** For onFailed (e.g. what to show in memberships.teams_detail); not logged. */
  readonly detail?: string;

  constructor(message: string, options: { detail?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PermanentJobError';
    this.detail = options.detail;
  }
}

/**
 * Not now, and not a failure: a rate limit (Teams allows a conversation a few messages a second) says when the
 * work may go. The job waits that long without using up one of its attempts.
 */
export class DeferJobError extends Error {
  constructor(readonly waitMs: number) {
    super(`deferred for ${Math.round(waitMs)} ms by a rate limit`);
    this.name = 'DeferJobError';
  }
}

export interface JobFailure {
  permanent: boolean;
  retryAfterMs?: number;
  error: Error;
}

/**
 * Classifies what a handler threw. Besides our two classes, any object with `transient: boolean` and an
 * optional `retryAfterMs` (the Graph module's GraphError) is understood, so handlers can let those through.
 */
export function classifyJobError(thrown: unknown): JobFailure {
  const error = thrown instanceof Error ? thrown : new Error(describe(thrown));
  if (thrown instanceof PermanentJobError) return { permanent: true, error };
  const fields = (typeof thrown === 'object' && thrown !== null ? thrown : {}) as { transient?: unknown; retryAfterMs?: unknown };
  const retryAfterMs =
    typeof fields.retryAfterMs === 'number' && Number.isFinite(fields.retryAfterMs) && fields.retryAfterMs > 0
      ? fields.retryAfterMs
      : undefined;
  if (!(thrown instanceof TransientJobError) && fields.transient === false) return { permanent: true, error };
  return { permanent: false, retryAfterMs, error };
}

/** Only the type of a thrown non-error: its content could be anything, including a payload. */
function describe(thrown: unknown): string {
  return typeof thrown === 'string' ? thrown : `Non-error thrown (${thrown === null ? 'null' : typeof thrown})`;
}
