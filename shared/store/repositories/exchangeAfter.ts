/** What follows an exchange: feedback once per direction, the guest's story, and the messages already sent. */
import type { Kysely } from 'kysely';
import type { Database, ExchangeFeedbackTable } from '../schema';
import { toTimestamp } from './util';
import { claimSentNotice, releaseSentNotice } from './noticeClaims';

export type FeedbackDirection = ExchangeFeedbackTable['direction'];

export interface FeedbackRecord {
  applicationId: string;
  direction: FeedbackDirection;
  authorId: string;
  rating: number;
  text: string;
  givenAt: string;
}

/** False when feedback in this direction was given already (the first one stays). */
export async function insertFeedback(db: Kysely<Database>, f: Omit<FeedbackRecord, 'givenAt'>, now: Date): Promise<boolean> {
  const result = await db
    .insertInto('exchange_feedback')
    .values({ application_id: f.applicationId, direction: f.direction, author_id: f.authorId, rating: f.rating, text: f.text, given_at: toTimestamp(now) })
    .onConflict((oc) => oc.columns(['application_id', 'direction']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

export async function listFeedback(db: Kysely<Database>, applicationIds: readonly string[]): Promise<FeedbackRecord[]> {
  if (applicationIds.length === 0) return [];
  const rows = await db.selectFrom('exchange_feedback').selectAll().where('application_id', 'in', applicationIds).orderBy('given_at').execute();
  return rows.map((r) => ({ applicationId: r.application_id, direction: r.direction, authorId: r.author_id, rating: Number(r.rating), text: r.text, givenAt: r.given_at }));
}

export interface StoryRecord {
  applicationId: string;
  title: string;
  text: string;
  publishedAt: string | null;
  updatedAt: string;
}

export async function putStory(db: Kysely<Database>, s: { applicationId: string; title: string; text: string; published: boolean }, now: Date): Promise<void> {
  const at = toTimestamp(now);
  const values = { title: s.title, text: s.text, published_at: s.published ? at : null, updated_at: at };
  await db
    .insertInto('exchange_stories')
    .values({ application_id: s.applicationId, ...values })
    .onConflict((oc) => oc.column('application_id').doUpdateSet(values))
    .execute();
}

export async function getStory(db: Kysely<Database>, applicationId: string): Promise<StoryRecord | undefined> {
  const r = await db.selectFrom('exchange_stories').selectAll().where('application_id', '=', applicationId).executeTakeFirst();
  return r && { applicationId: r.application_id, title: r.title, text: r.text, publishedAt: r.published_at, updatedAt: r.updated_at };
}

/** Published stories with the exchange's libraries and dates, newest first. */
export async function listPublishedStories(db: Kysely<Database>, limit: number) {
  const rows = await db
    .selectFrom('exchange_stories as s')
    .innerJoin('exchange_applications as a', 'a.id', 's.application_id')
    .innerJoin('people as p', 'p.id', 'a.applicant_id')
    .select(['s.application_id', 's.title', 's.text', 's.published_at', 'a.home_library_id', 'a.host_library_id', 'a.starts_on', 'a.ends_on', 'p.display_name'])
    .where('s.published_at', 'is not', null)
    .orderBy('s.published_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    applicationId: r.application_id, title: r.title, text: r.text, publishedAt: r.published_at!, homeLibraryId: r.home_library_id,
    hostLibraryId: r.host_library_id, startsOn: r.starts_on, endsOn: r.ends_on, authorName: r.display_name,
  }));
}

/** Claims one message about an application for one person: false when it was sent (or is being sent) already. */
export const claimExchangeNotice = (db: Kysely<Database>, input: { applicationId: string; notice: string; personId: string }, now: Date) =>
  claimSentNotice(db, 'exchange_notices', { subjectId: input.applicationId, notice: input.notice, personId: input.personId }, now);

/** The message could not be sent: let it go, so a retry sends it. */
export const releaseExchangeNotice = (db: Kysely<Database>, input: { applicationId: string; notice: string; personId: string }) =>
  releaseSentNotice(db, 'exchange_notices', { subjectId: input.applicationId, notice: input.notice, personId: input.personId });
