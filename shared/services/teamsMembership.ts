/**
 * Teams membership follows Kollega's: outbox work that adds an approved member to the network's team (or
 * private/shared channel), inviting them first as a B2B guest when they come from another tenant, and removes
 * one who left. Transient Graph failures are thrown for the outbox to retry; a failure that will not succeed
 * (unknown user, forbidden) is recorded on the membership, so the coordinator's card says so.
 */
import type { Kysely } from 'kysely';
import type { TeamsGraph } from '../graph';
import { classifyJobError, PermanentJobError } from '../jobs/errors';
import { enqueue } from '../jobs/outbox';
import { audit } from '../store/repositories/audit';
import { getNetwork, listNetworks } from '../store/repositories/catalog';
import { getJoinRequest, getMembership, listMembers, setTeamsState } from '../store/repositories/joining';
import { getPerson, updatePersonDetails, type PersonRecord } from '../store/repositories/people';
import type { Database } from '../store/schema';
import { joiningJobs } from './joining';

/** The part of the Graph module this work needs. */
export type MembershipGraph = Pick<
  TeamsGraph,
  'inviteGuest' | 'addTeamMember' | 'addChannelMember' | 'addTeamMembers' | 'removeTeamMember' | 'removeChannelMember'
>;

export interface MembershipWork {
  db: Kysely<Database>;
  graph: MembershipGraph;
  hostTenantId: string;
  guestRedirectUrl: string;
  now: () => Date;
}

/**
 * Why adding someone to Teams will not succeed, as a code the coordinator's card turns into a sentence in
 * the coordinator's language.
 */
export type TeamsFailure = 'no-entra-id' | 'no-email' | 'user-not-found' | 'forbidden' | 'rejected' | 'gave-up';

class WillNotSucceed extends PermanentJobError {
  constructor(readonly failure: TeamsFailure) {
    super(failure);
  }
}

const isPermanent = (err: unknown) => classifyJobError(err).permanent;

function failureOf(err: unknown): TeamsFailure {
  if (err instanceof WillNotSucceed) return err.failure;
  const status = (err as { status?: unknown }).status;
  return status === 404 ? 'user-not-found' : status === 403 || status === 401 ? 'forbidden' : 'rejected';
}

export async function addApprovedMember(work: MembershipWork, payload: { requestId: string }): Promise<void> {
  const request = await getJoinRequest(work.db, payload.requestId);
  if (!request || request.state !== 'approved') return;
  const membership = await getMembership(work.db, request.networkId, request.personId);
  // Left again before the outbox got here: nothing to add.
  if (!membership || membership.leftAt || membership.teamsState === 'done') return;
  const [network, person] = await Promise.all([getNetwork(work.db, request.networkId), getPerson(work.db, request.personId)]);
  if (!network?.teamsTeamId || !person) return;

  try {
    const userId = (await graphUserId(work, person, { invite: true }))!;
    const channelId = membershipChannel(network);
    const outcome = channelId
      ? await work.graph.addChannelMember(network.teamsTeamId, channelId, userId)
      : await work.graph.addTeamMember(network.teamsTeamId, userId);
    await audit(work.db, { actor: 'graph', action: 'teams.memberAdded', subjectType: 'joinRequest', subjectId: request.id, detail: { outcome } }, work.now());
    if (!(await setTeamsState(work.db, network.id, person.id, 'done', null))) {
      // They left while Graph was adding them: take them out again.
      await enqueueRemoval(work, network.id, person.id);
      return;
    }
  } catch (err) {
    if (!isPermanent(err)) throw err;
    await recordAddFailure(work, request.id, failureOf(err), (err as Error).message);
    return;
  }
  await enqueue(work.db, { kind: joiningJobs.updateCards, payload: { requestId: request.id }, idempotencyKey: `${joiningJobs.updateCards}:${request.id}:teams-done` }, work.now());
}

/** Also called when the outbox gives up after its last retry. */
export async function recordAddFailure(
  work: Pick<MembershipWork, 'db' | 'now'>,
  requestId: string,
  failure: TeamsFailure,
  error: string,
): Promise<void> {
  const request = await getJoinRequest(work.db, requestId);
  if (!request) return;
  // A membership of a newer request (they left and rejoined) is not this failure's.
  const membership = await getMembership(work.db, request.networkId, request.personId);
  if (membership?.joinRequestId !== requestId) return;
  if (!(await setTeamsState(work.db, request.networkId, request.personId, 'failed', failure))) return;
  await audit(work.db, { actor: 'graph', action: 'teams.memberAddFailed', subjectType: 'joinRequest', subjectId: request.id, detail: { failure, error } }, work.now());
  await enqueue(work.db, { kind: joiningJobs.updateCards, payload: { requestId }, idempotencyKey: `${joiningJobs.updateCards}:${requestId}:teams-failed` }, work.now());
}

export async function removeFormerMember(work: MembershipWork, payload: { networkId: string; personId: string }): Promise<void> {
  const [network, person, membership] = await Promise.all([
    getNetwork(work.db, payload.networkId),
    getPerson(work.db, payload.personId),
    getMembership(work.db, payload.networkId, payload.personId),
  ]);
  // Rejoined before the outbox got here: keep them in the team.
  if (!network?.teamsTeamId || !person || !membership?.leftAt) return;
  try {
    const userId = await graphUserId(work, person, { invite: false });
    if (!userId) return;
    const channelId = membershipChannel(network);
    const outcome = channelId
      ? await work.graph.removeChannelMember(network.teamsTeamId, channelId, userId)
      : await work.graph.removeTeamMember(network.teamsTeamId, userId);
    await audit(work.db, { actor: 'graph', action: 'teams.memberRemoved', subjectType: 'network', subjectId: network.id, detail: { personId: person.id, outcome } }, work.now());
  } catch (err) {
    if (!isPermanent(err)) throw err;
    await audit(work.db, { actor: 'graph', action: 'teams.memberRemoveFailed', subjectType: 'network', subjectId: network.id, detail: { personId: person.id, failure: failureOf(err), error: (err as Error).message } }, work.now());
  }
}

