/** A network's guides and documents: its coordinators keep the list; everyone signed in reads it. */
import type { GuideView } from '../api/resourcesContract';
import { checkGuide, type GuideDraft, type GuideError } from '../domain/resources/guides';
import { newId } from '../store/ids';
import { audit } from '../store/repositories/audit';
import { getNetwork } from '../store/repositories/catalog';
import { deleteGuide, getGuide, insertGuide, listGuides, updateGuide, type GuideRecord } from '../store/repositories/guides';
import type { PersonRecord } from '../store/repositories/people';
import { inTransaction } from '../store/repositories/util';
import type { ResourcesContext } from './gameBookings';
import { coordinatedNetworks } from './joining';

export const guideView = (g: GuideRecord): GuideView => ({ id: g.id, networkId: g.networkId, title: g.title, editions: g.editions, updatedAt: g.updatedAt });

export async function guidesOf(ctx: ResourcesContext, reader: PersonRecord, networkId: string): Promise<{ guides: GuideView[]; coordinates: boolean } | undefined> {
  if (!(await getNetwork(ctx.db, networkId))) return undefined;
  return { guides: (await listGuides(ctx.db, networkId)).map(guideView), coordinates: (await coordinatedNetworks(ctx.db, reader)).has(networkId) };
}

export type GuideResult =
  | { outcome: 'saved' | 'removed'; guide: GuideView }
  | { outcome: 'unknown' }
  | { outcome: 'forbidden' }
  | { outcome: 'invalid'; errors: GuideError[] };

async function mayKeep(ctx: ResourcesContext, actor: PersonRecord, networkId: string, action: string, subjectId: string): Promise<boolean> {
  if ((await coordinatedNetworks(ctx.db, actor)).has(networkId)) return true;
  await audit(ctx.db, { actor: actor.id, action: `guide.${action}.refused`, subjectType: 'guide', subjectId, detail: { networkId } }, ctx.now);
  return false;
}

/** Adds a guide (no `guideId`) or changes one. */
export async function writeGuide(ctx: ResourcesContext, input: { actor: PersonRecord; networkId?: string; guideId?: string; draft: GuideDraft }): Promise<GuideResult> {
  const existing = input.guideId ? await getGuide(ctx.db, input.guideId) : undefined;
  const networkId = existing?.networkId ?? input.networkId;
  if ((input.guideId && !existing) || !networkId || !(await getNetwork(ctx.db, networkId))) return { outcome: 'unknown' };
  if (!(await mayKeep(ctx, input.actor, networkId, existing ? 'change' : 'add', existing?.id ?? networkId))) return { outcome: 'forbidden' };
  const errors = checkGuide(input.draft);
  if (errors.length > 0) return { outcome: 'invalid', errors };
  return inTransaction(ctx.db, async (trx): Promise<GuideResult> => {
    const id = existing?.id ?? newId(ctx.now.getTime());
    if (existing) await updateGuide(trx, id, { draft: input.draft, by: input.actor.id }, ctx.now);
    else await insertGuide(trx, { id, networkId, draft: input.draft, by: input.actor.id }, ctx.now);
    await audit(trx, { actor: input.actor.id, action: existing ? 'guide.change' : 'guide.add', subjectType: 'guide', subjectId: id, detail: { networkId } }, ctx.now);
    return { outcome: 'saved', guide: guideView((await getGuide(trx, id))!) };
  });
}

export async function removeGuide(ctx: ResourcesContext, input: { actor: PersonRecord; guideId: string }): Promise<GuideResult> {
  const existing = await getGuide(ctx.db, input.guideId);
  if (!existing) return { outcome: 'unknown' };
  if (!(await mayKeep(ctx, input.actor, existing.networkId, 'remove', existing.id))) return { outcome: 'forbidden' };
  await inTransaction(ctx.db, async (trx) => {
    await deleteGuide(trx, existing.id);
    await audit(trx, { actor: input.actor.id, action: 'guide.remove', subjectType: 'guide', subjectId: existing.id, detail: { networkId: existing.networkId } }, ctx.now);
  });
  return { outcome: 'removed', guide: guideView(existing) };
}
