import { upsertPerson } from '../../shared/store/repositories/people';
import {
  addMembership,
  claimApprovalCard,
  createJoinRequest,
  endMembership,
  getMembership,
  listApprovalCards,
  listMembers,
  listPendingRequests,
  recordApprovalCardShown,
  saveDecision,
  standingsOf,
} from '../../shared/store/repositories/joining';
import { audit, auditTrail } from '../../shared/store/repositories/audit';
import { bundledSeedData, loadSeed } from '../../shared/store/seed/loadSeed';
import { describeEachEngine } from '../support/databases';

const at = (minute: number) => new Date(Date.UTC(2027, 0, 12, 10, minute));

describeEachEngine('join requests and memberships', (t) => {
  async function person(botUserId: string) {
    await loadSeed(t.store.db, bundledSeedData());
    return upsertPerson(t.store.db, { botUserId, displayName: botUserId, now: at(0) });
  }

  it('keeps one pending request per person and network, also when two arrive at once', async () => {
    const p = await person('29:a');
    const input = { networkId: 'severi', personId: p.id, message: 'Hei!', library: 'Porvoo', now: at(1) };
    const [first, second] = await Promise.all([createJoinRequest(t.store.db, input), createJoinRequest(t.store.db, input)]);
    expect([first.created, second.created].sort()).toEqual([false, true]);
    expect(first.request.id).toBe(second.request.id);
    expect(await listPendingRequests(t.store.db, 'severi')).toEqual([
      expect.objectContaining({ personId: p.id, message: 'Hei!', library: 'Porvoo', personName: '29:a' }),
    ]);
    // Another network is another request.
    expect((await createJoinRequest(t.store.db, { ...input, networkId: 'lanu' })).created).toBe(true);
  });

  it('applies a decision once: the second of two coordinators deciding at once changes nothing', async () => {
    const p = await person('29:b');
    const { request } = await createJoinRequest(t.store.db, { networkId: 'severi', personId: p.id, message: null, library: null, now: at(1) });
    const approved = { ...request, state: 'approved' as const, decidedBy: p.id, decidedAt: at(2).toISOString() };
    const declined = { ...request, state: 'declined' as const, decidedBy: p.id, decidedAt: at(2).toISOString() };
    const results = await Promise.all([saveDecision(t.store.db, approved, at(2)), saveDecision(t.store.db, declined, at(2))]);
    expect(results.sort()).toEqual([false, true]);
    expect(await listPendingRequests(t.store.db, 'severi')).toEqual([]);
    // Once decided, a new request may be made.
    expect((await createJoinRequest(t.store.db, { networkId: 'severi', personId: p.id, message: null, library: null, now: at(3) })).created).toBe(true);
  });

  it("lets a coordinator's card be claimed by one sender, and taken over only when its sender died before sending it", async () => {
    const p = await person('29:c');
    const elina = await upsertPerson(t.store.db, { botUserId: '29:elina', displayName: 'Elina', now: at(0) });
    const { request } = await createJoinRequest(t.store.db, { networkId: 'severi', personId: p.id, message: null, library: null, now: at(1) });
    const claim = (minute: number) =>
      claimApprovalCard(t.store.db, { joinRequestId: request.id, coordinatorPersonId: elina.id, conversationId: 'a:elina', now: at(minute), staleBefore: at(minute - 1) });
    const [one, two] = await Promise.all([claim(2), claim(2)]);
    expect([one, two].sort()).toEqual([false, true]);
    expect(await claim(2)).toBe(false); // still fresh: its sender may be sending right now
    expect(await claim(4)).toBe(true); // older than a lease and never shown: its sender died
    await recordApprovalCardShown(t.store.db, { joinRequestId: request.id, coordinatorPersonId: elina.id, activityId: 'act-1', shown: 'fp' });
    expect(await claim(60)).toBe(false); // shown: never sent again
    expect(await listApprovalCards(t.store.db, request.id)).toEqual([expect.objectContaining({ activityId: 'act-1', shown: 'fp' })]);
  });

  it('tracks membership, leaving and rejoining', async () => {
    const p = await person('29:c');
    await addMembership(t.store.db, { networkId: 'lanu', personId: p.id, joinRequestId: null, teamsState: 'manual', now: at(1) });
    expect((await listMembers(t.store.db, 'lanu')).map((m) => m.personId)).toEqual([p.id]);
    expect((await standingsOf(t.store.db, p.id)).memberOf.has('lanu')).toBe(true);

    expect(await endMembership(t.store.db, 'lanu', p.id, at(2))).toBe(true);
    expect(await endMembership(t.store.db, 'lanu', p.id, at(3))).toBe(false);
    expect(await listMembers(t.store.db, 'lanu')).toEqual([]);

    await addMembership(t.store.db, { networkId: 'lanu', personId: p.id, joinRequestId: null, teamsState: 'pending', now: at(4) });
    expect(await getMembership(t.store.db, 'lanu', p.id)).toMatchObject({ leftAt: null, teamsState: 'pending' });
  });

  it('keeps an audit trail in order', async () => {
    await audit(t.store.db, { actor: 'x', action: 'joinRequest.created', subjectType: 'joinRequest', subjectId: 'r1' }, at(1));
    await audit(t.store.db, { actor: 'y', action: 'joinRequest.refused', subjectType: 'joinRequest', subjectId: 'r1', detail: { verb: 'approveJoin' } }, at(2));
    expect((await auditTrail(t.store.db, 'joinRequest', 'r1')).map((e) => [e.actor, e.action, e.detail])).toEqual([
      ['x', 'joinRequest.created', undefined],
      ['y', 'joinRequest.refused', { verb: 'approveJoin' }],
    ]);
  });
});