/**
 * Members recorded while Teams membership was by hand (before Graph credentials were configured, or before
 * the network had its team) are added in bulk: `members/add`, 200 at a time. Enqueued at start.
 */
export async function enqueueMembershipSync(db: Kysely<Database>, now: Date): Promise<number> {
  let enqueued = 0;
  for (const network of await listNetworks(db)) {
    if (!network.teamsTeamId) continue;
    const manual = (await listMembers(db, network.id)).filter((m) => m.teamsState === 'manual');
    if (manual.length === 0) continue;
    // One sync a day at most per network, however often instances restart.
    const key = `${joiningJobs.syncTeamsMembers}:${network.id}:${now.toISOString().slice(0, 10)}`;
    if (await enqueue(db, { kind: joiningJobs.syncTeamsMembers, payload: { networkId: network.id }, idempotencyKey: key }, now)) enqueued += 1;
  }
  return enqueued;
}

export async function syncManualMembers(work: MembershipWork, payload: { networkId: string }): Promise<void> {
  const network = await getNetwork(work.db, payload.networkId);
  if (!network?.teamsTeamId) return;
  const manual = (await listMembers(work.db, network.id)).filter((m) => m.teamsState === 'manual');
  const byUserId = new Map<string, string>();
  for (const member of manual) {
    const person = await getPerson(work.db, member.personId);
    if (!person) continue;
    try {
      byUserId.set((await graphUserId(work, person, { invite: true }))!, person.id);
    } catch (err) {
      if (!isPermanent(err)) throw err;
      await setTeamsState(work.db, network.id, person.id, 'failed', failureOf(err));
    }
  }
  const channelId = membershipChannel(network);
  const userIds = [...byUserId.keys()];
  // Teams take 200 a request; channels have no bulk add, and one at a time stays within Teams' rate per team.
  let results: Array<{ userId: string; outcome: 'added' | 'already-member' | 'failed' }> = [];
  if (!channelId) results = await work.graph.addTeamMembers(network.teamsTeamId, userIds);
  else for (const userId of userIds) results.push({ userId, outcome: await work.graph.addChannelMember(network.teamsTeamId, channelId, userId) });
  const requestOf = new Map(manual.map((m) => [m.personId, m.joinRequestId]));
  for (const { userId, outcome } of results) {
    const personId = byUserId.get(userId);
    if (!personId) continue;
    const state = outcome === 'failed' ? 'failed' : 'done';
    await setTeamsState(work.db, network.id, personId, state, outcome === 'failed' ? 'rejected' : null);
    // The coordinators' cards said "add by hand": they now say what happened.
    const requestId = requestOf.get(personId);
    if (requestId) await enqueue(work.db, { kind: joiningJobs.updateCards, payload: { requestId }, idempotencyKey: `${joiningJobs.updateCards}:${requestId}:sync-${state}` }, work.now());
  }
  await audit(work.db, { actor: 'graph', action: 'teams.membersSynced', subjectType: 'network', subjectId: network.id, detail: { added: results.filter((r) => r.outcome !== 'failed').length, failed: results.filter((r) => r.outcome === 'failed').length } }, work.now());
}

async function enqueueRemoval(work: MembershipWork, networkId: string, personId: string) {
  const key = `${joiningJobs.removeTeamsMember}:${networkId}:${personId}:after-add:${work.now().toISOString()}`;
  await enqueue(work.db, { kind: joiningJobs.removeTeamsMember, payload: { networkId, personId }, idempotencyKey: key }, work.now());
}

/** The private or shared channel a network lives in, when it is configured so; otherwise its whole team. */
function membershipChannel(network: { membershipScope: string; teamsChannelId: string | null }): string | undefined {
  return network.membershipScope === 'channel' && network.teamsChannelId ? network.teamsChannelId : undefined;
}

/**
 * A person of the host tenant is a user there already. Anyone else is invited as a guest once; the guest's id
 * is kept, so a retry, a later add or a removal sends no second invitation. Without `invite`, a guest never
 * invited has no id (undefined): there is nothing to remove.
 */
async function graphUserId(work: MembershipWork, person: PersonRecord, { invite }: { invite: boolean }): Promise<string | undefined> {
  const sameTenant = !person.tenantId || person.tenantId.toLowerCase() === work.hostTenantId.toLowerCase();
  if (sameTenant) {
    if (!person.aadObjectId) throw new WillNotSucceed('no-entra-id');
    return person.aadObjectId;
  }
  if (person.guestUserId || !invite) return person.guestUserId ?? undefined;
  if (!person.email) throw new WillNotSucceed('no-email');
  const { userId } = await work.graph.inviteGuest({ email: person.email, displayName: person.displayName ?? person.email, redirectUrl: work.guestRedirectUrl });
  await updatePersonDetails(work.db, person.id, { guestUserId: userId }, work.now());
  return userId;
}
