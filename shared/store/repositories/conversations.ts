/**
 * Conversation references (to send proactive messages later) and the app's install history per conversation.
 */
import type { ExpressionBuilder, Kysely, OnConflictDatabase, OnConflictTables, Selectable } from 'kysely';
import { prepare } from '../prepared';
import type { ConversationsTable, Database } from '../schema';
import { inTransaction, toTimestamp } from './util';

export type ConversationKind = 'personal' | 'channel' | 'groupChat';

export interface ConversationRecord {
  id: string;
  kind: string;
  channelId: string;
  serviceUrl: string;
  tenantId: string | null;
  teamId: string | null;
  teamAadGroupId: string | null;
  teamsChannelId: string | null;
  personId: string | null;
  referenceJson: string;
  installedBy: string | null;
  installedAt: string | null;
  uninstalledAt: string | null;
  welcomedAt: string | null;
  updatedAt: string;
}

export interface SaveConversationInput {
  id: string;
  kind: ConversationKind | string;
  channelId: string;
  serviceUrl: string;
  tenantId?: string | null;
  teamId?: string | null;
  teamAadGroupId?: string | null;
  teamsChannelId?: string | null;
  personId?: string | null;
  /** JSON of the Bot Framework ConversationReference. */
  referenceJson: string;
  now: Date;
}

export interface RecordInstallInput extends SaveConversationInput {
  /** aadObjectId (or bot user id) of who installed the app. */
  installedBy?: string | null;
}

export interface RecordUninstallInput {
  id: string;
  actor?: string | null;
  now: Date;
}

export interface InstallationEventRecord {
  id: number;
  conversationId: string;
  action: 'add' | 'remove';
  actor: string | null;
  at: string;
}

/**
 * Stores or refreshes the reference. The service URL can change between activities, so every save
 * overwrites it; optional ids missing from this activity keep their stored values.
 */
export async function saveConversation(db: Kysely<Database>, input: SaveConversationInput): Promise<void> {
  await upsertConversation(db, input);
}

/**
 * The app was added to the conversation. A re-install after an uninstall clears the welcome mark, so the
 * conversation is welcomed again; a duplicate install event while installed (Teams sends installationUpdate and
 * conversationUpdate for one install) keeps install time and mark, and adds no second 'add' event.
 */
export async function recordInstall(db: Kysely<Database>, input: RecordInstallInput): Promise<ConversationRecord> {
  const now = toTimestamp(input.now);
  return inTransaction(db, async (trx) => {
    await upsertConversation(trx, input, { installedBy: input.installedBy ?? null });
    const row = await trx.selectFrom('conversations').selectAll().where('id', '=', input.id).executeTakeFirstOrThrow();
    // installed_at is this call's time only when this call installed it (the upsert keeps an earlier install).
    if (row.installed_at === now) {
      await trx
        .insertInto('installation_events')
        .values({ conversation_id: input.id, action: 'add', actor: input.installedBy ?? null, at: now })
        .execute();
    }
    return toConversation(row);
  });
}

/**
 * The app was removed from the conversation. Returns false (and records nothing) for a conversation never
 * seen, since there is no reference to keep for it. A repeated remove event records no second 'remove'.
 */
export async function recordUninstall(db: Kysely<Database>, input: RecordUninstallInput): Promise<boolean> {
  const now = toTimestamp(input.now);
  return inTransaction(db, async (trx) => {
    const result = await trx
      .updateTable('conversations')
      .set({ uninstalled_at: now, updated_at: now })
      .where('id', '=', input.id)
      .where('uninstalled_at', 'is', null)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) {
      return (await trx.selectFrom('conversations').select('id').where('id', '=', input.id).executeTakeFirst()) !== undefined;
    }
    await trx
      .insertInto('installation_events')
      .values({ conversation_id: input.id, action: 'remove', actor: input.actor ?? null, at: now })
      .execute();
    return true;
  });
}

/**
 * Marks the conversation welcomed if nobody has yet; true only for the one caller that set the mark.
 * A single conditional UPDATE, so duplicate or redelivered install activities send one welcome.
 * An uninstalled conversation cannot be claimed.
 */
export async function claimWelcome(db: Kysely<Database>, id: string, now: Date): Promise<boolean> {
  const ts = toTimestamp(now);
  const result = await db
    .updateTable('conversations')
    .set({ welcomed_at: ts, updated_at: ts })
    .where('id', '=', id)
    .where('welcomed_at', 'is', null)
    .where('uninstalled_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Where Kollega can post in a team (by its Microsoft 365 group id): the channel `channelId` when Kollega has a
 * conversation there, else the team's conversation it was added in (its General channel).
 */
export async function findTeamChannel(db: Kysely<Database>, teamAadGroupId: string, channelId: string | null): Promise<ConversationRecord | undefined> {
  const rows = await db
    .selectFrom('conversations')
    .selectAll()
    .where('kind', '=', 'channel')
    .where('team_aad_group_id', '=', teamAadGroupId)
    .where('uninstalled_at', 'is', null)
    .orderBy('updated_at', 'desc')
    .execute();
  const records = rows.map(toConversation);
  return (channelId ? records.find((r) => r.teamsChannelId === channelId || r.id === channelId) : undefined) ?? records.find((r) => r.id === r.teamId) ?? records[0];
}

/** The personal chats with the bot of these people that are still installed, newest first. */
export async function listPersonalConversations(db: Kysely<Database>, personIds: readonly string[]): Promise<ConversationRecord[]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .selectFrom('conversations')
    .selectAll()
    .where('person_id', 'in', personIds)
    .where('kind', '=', 'personal')
    .where('uninstalled_at', 'is', null)
    .orderBy('updated_at', 'desc')
    .execute();
  return rows.map(toConversation);
}

const conversationById = prepare((db, p: { id: string }) => db.selectFrom('conversations').selectAll().where('id', '=', p.id));

export async function getConversation(db: Kysely<Database>, id: string): Promise<ConversationRecord | undefined> {
  const [row] = (await conversationById(db, { id })).rows;
  return row && toConversation(row);
}

/** Oldest first. */
export async function listInstallationEvents(
  db: Kysely<Database>,
  conversationId: string,
): Promise<InstallationEventRecord[]> {
  const rows = await db
    .selectFrom('installation_events')
    .selectAll()
    .where('conversation_id', '=', conversationId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    conversationId: r.conversation_id,
    action: r.action === 'remove' ? 'remove' : 'add',
    actor: r.actor,
    at: r.at,
  }));
}

