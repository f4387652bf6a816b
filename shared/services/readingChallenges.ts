/**
 * The network's yearly reading challenge: its coordinators write and publish it; everyone signed in reads the
 * published ones, newest first, and the coordinators also the ones they are still writing.
 */
import type { ChallengeView } from '../api/resourcesContract';
import { toHelsinki } from '../i18n/localTime';
import { checkChallenge, withoutBlankTasks, type ChallengeDraft, type ChallengeError } from '../domain/resources/readingChallenge';
import { audit } from '../store/repositories/audit';
import { getNetwork } from '../store/repositories/catalog';
import type { PersonRecord } from '../store/repositories/people';
import { getChallenge, listChallenges, saveChallenge, type ChallengeRecord } from '../store/repositories/readingChallenges';
import { inTransaction } from '../store/repositories/util';
import type { ResourcesContext } from './gameBookings';
import { coordinatedNetworks } from './joining';

export const challengeView = (c: ChallengeRecord): ChallengeView => ({
  networkId: c.networkId, year: c.year, title: c.title, intro: c.intro, tasks: c.tasks, publishedAt: c.publishedAt, updatedAt: c.updatedAt,
});

export async function challengesOf(ctx: ResourcesContext, reader: PersonRecord, networkId: string): Promise<{ challenges: ChallengeView[]; coordinates: boolean } | undefined> {
  if (!(await getNetwork(ctx.db, networkId))) return undefined;
  const coordinates = (await coordinatedNetworks(ctx.db, reader)).has(networkId);
  return { challenges: (await listChallenges(ctx.db, networkId, coordinates)).map(challengeView), coordinates };
}

export type ChallengeResult =
  | { outcome: 'saved'; challenge: ChallengeView; published: boolean }
  | { outcome: 'unknown' }
  | { outcome: 'forbidden' }
  | { outcome: 'invalid'; errors: ChallengeError[] };

export async function writeChallenge(ctx: ResourcesContext, input: { actor: PersonRecord; networkId: string; draft: ChallengeDraft; publish: boolean }): Promise<ChallengeResult> {
  if (!(await getNetwork(ctx.db, input.networkId))) return { outcome: 'unknown' };
  if (!(await coordinatedNetworks(ctx.db, input.actor)).has(input.networkId)) {
    await audit(ctx.db, { actor: input.actor.id, action: 'challenge.write.refused', subjectType: 'network', subjectId: input.networkId, detail: { year: input.draft.year } }, ctx.now);
    return { outcome: 'forbidden' };
  }
  const draft = { ...input.draft, tasks: withoutBlankTasks(input.draft.tasks) };
  const errors = checkChallenge(draft, input.publish, Number(toHelsinki(ctx.now).date.slice(0, 4)));
  if (errors.length > 0) return { outcome: 'invalid', errors };
  return inTransaction(ctx.db, async (trx): Promise<ChallengeResult> => {
    const before = await getChallenge(trx, input.networkId, draft.year);
    await saveChallenge(trx, { networkId: input.networkId, draft, publish: input.publish, by: input.actor.id }, ctx.now);
    const action = input.publish && !before?.publishedAt ? 'challenge.publish' : !input.publish && before?.publishedAt ? 'challenge.unpublish' : 'challenge.write';
    await audit(trx, { actor: input.actor.id, action, subjectType: 'network', subjectId: input.networkId, detail: { year: draft.year } }, ctx.now);
    return { outcome: 'saved', challenge: challengeView((await getChallenge(trx, input.networkId, draft.year))!), published: input.publish };
  });
}
