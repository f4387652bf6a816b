/** How a job with independent parts (one message per coordinator) reports what went wrong with some of them. */
import { classifyJobError, DeferJobError } from '../../shared/jobs/errors';

/**
 * Collects the failures of a job's independent parts: a permanent one (a 4xx other than 408/429 from the
 * connector, or an error marked `transient: false`) only leaves that part undone; any other makes the job
 * retry at the end, after every part had its chance. A real failure wins over a rate limit's deferral (it
 * must count as an attempt); with deferrals only, the job comes back at the earliest slot kept for it.
 */
export class RetryLater {
  private failure: unknown;
  private deferral: DeferJobError | undefined;

  async unlessPermanent(part: () => Promise<void>): Promise<boolean> {
    try {
      await part();
      return true;
    } catch (err) {
      if (err instanceof DeferJobError) {
        if (!this.deferral || err.waitMs < this.deferral.waitMs) this.deferral = err;
      } else if (!isPermanent(err)) {
        this.failure ??= err;
      }
      return false;
    }
  }

  throwIfAny(): void {
    if (this.failure !== undefined) throw this.failure;
    if (this.deferral) throw this.deferral;
  }
}

function isPermanent(err: unknown): boolean {
  if (classifyJobError(err).permanent) return true;
  const e = err as { statusCode?: unknown; status?: unknown };
  const status = typeof e?.statusCode === 'number' ? e.statusCode : typeof e?.status === 'number' ? e.status : undefined;
  return status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429;
}
