/**
 * A person's data (GDPR): everything Kollega holds about them as one document, and its erasure. The person may
 * do both for themselves; Kollega's admins (the seed's `admins`) for a named person on request, e.g. someone who
 * left and can no longer sign in. Anyone else is refused, and the attempt audited.
 *
 * An erasure is one transaction on either engine: open seats and places are released by their own rules, then the
 * registry's steps run table by table (shared/store/repositories/personalData/registry.ts), and the audit log
 * records it under a random erasure id with counts per table, never the person. Erasing someone Kollega no longer
 * holds changes nothing.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { PersonalDataExport } from '../api/personalDataContract';
import { audit } from '../store/repositories/audit';
import { getPerson, type PersonRecord } from '../store/repositories/people';
import { activityArea, personArea, rolesArea, teamsArea, type ExportSubject } from '../store/repositories/personalData/exportProfile';
import { eventsArea, networksArea } from '../store/repositories/personalData/exportParticipation';
import { mentoringArea } from '../store/repositories/personalData/exportMentoring';
import { exchangeArea } from '../store/repositories/personalData/exportExchange';
import { resourcesArea } from '../store/repositories/personalData/exportResources';
import { sortBookings } from '../store/repositories/personalData/eraseResources';
import { personalDataRegistry, type TableName } from '../store/repositories/personalData/registry';
import {
  ensureErasedPerson, ERASED_PERSON_ID, identifiersOf, personalConversationIds, type Subject,
} from '../store/repositories/personalData/subject';
import { inTransaction, toTimestamp } from '../store/repositories/util';
import type { Database } from '../store/schema';
import { isAdmin } from './joining';
import { cardsFollow, releaseOpenPlaces, sortExchanges } from './personalDataRelease';

export interface PersonalDataContext {
  db: Kysely<Database>;
  now: Date;
}

/** How the actor may reach this person's data: as themselves, or as an admin. */
async function accessOf(db: Kysely<Database>, actor: PersonRecord, personId: string): Promise<'self' | 'admin' | undefined> {
  if (actor.id === personId) return 'self';
  return (await isAdmin(db, actor)) ? 'admin' : undefined;
}

async function refuse(ctx: PersonalDataContext, actor: PersonRecord, action: string, personId: string): Promise<void> {
  await audit(ctx.db, { actor: actor.id, action: `personalData.${action}.refused`, subjectType: 'person', subjectId: personId }, ctx.now);
}

/** The placeholder of erased people is nobody to export or erase. */
const heldPerson = async (db: Kysely<Database>, id: string) => (id === ERASED_PERSON_ID ? undefined : getPerson(db, id));

export type ExportResult = { outcome: 'ok'; document: PersonalDataExport } | { outcome: 'unknown' } | { outcome: 'forbidden' };

export async function exportPersonalData(ctx: PersonalDataContext, input: { actor: PersonRecord; personId: string }): Promise<ExportResult> {
  const access = await accessOf(ctx.db, input.actor, input.personId);
  if (!access) {
    await refuse(ctx, input.actor, 'export', input.personId);
    return { outcome: 'forbidden' };
  }
  return inTransaction(ctx.db, async (trx): Promise<ExportResult> => {
    const person = await heldPerson(trx, input.personId);
    if (!person) return { outcome: 'unknown' };
    const conversationIds = await personalConversationIds(trx, person.id);
    const subject: ExportSubject = { person, conversationIds, identifiers: identifiersOf(person, conversationIds) };
    const document: PersonalDataExport = {
      kind: 'kollega.personalData',
      version: 1,
      exportedAt: toTimestamp(ctx.now),
      person: personArea(subject),
      roles: await rolesArea(trx, subject),
      teams: await teamsArea(trx, subject),
      networks: await networksArea(trx, subject),
      events: await eventsArea(trx, subject),
      mentoring: await mentoringArea(trx, subject),
      exchange: await exchangeArea(trx, subject),
      resources: await resourcesArea(trx, subject),
      activity: await activityArea(trx, subject),
    };
    // Read first, recorded after: the document shows what was held before this export.
    await audit(trx, { actor: input.actor.id, action: 'personalData.exported', subjectType: 'person', subjectId: person.id, detail: { by: access } }, ctx.now);
    return { outcome: 'ok', document };
  });
}

export type ErasureResult =
  | { outcome: 'erased'; erasureId: string; rows: number; counts: Partial<Record<TableName, number>> }
  | { outcome: 'nothingHeld' }
  | { outcome: 'forbidden' };

export async function erasePersonalData(ctx: PersonalDataContext, input: { actor: PersonRecord; personId: string }): Promise<ErasureResult> {
  const access = await accessOf(ctx.db, input.actor, input.personId);
  if (!access) {
    await refuse(ctx, input.actor, 'erase', input.personId);
    return { outcome: 'forbidden' };
  }
  return inTransaction(ctx.db, async (trx): Promise<ErasureResult> => {
    const person = await heldPerson(trx, input.personId);
    if (!person) return { outcome: 'nothingHeld' };
    const erased = await eraseHeldPerson(trx, person, ctx.now);
    // A self-erasure's actor is the erased person: their own id would name them again.
    const actor = access === 'self' ? ERASED_PERSON_ID : input.actor.id;
    await audit(trx, { actor, action: 'personalData.erased', subjectType: 'erasure', subjectId: erased.erasureId, detail: { by: access, counts: erased.counts } }, ctx.now);
    return { outcome: 'erased', ...erased };
  });
}

/**
 * The erasure itself, in the caller's transaction: releases, then every table of the registry in its order.
 * Also used by the retention sweep for people who hold nothing any more.
 */
export async function eraseHeldPerson(trx: Kysely<Database>, person: PersonRecord, now: Date): Promise<{ erasureId: string; rows: number; counts: Partial<Record<TableName, number>> }> {
  await ensureErasedPerson(trx, now);
  const followUp = await releaseOpenPlaces(trx, person, now);
  const conversationIds = await personalConversationIds(trx, person.id);
  const subject: Subject = {
    person,
    identifiers: identifiersOf(person, conversationIds),
    conversationIds,
    joinRequestIds: (await trx.selectFrom('join_requests').select('id').where('person_id', '=', person.id).execute()).map((r) => r.id),
    mentoringApplicationIds: (await trx.selectFrom('mentoring_applications').select('id').where('person_id', '=', person.id).execute()).map((r) => r.id),
    exchange: await sortExchanges(trx, person, now),
    gameBookings: await sortBookings(trx, person.id),
    now,
  };
  const counts: Partial<Record<TableName, number>> = {};
  for (const [table, policy] of Object.entries(personalDataRegistry) as Array<[TableName, (typeof personalDataRegistry)[TableName]]>) {
    const rows = policy.erase ? await policy.erase(trx, subject) : 0;
    if (rows > 0) counts[table] = rows;
  }
  await cardsFollow(trx, followUp, now);
  return { erasureId: randomUUID(), rows: Object.values(counts).reduce((n, c) => n + (c ?? 0), 0), counts };
}
