/** A group's proposed themes and the votes for them; a theme fixed for a meeting carries its id. */
import { sql, type Kysely } from 'kysely';
import { normalizeForMatch } from '../../domain/localized';
import type { ThemeProposal } from '../../domain/mentoring/themes';
import type { Database } from '../schema';
import { toTimestamp } from './util';

export interface ThemeRecord extends ThemeProposal {
  groupId: string;
}

const columns = ['id', 'group_id', 'title', 'proposed_by', 'proposed_at', 'votes', 'meeting_id'] as const;
const themeOf = (r: { id: string; group_id: string; title: string; proposed_by: string; proposed_at: string; votes: number; meeting_id: string | null }): ThemeRecord => ({
  id: r.id, groupId: r.group_id, title: r.title, proposedBy: r.proposed_by, proposedAt: new Date(r.proposed_at), votes: Number(r.votes), meetingId: r.meeting_id,
});

/** False when the group already has the theme under another spelling (a race the domain check did not see). */
export async function insertTheme(db: Kysely<Database>, t: { id: string; groupId: string; title: string; proposedBy: string }, now: Date): Promise<boolean> {
  const result = await db
    .insertInto('mentoring_themes')
    .values({ id: t.id, group_id: t.groupId, title: t.title, title_key: normalizeForMatch(t.title), proposed_by: t.proposedBy, proposed_at: toTimestamp(now), meeting_id: null, votes: 0 })
    .onConflict((oc) => oc.columns(['group_id', 'title_key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

export async function listThemes(db: Kysely<Database>, groupId: string): Promise<ThemeRecord[]> {
  return (await db.selectFrom('mentoring_themes').select(columns).where('group_id', '=', groupId).execute()).map(themeOf);
}

export async function getTheme(db: Kysely<Database>, id: string): Promise<ThemeRecord | undefined> {
  const row = await db.selectFrom('mentoring_themes').select(columns).where('id', '=', id).executeTakeFirst();
  return row && themeOf(row);
}

export async function votesOf(db: Kysely<Database>, groupId: string, personId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('mentoring_theme_votes as v')
    .innerJoin('mentoring_themes as t', 't.id', 'v.theme_id')
    .select('v.theme_id')
    .where('t.group_id', '=', groupId)
    .where('v.person_id', '=', personId)
    .execute();
  return new Set(rows.map((r) => r.theme_id));
}

/**
 * Gives or takes back a vote, in the caller's transaction; the count is recounted from the rows, so a double click
 * counts once. The theme's row is locked first, so two votes at once recount one after the other (on PostgreSQL's
 * read committed, each would otherwise miss the other's uncommitted row).
 */
export async function setVote(db: Kysely<Database>, themeId: string, personId: string, vote: boolean, now: Date): Promise<void> {
  await db.updateTable('mentoring_themes').set((eb) => ({ votes: eb.ref('votes') })).where('id', '=', themeId).execute();
  if (vote) {
    await db.insertInto('mentoring_theme_votes').values({ theme_id: themeId, person_id: personId, voted_at: toTimestamp(now) }).onConflict((oc) => oc.columns(['theme_id', 'person_id']).doNothing()).execute();
  } else {
    await db.deleteFrom('mentoring_theme_votes').where('theme_id', '=', themeId).where('person_id', '=', personId).execute();
  }
  await db
    .updateTable('mentoring_themes')
    .set({ votes: sql<number>`(select count(*) from mentoring_theme_votes where theme_id = ${themeId})` })
    .where('id', '=', themeId)
    .execute();
}

/** The meeting's theme: any theme fixed for it before is released, so a meeting has one. */
export async function fixTheme(db: Kysely<Database>, themeId: string, meetingId: string): Promise<void> {
  await db.updateTable('mentoring_themes').set({ meeting_id: null }).where('meeting_id', '=', meetingId).execute();
  await db.updateTable('mentoring_themes').set({ meeting_id: meetingId }).where('id', '=', themeId).execute();
}

export async function themeOfMeeting(db: Kysely<Database>, meetingId: string): Promise<string | null> {
  const row = await db.selectFrom('mentoring_themes').select('title').where('meeting_id', '=', meetingId).executeTakeFirst();
  return row?.title ?? null;
}
