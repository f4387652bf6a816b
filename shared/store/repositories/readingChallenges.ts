/** A network's reading challenges, one per year: written unpublished, then published for the network's libraries. */
import type { Kysely, Selectable } from 'kysely';
import type { BilingualText, ChallengeDraft } from '../../domain/resources/readingChallenge';
import type { Database, ReadingChallengesTable } from '../schema';
import { toTimestamp } from './util';

export interface ChallengeRecord extends ChallengeDraft {
  networkId: string;
  publishedAt: string | null;
  updatedBy: string | null;
  updatedAt: string;
}

const recordOf = (r: Selectable<ReadingChallengesTable>): ChallengeRecord => ({
  networkId: r.network_id, year: Number(r.year),
  title: { fi: r.title_fi, sv: r.title_sv }, intro: { fi: r.intro_fi, sv: r.intro_sv },
  tasks: JSON.parse(r.tasks_json) as BilingualText[],
  publishedAt: r.published_at, updatedBy: r.updated_by, updatedAt: r.updated_at,
});

/** Newest year first; unpublished ones only when asked (for the network's coordinators). */
export async function listChallenges(db: Kysely<Database>, networkId: string, withUnpublished: boolean): Promise<ChallengeRecord[]> {
  let query = db.selectFrom('reading_challenges').selectAll().where('network_id', '=', networkId);
  if (!withUnpublished) query = query.where('published_at', 'is not', null);
  return (await query.orderBy('year', 'desc').execute()).map(recordOf);
}

export async function getChallenge(db: Kysely<Database>, networkId: string, year: number): Promise<ChallengeRecord | undefined> {
  const row = await db.selectFrom('reading_challenges').selectAll().where('network_id', '=', networkId).where('year', '=', year).executeTakeFirst();
  return row && recordOf(row);
}

/**
 * Writes the year's challenge. Publishing keeps the first publication's time, so a corrected typo does not make an
 * old challenge look new; saving unpublished takes it back from the libraries.
 */
export async function saveChallenge(db: Kysely<Database>, input: { networkId: string; draft: ChallengeDraft; publish: boolean; by: string }, now: Date): Promise<void> {
  const at = toTimestamp(now);
  const texts = {
    title_fi: input.draft.title.fi, title_sv: input.draft.title.sv, intro_fi: input.draft.intro.fi, intro_sv: input.draft.intro.sv,
    tasks_json: JSON.stringify(input.draft.tasks), updated_by: input.by, updated_at: at,
  };
  const existing = await getChallenge(db, input.networkId, input.draft.year);
  const publishedAt = input.publish ? (existing?.publishedAt ?? at) : null;
  await db
    .insertInto('reading_challenges')
    .values({ network_id: input.networkId, year: input.draft.year, ...texts, published_at: publishedAt })
    .onConflict((oc) => oc.columns(['network_id', 'year']).doUpdateSet({ ...texts, published_at: publishedAt }))
    .execute();
}
