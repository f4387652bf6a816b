/**
 * Erasing a person from Kollega's own bookkeeping: their Graph grant, their chats with the bot and who installed
 * Kollega where, the work queued about them (cancelled: it would message or act for someone who is gone), the
 * audit log (the one place rows are rewritten rather than removed: the entries stay, without the person), and
 * last their own row.
 */
import type { EraseStep } from './steps';
import { changed, entraIdsOf, ERASED_PERSON_ID, recordIdsOf, type Subject } from './subject';
import { mentionsAny, scrubJson } from './textMatch';

export const eraseGraphGrant: EraseStep = async (db, s) => {
  const entra = entraIdsOf(s.person);
  return entra.length === 0 ? 0 : changed(await db.deleteFrom('graph_grants').where('aad_object_id', 'in', entra).executeTakeFirst());
};

/** Installs are recorded by Entra object id, or by Teams user id when Teams gave none. */
const installerIds = (s: Subject) => [...entraIdsOf(s.person), s.person.botUserId];

export const eraseInstallationEvents: EraseStep = async (db, s) => {
  let rows = changed(await db.updateTable('installation_events').set({ actor: null }).where('actor', 'in', installerIds(s)).executeTakeFirst());
  if (s.conversationIds.length > 0) rows += changed(await db.deleteFrom('installation_events').where('conversation_id', 'in', s.conversationIds).executeTakeFirst());
  return rows;
};

/**
 * Their personal chats go. A team's or group chat's reference names whoever spoke there last (Teams' "user" of the
 * reference): if that was them, the reference keeps the conversation and drops the speaker, which proactive
 * messages to the channel do not need.
 */
export const eraseConversations: EraseStep = async (db, s) => {
  let rows = 0;
  if (s.conversationIds.length > 0) rows += changed(await db.deleteFrom('conversations').where('id', 'in', s.conversationIds).executeTakeFirst());
  rows += changed(await db.updateTable('conversations').set({ installed_by: null }).where('installed_by', 'in', installerIds(s)).executeTakeFirst());
  const mentioning = await db.selectFrom('conversations').select(['id', 'reference_json']).where(mentionsAny(['reference_json'], s.identifiers)).execute();
  for (const c of mentioning) {
    await db.updateTable('conversations').set({ reference_json: withoutSpeaker(c.reference_json, s) }).where('id', '=', c.id).execute();
    rows += 1;
  }
  return rows;
};

function withoutSpeaker(referenceJson: string, s: Subject): string {
  try {
    const { user, ...reference } = JSON.parse(referenceJson) as { user?: unknown };
    const speaker = JSON.stringify(user ?? null);
    const wasThem = s.identifiers.some((id) => speaker.includes(id));
    return scrubJson(JSON.stringify(wasThem ? reference : { ...reference, user }), { id: s.person.id, identifiers: s.identifiers });
  } catch {
    return scrubJson(referenceJson, { id: s.person.id, identifiers: s.identifiers });
  }
}

/** Pacing keys name conversations; none of theirs is left to pace. */
export const eraseSpacing: EraseStep = async (db, s) =>
  s.conversationIds.length === 0 ? 0 : changed(await db.deleteFrom('spacing').where(mentionsAny(['key'], s.conversationIds)).executeTakeFirst());

/** Work about them, done or waiting: a waiting job is thereby cancelled. */
export const eraseOutbox: EraseStep = async (db, s) =>
  changed(await db.deleteFrom('outbox').where(mentionsAny(['payload_json', 'idempotency_key', 'last_error'], [...s.identifiers, ...recordIdsOf(s)])).executeTakeFirst());

/** Keys of audit details that hold free text about the subject of the entry. */
const freeTextKeys = ['reason', 'message', 'error', 'text'];

export const eraseAudit: EraseStep = async (db, s) => {
  const records = new Set([s.person.id, ...recordIdsOf(s)]);
  const entries = await db
    .selectFrom('audit_log')
    .select(['id', 'actor', 'subject_id', 'detail_json'])
    .where((eb) => eb.or([eb('actor', '=', s.person.id), eb('subject_id', 'in', [...records]), mentionsAny(['detail_json'], s.identifiers)]))
    .execute();
  for (const e of entries) {
    const theirs = records.has(e.subject_id);
    await db
      .updateTable('audit_log')
      .set({
        actor: e.actor === s.person.id ? ERASED_PERSON_ID : e.actor,
        subject_id: e.subject_id === s.person.id ? ERASED_PERSON_ID : e.subject_id,
        detail_json: e.detail_json === null ? null : scrubJson(e.detail_json, { id: s.person.id, identifiers: s.identifiers }, theirs ? freeTextKeys : []),
      })
      .where('id', '=', e.id)
      .execute();
  }
  return entries.length;
};

export const erasePerson: EraseStep = async (db, s) => changed(await db.deleteFrom('people').where('id', '=', s.person.id).executeTakeFirst());
