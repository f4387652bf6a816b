/**
 * Applying to a support group, with the network join request's pattern: pending → accepted / declined /
 * withdrawn; the group's coordinators decide, the applicant may withdraw. A full group accepts nobody more.
 */
import type { GroupView } from './participation';

export type ApplicationState = 'pending' | 'accepted' | 'declined' | 'withdrawn';
export type ApplicationEvent = { type: 'accept' } | { type: 'decline'; reason?: string } | { type: 'withdraw' };
export type ApplicationRefusal = 'forbidden' | 'alreadyDecided' | 'full';

export interface GroupApplication {
  personId: string;
  state: ApplicationState;
  reason: string | null;
}

/** Who may apply: someone not yet in the group, to a group of a season that has not ended. */
export function applyProblem(view: GroupView, seasonOver: boolean, pending: boolean): 'alreadyInGroup' | 'alreadyApplied' | 'seasonOver' | undefined {
  if (view.role !== undefined) return 'alreadyInGroup';
  if (pending) return 'alreadyApplied';
  if (seasonOver) return 'seasonOver';
  return undefined;
}

export function decideApplication(
  application: GroupApplication,
  event: ApplicationEvent,
  actor: { personId: string; view: GroupView },
  group: { members: number; capacity: number | null },
): { ok: true; application: GroupApplication } | { ok: false; refusal: ApplicationRefusal } {
  const allowed = event.type === 'withdraw' ? actor.personId === application.personId : actor.view.coordinates;
  if (!allowed) return { ok: false, refusal: 'forbidden' };
  if (application.state !== 'pending') return { ok: false, refusal: 'alreadyDecided' };
  if (event.type === 'accept' && group.capacity !== null && group.members >= group.capacity) return { ok: false, refusal: 'full' };
  const state: ApplicationState = event.type === 'accept' ? 'accepted' : event.type === 'decline' ? 'declined' : 'withdrawn';
  return { ok: true, application: { ...application, state, reason: event.type === 'decline' ? event.reason?.trim() || null : null } };
}
