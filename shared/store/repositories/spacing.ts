/** Work that must keep a gap between two goes, whichever instance does it. */
import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { toTimestamp } from './util';

/**
 * Takes the turn for `key` when the last was at least `gapMs` before `now` (or there was none), in one statement
 * so two instances cannot both take it. Returns 0 when taken, otherwise how many ms until the next turn.
 */
export async function takeTurn(db: Kysely<Database>, key: string, now: Date, gapMs: number): Promise<number> {
  const at = toTimestamp(now);
  const taken = await db
    .insertInto('spacing')
    .values({ key, last_at: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ last_at: at }).where('spacing.last_at', '<=', toTimestamp(new Date(now.getTime() - gapMs))))
    .returning('key')
    .executeTakeFirst();
  if (taken) return 0;
  const row = await db.selectFrom('spacing').select('last_at').where('key', '=', key).executeTakeFirst();
  return row ? Math.max(1, Date.parse(row.last_at) + gapMs - now.getTime()) : 1;
}
