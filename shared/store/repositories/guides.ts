/** A network's list of guides and documents, each with a link per language. */
import type { Kysely, Selectable } from 'kysely';
import type { GuideDraft, GuideEdition } from '../../domain/resources/guides';
import type { Language } from '../../i18n/language';
import type { Database, NetworkGuidesTable } from '../schema';
import { toTimestamp } from './util';

export interface GuideRecord extends GuideDraft {
  id: string;
  networkId: string;
  updatedBy: string | null;
  createdAt: string;
  updatedAt: string;
}

const recordOf = (r: Selectable<NetworkGuidesTable>): GuideRecord => ({
  id: r.id, networkId: r.network_id, title: { fi: r.title_fi, sv: r.title_sv, en: r.title_en },
  editions: JSON.parse(r.editions_json) as Partial<Record<Language, GuideEdition>>,
  updatedBy: r.updated_by, createdAt: r.created_at, updatedAt: r.updated_at,
});

const columns = (draft: GuideDraft) => ({ title_fi: draft.title.fi, title_sv: draft.title.sv, title_en: draft.title.en, editions_json: JSON.stringify(draft.editions) });

/** In the order they were added: the coordinator's list reads as they built it. */
export async function listGuides(db: Kysely<Database>, networkId: string): Promise<GuideRecord[]> {
  return (await db.selectFrom('network_guides').selectAll().where('network_id', '=', networkId).orderBy('created_at').orderBy('id').execute()).map(recordOf);
}

export async function getGuide(db: Kysely<Database>, id: string): Promise<GuideRecord | undefined> {
  const row = await db.selectFrom('network_guides').selectAll().where('id', '=', id).executeTakeFirst();
  return row && recordOf(row);
}

export async function insertGuide(db: Kysely<Database>, input: { id: string; networkId: string; draft: GuideDraft; by: string }, now: Date): Promise<void> {
  const at = toTimestamp(now);
  await db.insertInto('network_guides').values({ id: input.id, network_id: input.networkId, ...columns(input.draft), updated_by: input.by, created_at: at, updated_at: at }).execute();
}

export async function updateGuide(db: Kysely<Database>, id: string, input: { draft: GuideDraft; by: string }, now: Date): Promise<void> {
  await db.updateTable('network_guides').set({ ...columns(input.draft), updated_by: input.by, updated_at: toTimestamp(now) }).where('id', '=', id).execute();
}

export async function deleteGuide(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('network_guides').where('id', '=', id).execute();
}
