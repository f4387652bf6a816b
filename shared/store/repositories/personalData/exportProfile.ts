/** The export's person, roles, Teams and activity areas: who they are to Kollega and what it did about them. */
import type { Kysely } from 'kysely';
import type { PersonalDataExport } from '../../../api/personalDataContract';
import { isSamePerson } from '../../../domain/joinRequest';
import type { Database } from '../../schema';
import type { Subject } from './subject';
import { entraIdsOf } from './subject';
import { mentionsAny } from './textMatch';

export type ExportSubject = Pick<Subject, 'person' | 'identifiers' | 'conversationIds'>;

/** Synthetic keys (`aad:`, `mail:`) are Kollega's, not a Teams id. */
const teamsUserId = (botUserId: string) => (/^(aad|mail):/.test(botUserId) ? null : botUserId);

export function personArea({ person: p }: ExportSubject): PersonalDataExport['person'] {
  return {
    id: p.id, displayName: p.displayName, email: p.email, entraObjectId: p.aadObjectId, tenantId: p.tenantId, teamsUserId: teamsUserId(p.botUserId),
    guestUserId: p.guestUserId, locale: p.locale, regionId: p.regionId, library: p.library, firstSeenAt: p.createdAt, updatedAt: p.updatedAt,
  };
}

export async function rolesArea(db: Kysely<Database>, { person }: ExportSubject): Promise<PersonalDataExport['roles']> {
  const admins = await db.selectFrom('admins').select(['email', 'aad_object_id']).execute();
  const coordinators = (await db.selectFrom('coordinators').selectAll().execute()).filter((c) => isSamePerson(person, { aadObjectId: c.aad_object_id, email: c.email }));
  const links = coordinators.length === 0 ? [] : await db.selectFrom('network_coordinators').selectAll().where('coordinator_id', 'in', coordinators.map((c) => c.id)).execute();
  return {
    admin: admins.some((a) => isSamePerson(person, { aadObjectId: a.aad_object_id, email: a.email })),
    coordinator: coordinators.map((c) => ({
      displayName: c.display_name,
      title: { fi: c.title_fi, sv: c.title_sv, en: c.title_en },
      unitId: c.unit_id,
      networkIds: links.filter((l) => l.coordinator_id === c.id).map((l) => l.network_id),
    })),
  };
}

export async function teamsArea(db: Kysely<Database>, s: ExportSubject): Promise<PersonalDataExport['teams']> {
  const chats = s.conversationIds.length === 0 ? [] : await db.selectFrom('conversations').select(['id', 'installed_at', 'uninstalled_at']).where('id', 'in', s.conversationIds).execute();
  const installers = [...entraIdsOf(s.person), s.person.botUserId];
  const installations = await db
    .selectFrom('installation_events')
    .select(['conversation_id', 'action', 'at'])
    .where((eb) => eb.or([eb('actor', 'in', installers), ...(s.conversationIds.length ? [eb('conversation_id', 'in', s.conversationIds)] : [])]))
    .orderBy('id')
    .execute();
  const entra = entraIdsOf(s.person);
  const grant = entra.length === 0 ? undefined : await db.selectFrom('graph_grants').select('updated_at').where('aad_object_id', 'in', entra).executeTakeFirst();
  return {
    personalChats: chats.map((c) => ({ conversationId: c.id, installedAt: c.installed_at, uninstalledAt: c.uninstalled_at })),
    installations: installations.map((e) => ({ conversationId: e.conversation_id, action: e.action, at: e.at })),
    calendarAccessGivenAt: grant?.updated_at ?? null,
  };
}

export async function activityArea(db: Kysely<Database>, s: ExportSubject): Promise<PersonalDataExport['activity']> {
  const audit = await db.selectFrom('audit_log').select(['at', 'action', 'subject_type', 'subject_id']).where('actor', '=', s.person.id).orderBy('id').execute();
  const work = await db
    .selectFrom('outbox')
    .select(['kind', 'state', 'created_at'])
    .where(mentionsAny(['payload_json', 'idempotency_key'], s.identifiers))
    .orderBy('id')
    .execute();
  return {
    auditLog: audit.map((a) => ({ at: a.at, action: a.action, subjectType: a.subject_type, subjectId: a.subject_id })),
    scheduledWork: work.map((w) => ({ kind: w.kind, state: w.state, createdAt: w.created_at })),
  };
}
