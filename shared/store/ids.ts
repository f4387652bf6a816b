/**
 * Ids for the rows Kollega creates: UUID version 7 (RFC 9562), whose first 48 bits are the time in
 * milliseconds. Rows created one after another then sit side by side in every index on their id (and on
 * columns that hold it, such as a request's person), so a write touches a few pages at the end of each index
 * instead of one random page per index: fewer pages to write and sync per request, on SQLite and PostgreSQL.
 * Within one millisecond a counter in the next 12 bits keeps ids of one process in order.
 */
import { randomBytes } from 'node:crypto';

let lastMs = 0;
let sequence = 0;

export function newId(now: number = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    sequence = randomBytes(2).readUInt16BE() & 0x7ff; // start low in the 12 bits, leaving room to count up
  } else if (++sequence > 0xfff) {
    // More than the counter holds in one millisecond (or the clock went back): borrow the next millisecond.
    lastMs += 1;
    sequence = 0;
  }
  const bytes = randomBytes(16);
  bytes.writeUIntBE(lastMs, 0, 6);
  bytes[6] = 0x70 | (sequence >> 8); // version 7
  bytes[7] = sequence & 0xff;
  bytes[8] = 0x80 | (bytes[8] & 0x3f); // RFC 9562 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
