/**
 * Joining a network, as the bot and the tab API both do it: the domain decides, the store records the
 * decision with its audit entry and the work to do afterwards (outbox) in one transaction, and the caller
 * answers at once. Nothing here knows Teams or HTTP; Graph and messages happen later, from the outbox.
 */
import type { Kysely } from 'kysely';
import { isSamePerson, transition, type Identity, type JoinRequestEvent } from '../domain/joinRequest';
import { enqueue } from '../jobs/outbox';
import { audit } from '../store/repositories/audit';
import { getNetwork, listAdmins, listNetworks, type NetworkRecord } from '../store/repositories/catalog';
import {
  addMembership,
  createJoinRequest,
  endMembership,
  getJoinRequest,
  getMembership,
  saveDecision,
  type JoinRequestRecord,
} from '../store/repositories/joining';
import { updatePersonDetails, type PersonRecord } from '../store/repositories/people';
import { inTransaction } from '../store/repositories/util';
import type { Database } from '../store/schema';

/** The outbox's kinds of work for joining; their handlers are registered where the app starts. */
export const joiningJobs = {
  notifyCoordinators: 'joinRequest.notifyCoordinators',
  updateCards: 'joinRequest.updateCards',
  notifyRequester: 'joinRequest.notifyRequester',
  addTeamsMember: 'teams.addMember',
  removeTeamsMember: 'teams.removeMember',
  syncTeamsMembers: 'teams.syncMembers',
} as const;

export interface JoiningContext {
  db: Kysely<Database>;
  now: Date;
  /** Whether Graph credentials are configured, so Teams membership follows Kollega's. */
  teamsAutomation: boolean;
}

/**
 * The networks a person coordinates: they are named in the seed by Entra object id or e-mail. Kollega's admins
 * (the seed's admins) may do what every network's coordinators may.
 */
export async function coordinatedNetworks(db: Kysely<Database>, person: PersonRecord): Promise<Set<string>> {
  const networks = await listNetworks(db);
  const named = networks.filter((n) => n.coordinators.some((c) => isSamePerson(person, c)));
  if (named.length < networks.length && (await isAdmin(db, person))) return new Set(networks.map((n) => n.id));
  return new Set(named.map((n) => n.id));
}

/** Whether the person is one of the seed's admins, named like coordinators by Entra object id or e-mail. */
export async function isAdmin(db: Kysely<Database>, person: Identity): Promise<boolean> {
  return (await listAdmins(db)).some((admin) => isSamePerson(person, admin));
}

export type AskResult =
  | { outcome: 'created' | 'already-pending'; network: NetworkRecord; request: JoinRequestRecord }
  | { outcome: 'already-member'; network: NetworkRecord }
  | { outcome: 'unknown-network' };

export async function askToJoin(
  ctx: JoiningContext,
  input: { person: PersonRecord; networkId: string; message?: string; library?: string },
): Promise<AskResult> {
  const network = await getNetwork(ctx.db, input.networkId);
  if (!network) return { outcome: 'unknown-network' };
  return inTransaction(ctx.db, async (trx) => {
    const membership = await getMembership(trx, network.id, input.person.id);
    if (membership && !membership.leftAt) return { outcome: 'already-member', network };
    const library = input.library ?? input.person.library ?? null;
    const result = await createJoinRequest(trx, {
      networkId: network.id,
      personId: input.person.id,
      message: input.message ?? null,
      library,
      now: ctx.now,
    });
    // A double click or a redelivered activity finds the pending request: nothing new is written or sent.
    if (!result.created) return { outcome: 'already-pending', network, request: result.request };
    if (input.library && input.library !== input.person.library) {
      await updatePersonDetails(trx, input.person.id, { library: input.library }, ctx.now);
    }
    await audit(trx, { actor: input.person.id, action: 'joinRequest.created', subjectType: 'joinRequest', subjectId: result.request.id, detail: { networkId: network.id } }, ctx.now);
    await enqueueFor(trx, joiningJobs.notifyCoordinators, result.request.id, ctx.now);
    return { outcome: 'created', network, request: result.request };
  });
}

