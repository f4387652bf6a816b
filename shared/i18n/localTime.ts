/**
 * Finnish wall-clock time (Europe/Helsinki) and the UTC instants it names. Coordinators type "2.2.2027 klo 14"
 * in Finnish time; the store keeps UTC. Finland is UTC+2 in winter and UTC+3 in summer: on the last Sunday of
 * March the clock skips 03:00–03:59 (those times do not exist), and on the last Sunday of October it runs
 * 03:00–03:59 twice (those times mean the first, summer-time, occurrence).
 */
import { timeZone } from './format';

export interface LocalDateTime {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, 24-hour */
  time: string;
}

export type LocalTimeResult = { ok: true; at: Date } | { ok: false; reason: 'invalid' | 'skipped' };

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The Finnish date and time of an instant. */
export function toHelsinki(at: Date): LocalDateTime {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** The instant a Finnish date and time names; 'skipped' for a time the spring change jumps over. */
export function fromHelsinki({ date, time }: LocalDateTime): LocalTimeResult {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return { ok: false, reason: 'invalid' };
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1 || hour > 23 || minute > 59) return { ok: false, reason: 'invalid' };
  // Helsinki is UTC+3 or UTC+2: the earlier candidate that reads back as the same wall time wins.
  for (const offsetHours of [3, 2]) {
    const at = new Date(wall - offsetHours * 3_600_000);
    const back = toHelsinki(at);
    if (back.date === date && back.time === time) return { ok: true, at };
  }
  return { ok: false, reason: 'skipped' };
}