/** With `install`, the row is also marked installed (see recordInstall for the rules). */
async function upsertConversation(
  db: Kysely<Database>,
  input: SaveConversationInput,
  install?: { installedBy: string | null },
): Promise<void> {
  const values: ConversationValues = {
    id: input.id,
    kind: input.kind,
    channelId: input.channelId,
    serviceUrl: input.serviceUrl,
    tenantId: input.tenantId ?? null,
    teamId: input.teamId ?? null,
    teamAadGroupId: input.teamAadGroupId ?? null,
    teamsChannelId: input.teamsChannelId ?? null,
    personId: input.personId ?? null,
    referenceJson: input.referenceJson,
    now: toTimestamp(input.now),
  };
  if (install) await upsertInstalled(db, { ...values, installedBy: install.installedBy });
  else await upsertReference(db, values);
}

/** What one statement writes: the input with every optional id made explicit and the time as stored. */
type ConversationValues = Required<Omit<SaveConversationInput, 'now'>> & { now: string };

function insertConversation(db: Kysely<Database>, p: ConversationValues, installedBy?: string | null) {
  return db.insertInto('conversations').values({
    id: p.id,
    kind: p.kind,
    channel_id: p.channelId,
    service_url: p.serviceUrl,
    tenant_id: p.tenantId,
    team_id: p.teamId,
    team_aad_group_id: p.teamAadGroupId,
    teams_channel_id: p.teamsChannelId,
    person_id: p.personId,
    reference_json: p.referenceJson,
    installed_by: installedBy === undefined ? null : installedBy,
    installed_at: installedBy === undefined ? null : p.now,
    uninstalled_at: null,
    welcomed_at: null,
    updated_at: p.now,
  });
}

/** The service URL can change between activities, so it is always overwritten; missing optional ids keep theirs. */
function refreshed(eb: ExpressionBuilder<OnConflictDatabase<Database, 'conversations'>, OnConflictTables<'conversations'>>) {
  return {
    kind: eb.ref('excluded.kind'),
    channel_id: eb.ref('excluded.channel_id'),
    service_url: eb.ref('excluded.service_url'),
    reference_json: eb.ref('excluded.reference_json'),
    tenant_id: eb.fn.coalesce('excluded.tenant_id', 'conversations.tenant_id'),
    team_id: eb.fn.coalesce('excluded.team_id', 'conversations.team_id'),
    team_aad_group_id: eb.fn.coalesce('excluded.team_aad_group_id', 'conversations.team_aad_group_id'),
    teams_channel_id: eb.fn.coalesce('excluded.teams_channel_id', 'conversations.teams_channel_id'),
    person_id: eb.fn.coalesce('excluded.person_id', 'conversations.person_id'),
    updated_at: eb.ref('excluded.updated_at'),
  };
}

const upsertReference = prepare((db, p: ConversationValues) =>
  insertConversation(db, p).onConflict((oc) => oc.column('id').doUpdateSet((eb) => refreshed(eb))),
);

const upsertInstalled = prepare((db, p: ConversationValues & { installedBy: string | null }) =>
  insertConversation(db, p, p.installedBy).onConflict((oc) =>
    oc.column('id').doUpdateSet((eb) => {
      // SET expressions read the row as it was before this statement, on both engines.
      const notInstalled = eb.or([eb('conversations.uninstalled_at', 'is not', null), eb('conversations.installed_at', 'is', null)]);
      return {
        ...refreshed(eb),
        installed_by: eb.case().when(notInstalled).then(eb.ref('excluded.installed_by')).else(eb.ref('conversations.installed_by')).end(),
        installed_at: eb.case().when(notInstalled).then(eb.ref('excluded.installed_at')).else(eb.ref('conversations.installed_at')).end(),
        welcomed_at: eb.case().when('conversations.uninstalled_at', 'is not', null).then(eb.lit(null)).else(eb.ref('conversations.welcomed_at')).end(),
        uninstalled_at: eb.lit(null),
      };
    }),
  ),
);

function toConversation(r: Selectable<ConversationsTable>): ConversationRecord {
  return {
    id: r.id,
    kind: r.kind,
    channelId: r.channel_id,
    serviceUrl: r.service_url,
    tenantId: r.tenant_id,
    teamId: r.team_id,
    teamAadGroupId: r.team_aad_group_id,
    teamsChannelId: r.teams_channel_id,
    personId: r.person_id,
    referenceJson: r.reference_json,
    installedBy: r.installed_by,
    installedAt: r.installed_at,
    uninstalledAt: r.uninstalled_at,
    welcomedAt: r.welcomed_at,
    updatedAt: r.updated_at,
  };
}