export type DecisionResult =
  | { outcome: 'decided' | 'already-decided'; request: JoinRequestRecord; network: NetworkRecord }
  | { outcome: 'forbidden'; network: NetworkRecord | undefined }
  | { outcome: 'unknown-request' };

/** A coordinator approves or declines, or the requester withdraws. The actor's rights come from the store. */
export async function decide(
  ctx: JoiningContext,
  input: { actor: PersonRecord; requestId: string; event: JoinRequestEvent; verb: string },
): Promise<DecisionResult> {
  const request = await getJoinRequest(ctx.db, input.requestId);
  if (!request) return { outcome: 'unknown-request' };
  const network = await getNetwork(ctx.db, request.networkId);
  if (!network) return { outcome: 'unknown-request' };
  const coordinatorOf = await coordinatedNetworks(ctx.db, input.actor);
  const at = ctx.now.toISOString();
  const moved = transition(request, input.event, { personId: input.actor.id, coordinatorOf }, at);

  if (!moved.ok && moved.refusal === 'forbidden') {
    await audit(ctx.db, { actor: input.actor.id, action: 'joinRequest.refused', subjectType: 'joinRequest', subjectId: request.id, detail: { verb: input.verb } }, ctx.now);
    return { outcome: 'forbidden', network };
  }
  if (!moved.ok) return { outcome: 'already-decided', request, network };

  return inTransaction(ctx.db, async (trx) => {
    // Two coordinators at once: the conditional update lets one through; the other sees what was decided.
    if (!(await saveDecision(trx, moved.request, ctx.now))) {
      return { outcome: 'already-decided' as const, request: (await getJoinRequest(trx, request.id))!, network };
    }
    const decided = { ...request, ...moved.request };
    await audit(trx, { actor: input.actor.id, action: `joinRequest.${decided.state}`, subjectType: 'joinRequest', subjectId: request.id, detail: decided.reason ? { reason: decided.reason } : undefined }, ctx.now);
    if (decided.state === 'approved') {
      const automated = ctx.teamsAutomation && Boolean(network.teamsTeamId);
      await addMembership(trx, { networkId: network.id, personId: request.personId, joinRequestId: request.id, teamsState: automated ? 'pending' : 'manual', now: ctx.now });
      if (automated) await enqueueFor(trx, joiningJobs.addTeamsMember, request.id, ctx.now);
    }
    if (decided.state !== 'withdrawn') await enqueueFor(trx, joiningJobs.notifyRequester, request.id, ctx.now);
    await enqueueFor(trx, joiningJobs.updateCards, `${request.id}:${decided.state}`, ctx.now, { requestId: request.id });
    return { outcome: 'decided' as const, request: decided, network };
  });
}

export type LeaveResult = { outcome: 'left' | 'not-member'; network: NetworkRecord } | { outcome: 'unknown-network' };

export async function leaveNetwork(ctx: JoiningContext, input: { person: PersonRecord; networkId: string }): Promise<LeaveResult> {
  const network = await getNetwork(ctx.db, input.networkId);
  if (!network) return { outcome: 'unknown-network' };
  return inTransaction(ctx.db, async (trx) => {
    if (!(await endMembership(trx, network.id, input.person.id, ctx.now))) return { outcome: 'not-member' as const, network };
    await audit(trx, { actor: input.person.id, action: 'membership.left', subjectType: 'network', subjectId: network.id }, ctx.now);
    if (ctx.teamsAutomation && network.teamsTeamId) {
      await enqueue(
        trx,
        { kind: joiningJobs.removeTeamsMember, payload: { networkId: network.id, personId: input.person.id }, idempotencyKey: `${joiningJobs.removeTeamsMember}:${network.id}:${input.person.id}:${ctx.now.toISOString()}` },
        ctx.now,
      );
    }
    return { outcome: 'left' as const, network };
  });
}

/** One job per kind and request: a retried decision or a redelivered activity enqueues nothing new. */
async function enqueueFor(db: Kysely<Database>, kind: string, key: string, now: Date, payload: object = { requestId: key }) {
  await enqueue(db, { kind, payload, idempotencyKey: `${kind}:${key}` }, now);
}
