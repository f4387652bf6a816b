/**
 * Ids for the rows Kollega creates: UUID version 7 (RFC 9562), whose first 48 bits are the time in
 * milliseconds. Rows created one after another then sit side by side in every index on their id (and on
 * columns that hold it, such as a request's person), so a write touches a few pages at the end of each index
 * instead of one random page per index: fewer pages to write and sync per request, on SQLite and PostgreSQL.
 * Within one millisecond a counter in the next 12 bits keeps ids of one process in order.
 */
import { randomUUID } from 'node:crypto';

let lastMs = 0;
let sequence = 0;

export function newId(now: number = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    sequence = Math.floor(Math.random() * 0x800); // start low in the 12 bits, leaving room to count up
  } else if (++sequence > 0xfff) {
    // More than the counter holds in one millisecond (or the clock went back): borrow the next millisecond.
    lastMs += 1;
    sequence = 0;
  }
  // randomUUID draws from a cached pool of entropy; its last 62 random bits (after the variant) are kept.
  const time = lastMs.toString(16).padStart(12, '0');
  const seq = sequence.toString(16).padStart(3, '0');
  return `${time.slice(0, 8)}-${time.slice(8)}-7${seq}-${randomUUID().slice(19)}`;
}
