/**
 * Work that comes once a day at a Finnish wall-clock time (03:30 stays 03:30 across summer time). Each instance
 * keeps a timer for it, unref'd so it never holds the process open; when it fires it only enqueues, under a key
 * of the day, so however many instances fire, the outbox has one job and one instance does the work.
 */
import { dateOf, todayInFinland } from '../domain/calendarDate';
import { fromHelsinki } from '../i18n/localTime';

export interface DailyTrigger {
  stop(): void;
}

/** The next moment after `now` when Finnish clocks show `time` (HH:MM). */
export function nextAt(time: string, now: Date): Date {
  const today = todayInFinland(now);
  for (const day of [today, today + 1, today + 2]) {
    const local = fromHelsinki({ date: dateOf(day), time });
    if (local.ok && local.at > now) return local.at;
  }
  throw new Error(`No ${time} in Finland within two days of ${now.toISOString()}`);
}

/** Calls `run` every day at `time`, Finnish time, until stopped; a failure is reported and the next day comes. */
export function everyDayAt(time: string, run: () => Promise<unknown>, onError: (error: unknown) => void): DailyTrigger {
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    // The real clock: this decides when the process wakes, whatever time the app is told it is.
    const now = new Date();
    timer = setTimeout(() => {
      run().catch(onError).finally(schedule);
    }, nextAt(time, now).getTime() - now.getTime());
    timer.unref();
  };
  schedule();
  return {
    stop() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
