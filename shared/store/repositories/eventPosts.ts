/**
 * Where an event's announcement card was posted (a channel), which version of the event each post shows, and
 * the personal messages already sent about it (reminders, changes), one row per person, claimed before it goes.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { toTimestamp } from './util';
import { claimSentNotice, releaseSentNotice } from './noticeClaims';

export interface EventPost {
  conversationId: string;
  activityId: string | null;
  shownVersion: number | null;
}

/** Claims posting the event's card in a conversation: true for the one caller that may post. */
export async function claimPost(db: Kysely<Database>, eventId: string, conversationId: string, now: Date): Promise<boolean> {
  const result = await db
    .insertInto('event_posts')
    .values({ event_id: eventId, conversation_id: conversationId, activity_id: null, shown_version: null, posted_at: toTimestamp(now) })
    .onConflict((oc) => oc.columns(['event_id', 'conversation_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** The post failed: let it go, so a retry posts again. */
export async function releasePost(db: Kysely<Database>, eventId: string, conversationId: string): Promise<void> {
  await db.deleteFrom('event_posts').where('event_id', '=', eventId).where('conversation_id', '=', conversationId).where('activity_id', 'is', null).execute();
}

export async function recordPostShown(
  db: Kysely<Database>,
  post: { eventId: string; conversationId: string; activityId?: string | null; shownVersion: number },
): Promise<void> {
  await db
    .updateTable('event_posts')
    .set({ shown_version: post.shownVersion, ...(post.activityId !== undefined ? { activity_id: post.activityId } : {}) })
    .where('event_id', '=', post.eventId)
    .where('conversation_id', '=', post.conversationId)
    .execute();
}

export async function listPosts(db: Kysely<Database>, eventId: string): Promise<EventPost[]> {
  const rows = await db.selectFrom('event_posts').select(['conversation_id', 'activity_id', 'shown_version']).where('event_id', '=', eventId).execute();
  return rows.map((r) => ({ conversationId: r.conversation_id, activityId: r.activity_id, shownVersion: r.shown_version === null ? null : Number(r.shown_version) }));
}

/** Claims one person's message about an event: true for the one caller that may send it. */
export const claimNotice = (db: Kysely<Database>, input: { eventId: string; notice: string; personId: string; now: Date }) =>
  claimSentNotice(db, 'event_notices_sent', { subjectId: input.eventId, notice: input.notice, personId: input.personId }, input.now);

/** The message could not be sent: let it go, so a retry sends it. */
export const releaseNotice = (db: Kysely<Database>, input: { eventId: string; notice: string; personId: string }) =>
  releaseSentNotice(db, 'event_notices_sent', { subjectId: input.eventId, notice: input.notice, personId: input.personId });
