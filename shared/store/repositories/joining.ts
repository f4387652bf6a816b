/**
 * Join requests, memberships and the approval cards sent to coordinators.
 * The database guards the races: one pending request per person and network (a unique partial index), and a
 * decision applies only while the request is still pending (a conditional UPDATE), so a double click or two
 * coordinators deciding at once change the request once.
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { JoinRequest } from '../../domain/joinRequest';
import { newId } from '../ids';
import { prepare } from '../prepared';
import type { Database, JoinRequestsTable, MembershipsTable, TeamsMembershipState } from '../schema';
import { toTimestamp } from './util';

export interface JoinRequestRecord extends JoinRequest {
  message: string | null;
  library: string | null;
  createdAt: string;
}

export type CreateJoinRequestResult = { created: true; request: JoinRequestRecord } | { created: false; request: JoinRequestRecord };

/** Creates a pending request, or returns the one already pending for this person and network. */
export async function createJoinRequest(
  db: Kysely<Database>,
  input: { networkId: string; personId: string; message: string | null; library: string | null; now: Date },
): Promise<CreateJoinRequestResult> {
  const [inserted] = (await insertPendingRequest(db, { ...input, id: newId(), now: toTimestamp(input.now) })).rows;
  if (inserted) return { created: true, request: toJoinRequest(inserted) };
  const existing = await pendingRequest(db, input.networkId, input.personId);
  if (!existing) throw new Error('join request neither created nor pending');
  return { created: false, request: existing };
}

const insertPendingRequest = prepare(
  (db, p: { id: string; networkId: string; personId: string; message: string | null; library: string | null; now: string }) =>
    db
      .insertInto('join_requests')
      .values({
        id: p.id,
        network_id: p.networkId,
        person_id: p.personId,
        state: 'pending',
        message: p.message,
        library: p.library,
        created_at: p.now,
        updated_at: p.now,
      })
      // The conflict target names the partial index; SQLite wants its WHERE as the same literal, not a parameter.
      .onConflict((oc) => oc.columns(['network_id', 'person_id']).where('state', '=', sql.lit('pending')).doNothing())
      .returningAll(),
);

const requestById = prepare((db, p: { id: string }) => db.selectFrom('join_requests').selectAll().where('id', '=', p.id));

const pendingByPerson = prepare((db, p: { networkId: string; personId: string }) =>
  db
    .selectFrom('join_requests')
    .selectAll()
    .where('network_id', '=', p.networkId)
    .where('person_id', '=', p.personId)
    // A literal, so SQLite can use the partial index of pending requests.
    .where('state', '=', sql.lit('pending')),
);

/** A request with the names and Teams membership its approval card shows, in one read. */
export interface JoinRequestFacts extends JoinRequestRecord {
  requesterName: string | null;
  deciderName: string | null;
  teamsState: TeamsMembershipState | null;
  teamsDetail: string | null;
}

const requestFacts = prepare((db, p: { id: string }) =>
  db
    .selectFrom('join_requests')
    .innerJoin('people as requester', 'requester.id', 'join_requests.person_id')
    .leftJoin('people as decider', 'decider.id', 'join_requests.decided_by')
    .leftJoin('memberships', (join) =>
      join
        .onRef('memberships.network_id', '=', 'join_requests.network_id')
        .onRef('memberships.person_id', '=', 'join_requests.person_id')
        // Only an approval made the membership this request is about.
        .on('join_requests.state', '=', sql.lit('approved')),
    )
    .selectAll('join_requests')
    .select([
      'requester.display_name as requester_name',
      'decider.display_name as decider_name',
      'memberships.teams_state',
      'memberships.teams_detail',
    ])
    .where('join_requests.id', '=', p.id),
);

export async function getJoinRequestFacts(db: Kysely<Database>, id: string): Promise<JoinRequestFacts | undefined> {
  const [row] = (await requestFacts(db, { id })).rows;
  if (!row) return undefined;
  return {
    ...toJoinRequest(row),
    requesterName: row.requester_name,
    deciderName: row.decider_name,
    teamsState: row.teams_state,
    teamsDetail: row.teams_detail,
  };
}

export async function getJoinRequest(db: Kysely<Database>, id: string): Promise<JoinRequestRecord | undefined> {
  const [row] = (await requestById(db, { id })).rows;
  return row && toJoinRequest(row);
}

export async function pendingRequest(db: Kysely<Database>, networkId: string, personId: string) {
  const [row] = (await pendingByPerson(db, { networkId, personId })).rows;
  return row && toJoinRequest(row);
}

