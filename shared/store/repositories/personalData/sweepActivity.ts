/**
 * The daily retention sweep for networks, events and Kollega's bookkeeping: what has been over for longer than
 * the retention period goes. Each function is one table's part; the registry runs them children first.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../schema';
import type { SweepStep } from './steps';
import { changed, ERASED_PERSON_ID } from './subject';

/** Decided (or withdrawn) join requests whose last change is older than the period. */
const finishedRequests = (db: Kysely<Database>, before: string) =>
  db.selectFrom('join_requests').select('id').where('state', '!=', 'pending').where('updated_at', '<', before);

export const sweepApprovalCards: SweepStep = async (db, c) => changed(await db.deleteFrom('approval_cards').where('join_request_id', 'in', finishedRequests(db, c.at)).executeTakeFirst());

/** Memberships that ended long ago go; a current membership only lets go of its old request. */
export const sweepMemberships: SweepStep = async (db, c) =>
  changed(await db.deleteFrom('memberships').where('left_at', '<', c.at).executeTakeFirst()) +
  changed(await db.updateTable('memberships').set({ join_request_id: null }).where('join_request_id', 'in', finishedRequests(db, c.at)).executeTakeFirst());

export const sweepJoinRequests: SweepStep = async (db, c) => changed(await db.deleteFrom('join_requests').where('id', 'in', finishedRequests(db, c.at)).executeTakeFirst());

/** Events that ended before the period, with everything about them. */
const endedEvents = (db: Kysely<Database>, before: string) => db.selectFrom('events').select('id').where('ends_at', '<', before);

const sweepOfEvents =
  (table: 'event_notices_sent' | 'event_contributions' | 'event_rsvps' | 'event_posts'): SweepStep =>
  async (db, c) =>
    changed(await db.deleteFrom(table).where('event_id', 'in', endedEvents(db, c.at)).executeTakeFirst());

export const sweepEventNotices = sweepOfEvents('event_notices_sent');
export const sweepContributions = sweepOfEvents('event_contributions');
export const sweepRsvps = sweepOfEvents('event_rsvps');
export const sweepEventPosts = sweepOfEvents('event_posts');
export const sweepEvents: SweepStep = async (db, c) => changed(await db.deleteFrom('events').where('ends_at', '<', c.at).executeTakeFirst());

/** A budget stays the unit's; who set it long ago does not. */
export const sweepBudgetSetters: SweepStep = async (db, c) =>
  changed(await db.updateTable('exchange_budgets').set({ set_by: ERASED_PERSON_ID }).where('set_at', '<', c.at).where('set_by', '!=', ERASED_PERSON_ID).executeTakeFirst());

/** A grant unused for the period: Entra ID's refresh tokens have long expired anyway. */
export const sweepGraphGrants: SweepStep = async (db, c) => changed(await db.deleteFrom('graph_grants').where('updated_at', '<', c.at).executeTakeFirst());

/** Chats Kollega was removed from before the period, with their install history. */
const removedConversations = (db: Kysely<Database>, before: string) => db.selectFrom('conversations').select('id').where('uninstalled_at', '<', before);

export const sweepInstallationEvents: SweepStep = async (db, c) =>
  changed(await db.deleteFrom('installation_events').where((eb) => eb.or([eb('at', '<', c.at), eb('conversation_id', 'in', removedConversations(db, c.at))])).executeTakeFirst());

export const sweepConversations: SweepStep = async (db, c) => changed(await db.deleteFrom('conversations').where('id', 'in', removedConversations(db, c.at)).executeTakeFirst());

/** Pacing only keeps work seconds apart: a day-old mark is of no use whatever the period. */
export const sweepSpacing: SweepStep = async (db, c) =>
  changed(await db.deleteFrom('spacing').where('last_at', '<', new Date(c.now.getTime() - 24 * 60 * 60 * 1000).toISOString()).executeTakeFirst());

/** Work done or given up on before the period; waiting work is never swept. */
export const sweepOutbox: SweepStep = async (db, c) => changed(await db.deleteFrom('outbox').where('state', 'in', ['done', 'failed']).where('updated_at', '<', c.at).executeTakeFirst());

export const sweepAudit: SweepStep = async (db, c) => changed(await db.deleteFrom('audit_log').where('at', '<', c.at).executeTakeFirst());
