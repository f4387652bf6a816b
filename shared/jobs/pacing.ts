/**
 * The outbox's rate limits: how many jobs may start a second (StartBudget), and how often work may go to one
 * key, such as a Teams conversation (Pacer).
 *
 * The Pacer gives each piece of work a time slot (the generic cell rate algorithm): up to `burst` at once,
 * then one every `intervalMs`. Work that must wait keeps its slot, named by its owner
 * (an outbox job), so when the job comes back at that time it goes at once instead of queueing again; a
 * backlog thus waits once each, in order, instead of every job retrying at every free moment.
 * Slots live in this process's memory: after a restart, waiting jobs come back at their slots and take new ones.
 */
export interface RateLimit {
  intervalMs: number;
  burst: number;
}

/** Slots nobody came back for (their job was done another way) are forgotten after this long. */
const forgetAfterMs = 60 * 60 * 1000;

export class Pacer {
  /** Per key: when the next piece of work would go if no burst were left (the "theoretical arrival time"). */
  private readonly nextAt = new Map<string, number>();
  /** `owner key` → the slot kept for that owner. */
  private readonly kept = new Map<string, number>();
  private sweptAt = 0;

  constructor(private readonly limit: RateLimit) {}

  /** 0 when the work may go now; otherwise how long to wait, with the slot kept for `owner`. */
  take(key: string, owner: string, now: number): number {
    this.sweep(now);
    const ownSlot = this.kept.get(`${owner} ${key}`);
    if (ownSlot !== undefined) {
      if (ownSlot > now) return ownSlot - now;
      this.kept.delete(`${owner} ${key}`);
      return 0;
    }
    const { intervalMs, burst } = this.limit;
    const next = Math.max(this.nextAt.get(key) ?? now, now);
    const slot = Math.max(now, next - (burst - 1) * intervalMs);
    this.nextAt.set(key, next + intervalMs);
    if (slot <= now) return 0;
    this.kept.set(`${owner} ${key}`, slot);
    return slot - now;
  }

  private sweep(now: number): void {
    if (now - this.sweptAt < 60_000) return;
    this.sweptAt = now;
    for (const [key, at] of this.nextAt) if (at < now) this.nextAt.delete(key);
    for (const [owner, slot] of this.kept) if (slot < now - forgetAfterMs) this.kept.delete(owner);
  }
}

/** How many jobs may start now: a bucket of `perSecond` tokens, refilled evenly. */
export class StartBudget {
  private tokens: number;
  private at = Date.now();

  constructor(private readonly perSecond: number) {
    this.tokens = perSecond;
  }

  available(now: number): number {
    this.tokens = Math.min(this.perSecond, this.tokens + ((now - this.at) / 1000) * this.perSecond);
    this.at = now;
    return Math.floor(this.tokens);
  }

  spend(count: number): void {
    this.tokens -= count;
  }

  msUntilNext(now: number): number {
    this.available(now);
    return Math.max(1, Math.ceil(((1 - this.tokens) * 1000) / this.perSecond));
  }
}