/** Pending requests of one network, oldest first, with who asks. */
export async function listPendingRequests(db: Kysely<Database>, networkId: string) {
  const rows = await db
    .selectFrom('join_requests')
    .innerJoin('people', 'people.id', 'join_requests.person_id')
    .selectAll('join_requests')
    .select(['people.display_name as person_name', 'people.email as person_email'])
    .where('join_requests.network_id', '=', networkId)
    // A literal, so SQLite can use the partial index of pending requests.
    .where('join_requests.state', '=', sql.lit('pending'))
    .orderBy('join_requests.created_at')
    .orderBy('join_requests.id')
    .execute();
  return rows.map((r) => ({ ...toJoinRequest(r), personName: r.person_name, personEmail: r.person_email }));
}

/**
 * Writes a decision (or withdrawal) made by the domain, only if the request is still pending.
 * Returns false when someone else got there first: the caller then shows what they decided.
 */
export async function saveDecision(db: Kysely<Database>, decided: JoinRequest, now: Date): Promise<boolean> {
  const result = await updateIfPending(db, { ...decided, now: toTimestamp(now) });
  return (result.numAffectedRows ?? 0n) > 0n;
}

const updateIfPending = prepare(
  (db, p: { id: string; state: JoinRequest['state']; decidedBy: string | null; decidedAt: string | null; reason: string | null; now: string }) =>
    db
      .updateTable('join_requests')
      .set({ state: p.state, decided_by: p.decidedBy, decided_at: p.decidedAt, reason: p.reason, updated_at: p.now })
      .where('id', '=', p.id)
      .where('state', '=', 'pending'),
);

export interface MembershipRecord {
  networkId: string;
  personId: string;
  joinRequestId: string | null;
  joinedAt: string;
  leftAt: string | null;
  teamsState: TeamsMembershipState;
  teamsDetail: string | null;
}

/** Makes the person a member (again, after leaving). */
export async function addMembership(
  db: Kysely<Database>,
  input: { networkId: string; personId: string; joinRequestId: string | null; teamsState: TeamsMembershipState; now: Date },
): Promise<void> {
  await upsertMembership(db, { ...input, now: toTimestamp(input.now) });
}

const upsertMembership = prepare(
  (db, p: { networkId: string; personId: string; joinRequestId: string | null; teamsState: TeamsMembershipState; now: string }) =>
    db
      .insertInto('memberships')
      .values({
        network_id: p.networkId,
        person_id: p.personId,
        join_request_id: p.joinRequestId,
        joined_at: p.now,
        left_at: null,
        teams_state: p.teamsState,
        teams_detail: null,
      })
      .onConflict((oc) =>
        oc.columns(['network_id', 'person_id']).doUpdateSet((eb) => ({
          join_request_id: eb.ref('excluded.join_request_id'),
          joined_at: eb.ref('excluded.joined_at'),
          left_at: null,
          teams_state: eb.ref('excluded.teams_state'),
          teams_detail: null,
        })),
      ),
);

const membershipOf = prepare((db, p: { networkId: string; personId: string }) =>
  db.selectFrom('memberships').selectAll().where('network_id', '=', p.networkId).where('person_id', '=', p.personId),
);

export async function getMembership(db: Kysely<Database>, networkId: string, personId: string) {
  const [row] = (await membershipOf(db, { networkId, personId })).rows;
  return row && toMembership(row);
}

/** Current members of a network with their names, in the order they joined. */
export async function listMembers(db: Kysely<Database>, networkId: string) {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .selectAll('memberships')
    .select(['people.display_name as person_name', 'people.email as person_email', 'people.library as person_library'])
    .where('memberships.network_id', '=', networkId)
    .where('memberships.left_at', 'is', null)
    .orderBy('memberships.joined_at')
    .execute();
  return rows.map((r) => ({
    ...toMembership(r),
    personName: r.person_name,
    personEmail: r.person_email,
    personLibrary: r.person_library,
  }));
}

/** The networks a person is a member of now, and those they have a pending request for. */
export async function standingsOf(db: Kysely<Database>, personId: string) {
  const { rows } = await standingRows(db, { personId });
  return {
    memberOf: new Set(rows.filter((r) => r.standing === 'member').map((r) => r.network_id)),
    pending: new Set(rows.filter((r) => r.standing === 'pending').map((r) => r.network_id)),
  };
}

