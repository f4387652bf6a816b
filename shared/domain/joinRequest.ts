/**
 * A request to join a network, as a small state machine: pending → approved / declined / withdrawn.
 * Who may move it is part of the rule: a coordinator of the network decides, the requester may withdraw.
 * Plain data in, plain data out; the store persists, the bot and the tab API present.
 */
export type JoinRequestState = 'pending' | 'approved' | 'declined' | 'withdrawn';

export interface JoinRequest {
  id: string;
  networkId: string;
  personId: string;
  state: JoinRequestState;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
}

/** Who acts: a person, and the networks they coordinate (resolved on the server, never taken from a card). */
export interface Actor {
  personId: string;
  coordinatorOf: ReadonlySet<string>;
}

export type JoinRequestEvent =
  | { type: 'approve' }
  | { type: 'decline'; reason?: string }
  | { type: 'withdraw' };

export type Refusal =
  /** The actor may not make this move (not a coordinator, or not the requester). */
  | 'forbidden'
  /** The request is no longer pending: someone decided, or the requester withdrew. */
  | 'already-decided';

export type Transition = { ok: true; request: JoinRequest } | { ok: false; refusal: Refusal; request: JoinRequest };

/** Decides whether `actor` may apply `event` to `request` now, and what the request becomes. */
export function transition(request: JoinRequest, event: JoinRequestEvent, actor: Actor, at: string): Transition {
  const allowed = event.type === 'withdraw' ? actor.personId === request.personId : actor.coordinatorOf.has(request.networkId);
  // Permission first: an outsider learns nothing about the request's state from the refusal.
  if (!allowed) return { ok: false, refusal: 'forbidden', request };
  if (request.state !== 'pending') return { ok: false, refusal: 'already-decided', request };
  const state: JoinRequestState = event.type === 'approve' ? 'approved' : event.type === 'decline' ? 'declined' : 'withdrawn';
  const reason = event.type === 'decline' ? event.reason?.trim() || null : null;
  return { ok: true, request: { ...request, state, decidedBy: actor.personId, decidedAt: at, reason } };
}

/** Where a person stands with a network, as the network list shows it. */
export type NetworkStanding = 'member' | 'pending' | 'can-ask';

export function standing(isMember: boolean, pendingRequest: boolean): NetworkStanding {
  if (isMember) return 'member';
  return pendingRequest ? 'pending' : 'can-ask';
}

/** A person's Teams identity, as far as Kollega knows it. */
export interface Identity {
  aadObjectId: string | null;
  email: string | null;
}

/** A coordinator is named by Entra object id or e-mail in the seed; either one matching is enough. */
export function isSamePerson(person: Identity, named: Identity): boolean {
  const same = (a: string | null, b: string | null) => Boolean(a && b && a.toLowerCase() === b.toLowerCase());
  return same(person.aadObjectId, named.aadObjectId) || same(person.email, named.email);
}
