/** Small helpers for the outbox suites: a clock the test moves, a logger that keeps its lines, a gate. */
import { createLogger, type Logger } from '../../shared/log/logger';

export class TestClock {
  private at: number;

  constructor(start = '2025-03-01T08:00:00.000Z') {
    this.at = Date.parse(start);
  }

  readonly now = (): Date => new Date(this.at);

  advance(ms: number): void {
    this.at += ms;
  }
}

/** A logger whose JSON lines the test can read (to check that payloads never reach the log). */
export function capturingLogger(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  return { log: createLogger('debug', { write: (line: string) => void lines.push(line) }), lines };
}

/** A promise the test resolves or rejects when it chooses; `entered` resolves when a handler reaches it. */
export function gate() {
  let open!: () => void;
  let fail!: (error: Error) => void;
  let arrived!: () => void;
  const passed = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  const entered = new Promise<void>((resolve) => (arrived = resolve));
  return {
    open,
    fail,
    entered,
    /** What the handler awaits. */
    wait: () => {
      arrived();
      return passed;
    },
  };
}
