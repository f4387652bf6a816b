/** Applications to a support group: one pending per person and group (a unique index), decided once. */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { ApplicationState } from '../../domain/mentoring/groupApplication';
import type { Database, MentoringApplicationsTable } from '../schema';
import { toTimestamp } from './util';
import { claimSentNotice, releaseSentNotice } from './noticeClaims';

export interface ApplicationRecord {
  id: string;
  groupId: string;
  personId: string;
  state: ApplicationState;
  message: string | null;
  reason: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  createdAt: Date;
}

const recordOf = (row: Selectable<MentoringApplicationsTable>): ApplicationRecord => ({
  id: row.id, groupId: row.group_id, personId: row.person_id, state: row.state, message: row.message, reason: row.reason,
  decidedBy: row.decided_by, decidedAt: row.decided_at ? new Date(row.decided_at) : null, createdAt: new Date(row.created_at),
});

/** The new application, or the one already pending (a double click, a race) with `created: false`. */
export async function insertApplication(
  db: Kysely<Database>,
  a: { id: string; groupId: string; personId: string; message: string | null },
  now: Date,
): Promise<{ created: boolean; application: ApplicationRecord }> {
  const inserted = await db
    .insertInto('mentoring_applications')
    .values({ id: a.id, group_id: a.groupId, person_id: a.personId, state: 'pending', message: a.message, reason: null, decided_by: null, decided_at: null, created_at: toTimestamp(now) })
    // The conflict target names the partial index (its WHERE as a literal, as SQLite wants); no error, so a
    // PostgreSQL transaction around it stays usable.
    .onConflict((oc) => oc.columns(['group_id', 'person_id']).where('state', '=', sql.lit('pending')).doNothing())
    .executeTakeFirst();
  const created = Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0;
  return { created, application: (await pendingApplication(db, a.groupId, a.personId))! };
}

export async function getApplication(db: Kysely<Database>, id: string): Promise<ApplicationRecord | undefined> {
  const row = await db.selectFrom('mentoring_applications').selectAll().where('id', '=', id).executeTakeFirst();
  return row && recordOf(row);
}

export async function pendingApplication(db: Kysely<Database>, groupId: string, personId: string): Promise<ApplicationRecord | undefined> {
  const row = await db.selectFrom('mentoring_applications').selectAll().where('group_id', '=', groupId).where('person_id', '=', personId).where('state', '=', 'pending').executeTakeFirst();
  return row && recordOf(row);
}

export async function listPendingApplications(db: Kysely<Database>, groupId: string): Promise<ApplicationRecord[]> {
  const rows = await db.selectFrom('mentoring_applications').selectAll().where('group_id', '=', groupId).where('state', '=', 'pending').orderBy('created_at').execute();
  return rows.map(recordOf);
}

/** Moves a pending application on; false when someone else decided first (nothing changes then). */
export async function decideApplicationRow(
  db: Kysely<Database>,
  id: string,
  decision: { state: Exclude<ApplicationState, 'pending'>; reason: string | null; decidedBy: string },
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('mentoring_applications')
    .set({ state: decision.state, reason: decision.reason, decided_by: decision.decidedBy, decided_at: toTimestamp(now) })
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Claims one message about an application for one person: false when it was sent (or is being sent) already. */
export const claimApplicationNotice = (db: Kysely<Database>, input: { applicationId: string; notice: string; personId: string }, now: Date) =>
  claimSentNotice(db, 'mentoring_application_notices', { subjectId: input.applicationId, notice: input.notice, personId: input.personId }, now);

/** The message could not be sent: let it go, so a retry sends it. */
export const releaseApplicationNotice = (db: Kysely<Database>, input: { applicationId: string; notice: string; personId: string }) =>
  releaseSentNotice(db, 'mentoring_application_notices', { subjectId: input.applicationId, notice: input.notice, personId: input.personId });
