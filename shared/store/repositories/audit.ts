/**
 * The audit log: every join request, decision, refusal and Graph result, append-only (but for a person's erasure,
 * which keeps their entries and takes them out: personalData/eraseSystem.ts).
 * Details are JSON; they name people by Kollega id, not by e-mail, so the log holds no more than it needs.
 */
import type { Kysely } from 'kysely';
import { prepare } from '../prepared';
import type { Database } from '../schema';
import { toTimestamp } from './util';

export interface AuditEntry {
  actor: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  detail?: Record<string, unknown>;
}

export async function audit(db: Kysely<Database>, entry: AuditEntry, now: Date): Promise<void> {
  await insertEntry(db, { ...entry, at: toTimestamp(now), detailJson: entry.detail ? JSON.stringify(entry.detail) : null });
}

const insertEntry = prepare(
  (db, p: { at: string; actor: string | null; action: string; subjectType: string; subjectId: string; detailJson: string | null }) =>
    db.insertInto('audit_log').values({
      at: p.at,
      actor: p.actor,
      action: p.action,
      subject_type: p.subjectType,
      subject_id: p.subjectId,
      detail_json: p.detailJson,
    }),
);

/** Oldest first. */
export async function auditTrail(db: Kysely<Database>, subjectType: string, subjectId: string) {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', subjectId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    at: r.at,
    actor: r.actor,
    action: r.action,
    detail: r.detail_json ? (JSON.parse(r.detail_json) as Record<string, unknown>) : undefined,
  }));
}