const standingRows = prepare((db, p: { personId: string }) =>
  db
    .selectFrom('memberships')
    .select(['network_id', sql<'member' | 'pending'>`'member'`.as('standing')])
    .where('person_id', '=', p.personId)
    .where('left_at', 'is', null)
    .unionAll(
      db
        .selectFrom('join_requests')
        .select(['network_id', sql<'member' | 'pending'>`'pending'`.as('standing')])
        .where('person_id', '=', p.personId)
        .where('state', '=', 'pending'),
    ),
);

/** Leaving: only a current membership can be left; returns whether this call ended it. */
export async function endMembership(db: Kysely<Database>, networkId: string, personId: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('memberships')
    .set({ left_at: toTimestamp(now), teams_state: 'removed', teams_detail: null })
    .where('network_id', '=', networkId)
    .where('person_id', '=', personId)
    .where('left_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Records where Teams membership stands for a current member; false when they have left meanwhile. */
export async function setTeamsState(
  db: Kysely<Database>,
  networkId: string,
  personId: string,
  teamsState: TeamsMembershipState,
  detail: string | null,
): Promise<boolean> {
  const result = await db
    .updateTable('memberships')
    .set({ teams_state: teamsState, teams_detail: detail })
    .where('network_id', '=', networkId)
    .where('person_id', '=', personId)
    .where('left_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Claims the sending of one coordinator's approval card before it is sent, so two jobs running at once (an
 * install and the request itself) send it once. True for the one caller that may send.
 */
/**
 * Claims the sending of a coordinator's copy; false if another holds it or it was sent. A claim never followed
 * by a sent card (its instance died in between) may be taken over once it is older than `staleBefore`.
 */
export async function claimApprovalCard(
  db: Kysely<Database>,
  input: { joinRequestId: string; coordinatorPersonId: string; conversationId: string; now: Date; staleBefore?: Date },
): Promise<boolean> {
  const sentAt = toTimestamp(input.now);
  const inserted = await db
    .insertInto('approval_cards')
    .values({
      join_request_id: input.joinRequestId,
      coordinator_person_id: input.coordinatorPersonId,
      conversation_id: input.conversationId,
      activity_id: null,
      sent_at: sentAt,
      shown: null,
    })
    .onConflict((oc) => {
      const columns = oc.columns(['join_request_id', 'coordinator_person_id']);
      if (!input.staleBefore) return columns.doNothing();
      return columns
        .doUpdateSet({ conversation_id: input.conversationId, sent_at: sentAt })
        .where('approval_cards.shown', 'is', null)
        .where('approval_cards.sent_at', '<', toTimestamp(input.staleBefore));
    })
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/**
 * A copy was sent (with its activity id, so it can be updated when someone decides) or updated: `shown` is
 * the fingerprint of the card it shows now.
 */
export async function recordApprovalCardShown(
  db: Kysely<Database>,
  copy: { joinRequestId: string; coordinatorPersonId: string; activityId?: string | null; shown: string },
) {
  await db
    .updateTable('approval_cards')
    .set({ shown: copy.shown, ...(copy.activityId !== undefined ? { activity_id: copy.activityId } : {}) })
    .where('join_request_id', '=', copy.joinRequestId)
    .where('coordinator_person_id', '=', copy.coordinatorPersonId)
    .execute();
}

/** The send failed: the claim is let go, so a retry sends the card. */
export async function releaseApprovalCard(db: Kysely<Database>, joinRequestId: string, coordinatorPersonId: string) {
  await db
    .deleteFrom('approval_cards')
    .where('join_request_id', '=', joinRequestId)
    .where('coordinator_person_id', '=', coordinatorPersonId)
    .execute();
}

export async function listApprovalCards(db: Kysely<Database>, joinRequestId: string) {
  const rows = await db.selectFrom('approval_cards').selectAll().where('join_request_id', '=', joinRequestId).execute();
  return rows.map((r) => ({
    joinRequestId: r.join_request_id,
    coordinatorPersonId: r.coordinator_person_id,
    conversationId: r.conversation_id,
    activityId: r.activity_id,
    shown: r.shown,
  }));
}

function toJoinRequest(r: Selectable<JoinRequestsTable>): JoinRequestRecord {
  return {
    id: r.id,
    networkId: r.network_id,
    personId: r.person_id,
    state: r.state,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    reason: r.reason,
    message: r.message,
    library: r.library,
    createdAt: r.created_at,
  };
}

function toMembership(r: Selectable<MembershipsTable>): MembershipRecord {
  return {
    networkId: r.network_id,
    personId: r.person_id,
    joinRequestId: r.join_request_id,
    joinedAt: r.joined_at,
    leftAt: r.left_at,
    teamsState: r.teams_state,
    teamsDetail: r.teams_detail,
  };
}
