/**
 * The tables that remember which personal message went to whom, one per area, each keyed by what the message is
 * about, which message it is and the person. A message is claimed before it is sent (so of two workers one sends
 * it) and let go again when sending failed (so the retry sends it).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { toTimestamp } from './util';

const subjectColumns = {
  event_notices_sent: 'event_id',
  mentoring_notices_sent: 'meeting_id',
  mentoring_application_notices: 'application_id',
  exchange_notices: 'application_id',
  game_booking_notices: 'booking_id',
} as const;

export type NoticeTable = keyof typeof subjectColumns;

export interface NoticeKey {
  /** The event, meeting, application or booking the message is about. */
  subjectId: string;
  notice: string;
  personId: string;
}

/** Claims one message for one person: false when it was sent (or is being sent) already. */
export async function claimSentNotice(db: Kysely<Database>, table: NoticeTable, key: NoticeKey, now: Date): Promise<boolean> {
  const subject = subjectColumns[table];
  // Every such table has the same three key columns; only the subject's column is named after its area.
  const result = await (db as unknown as Kysely<Record<string, Record<string, string>>>)
    .insertInto(table)
    .values({ [subject]: key.subjectId, notice: key.notice, person_id: key.personId, sent_at: toTimestamp(now) })
    .onConflict((oc) => oc.columns([subject, 'notice', 'person_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** The message could not be sent: let it go, so a retry sends it. */
export async function releaseSentNotice(db: Kysely<Database>, table: NoticeTable, key: NoticeKey): Promise<void> {
  await (db as unknown as Kysely<Record<string, Record<string, string>>>)
    .deleteFrom(table)
    .where(subjectColumns[table], '=', key.subjectId)
    .where('notice', '=', key.notice)
    .where('person_id', '=', key.personId)
    .execute();
}
