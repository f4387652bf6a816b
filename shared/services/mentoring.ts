/**
 * Group mentoring's seasons, groups and applications, shared by the bot and the tab API. The domain decides
 * (shared/domain/mentoring), the store records the decision with its audit entry in one transaction. Rights come
 * from the store: a season's coordinators are those of its unit's networks (and the admins).
 */
import type { Kysely } from 'kysely';
import { decideApplication, applyProblem, type ApplicationEvent, type ApplicationRefusal } from '../domain/mentoring/groupApplication';
import type { GroupView } from '../domain/mentoring/participation';
import { dayNumber, seasonProblems, type SeasonProblem } from '../domain/mentoring/season';
import { todayInFinland } from '../domain/calendarDate';
import { enqueue } from '../jobs/outbox';
import { audit } from '../store/repositories/audit';
import { getNetwork, listNetworks, listUnits, type NetworkRecord } from '../store/repositories/catalog';
import { newId } from '../store/ids';
import {
  countMembers, getGroup, getSeason, insertGroup, insertSeason, lockGroup, putGroupPerson, removeGroupPerson, roleInGroup,
  type GroupRecord, type SeasonRecord, type TextsInput,
} from '../store/repositories/mentoring';
import { decideApplicationRow, getApplication, insertApplication, type ApplicationRecord } from '../store/repositories/mentoringApplications';
import { findOrCreateInvitedPerson, findPeopleByIdentity, getPerson, getPersonByEmail, searchPeople, type PersonRecord } from '../store/repositories/people';
import { inTransaction } from '../store/repositories/util';
import type { Database } from '../store/schema';
import { coordinatedNetworks } from './joining';

export interface MentoringContext {
  db: Kysely<Database>;
  now: Date;
}

/** Outbox work of group mentoring. */
export const mentoringJobs = {
  createSeries: 'mentoring.series.create',
  agenda: 'mentoring.agenda',
  feedback: 'mentoring.feedback',
  syncMeeting: 'mentoring.meeting.sync',
  syncAttendees: 'mentoring.series.attendees',
  notifyApplication: 'mentoring.application.notify',
  notifyApplicant: 'mentoring.application.decided',
} as const;

/** The series' attendees follow the group: after someone joins or leaves, its invitation list is sent again. */
export async function attendeesFollow(db: Kysely<Database>, groupId: string, now: Date): Promise<void> {
  await enqueue(db, { kind: mentoringJobs.syncAttendees, payload: { groupId }, idempotencyKey: `${mentoringJobs.syncAttendees}:${groupId}:${now.getTime()}` }, now);
}

/** The agenda card goes this long before a meeting: time to read the theme and send a question. */
export const AGENDA_LEAD_MS = 3 * 24 * 60 * 60 * 1000;

/** The units whose mentoring the person runs: those of the networks they coordinate (all, for an admin). */
export async function coordinatedUnits(db: Kysely<Database>, person: PersonRecord): Promise<Set<string>> {
  const networks = await coordinatedNetworks(db, person);
  return new Set((await listNetworks(db)).filter((n) => networks.has(n.id)).map((n) => n.unitId));
}

/** The people told of an application to the group: the coordinators of its network, or of its unit's networks. */
export async function groupCoordinators(db: Kysely<Database>, group: GroupRecord): Promise<PersonRecord[]> {
  const season = await getSeason(db, group.seasonId);
  return coordinatorPeople(db, (await listNetworks(db)).filter((n) => (group.networkId ? n.id === group.networkId : n.unitId === season?.unitId)));
}

/** The coordinators of these networks as the people Kollega knows, each once. */
export async function coordinatorPeople(db: Kysely<Database>, networks: readonly NetworkRecord[]): Promise<PersonRecord[]> {
  const named = [...new Map(networks.flatMap((n) => n.coordinators).map((c) => [c.id, c])).values()];
  const people = new Map<string, PersonRecord>();
  for (const coordinator of named) for (const person of await findPeopleByIdentity(db, coordinator)) people.set(person.id, person);
  return [...people.values()];
}

export async function groupView(db: Kysely<Database>, person: PersonRecord, group: GroupRecord): Promise<GroupView> {
  const season = await getSeason(db, group.seasonId);
  const coordinates = season ? (await coordinatedUnits(db, person)).has(season.unitId) : false;
  return { role: await roleInGroup(db, group.id, person.id), coordinates };
}

async function refuse(ctx: MentoringContext, actor: PersonRecord, action: string, subjectType: string, subjectId: string): Promise<void> {
  await audit(ctx.db, { actor: actor.id, action: `mentoring.${action}.refused`, subjectType, subjectId }, ctx.now);
}

export type SeasonResult =
  | { outcome: 'created'; season: SeasonRecord }
  | { outcome: 'forbidden' }
  | { outcome: 'unknownUnit' }
  | { outcome: 'invalid'; problems: SeasonProblem[] | ['endsInPast'] };

export async function openSeason(ctx: MentoringContext, input: { actor: PersonRecord; unitId: string; name: TextsInput; startsOn: string; endsOn: string }): Promise<SeasonResult> {
  if (!(await listUnits(ctx.db)).some((u) => u.id === input.unitId)) return { outcome: 'unknownUnit' };
  if (!(await coordinatedUnits(ctx.db, input.actor)).has(input.unitId)) {
    await refuse(ctx, input.actor, 'season.open', 'unit', input.unitId);
    return { outcome: 'forbidden' };
  }
  const problems = seasonProblems(input);
  if (problems.length > 0) return { outcome: 'invalid', problems };
  if (dayNumber(input.endsOn)! < todayInFinland(ctx.now)) return { outcome: 'invalid', problems: ['endsInPast'] };
  const id = newId(ctx.now.getTime());
  await inTransaction(ctx.db, async (trx) => {
    await insertSeason(trx, { id, unitId: input.unitId, name: input.name, startsOn: input.startsOn, endsOn: input.endsOn, createdBy: input.actor.id }, ctx.now);
    await audit(trx, { actor: input.actor.id, action: 'mentoring.season.opened', subjectType: 'mentoringSeason', subjectId: id }, ctx.now);
  });
  return { outcome: 'created', season: (await getSeason(ctx.db, id))! };
}

export type GroupProblem = 'unknownPerson' | 'overCapacity' | 'networkNotInUnit' | 'mentorAndMember';
export type GroupResult =
  | { outcome: 'created'; group: GroupRecord }
  | { outcome: 'forbidden' }
  | { outcome: 'unknownSeason' }
  | { outcome: 'invalid'; problems: GroupProblem[] };

export async function createGroup(
  ctx: MentoringContext,
  input: { actor: PersonRecord; seasonId: string; networkId: string | null; name: TextsInput; focus: TextsInput; capacity: number | null; mentorIds: string[]; memberIds: string[] },
): Promise<GroupResult> {
  const season = await getSeason(ctx.db, input.seasonId);
  if (!season) return { outcome: 'unknownSeason' };
  if (!(await coordinatedUnits(ctx.db, input.actor)).has(season.unitId)) {
    await refuse(ctx, input.actor, 'group.create', 'mentoringSeason', season.id);
    return { outcome: 'forbidden' };
  }
  const problems = new Set<GroupProblem>();
  const network = input.networkId ? await getNetwork(ctx.db, input.networkId) : undefined;
  if (input.networkId && network?.unitId !== season.unitId) problems.add('networkNotInUnit');
  const mentors = [...new Set(input.mentorIds)];
  const members = [...new Set(input.memberIds)];
  if (mentors.some((id) => members.includes(id))) problems.add('mentorAndMember');
  if (input.capacity !== null && members.length > input.capacity) problems.add('overCapacity');
  for (const id of [...mentors, ...members]) if (!(await getPerson(ctx.db, id))) problems.add('unknownPerson');
  if (problems.size > 0) return { outcome: 'invalid', problems: [...problems] };

  const id = newId(ctx.now.getTime());
  await inTransaction(ctx.db, async (trx) => {
    await insertGroup(trx, { id, seasonId: season.id, networkId: input.networkId, name: input.name, focus: input.focus, capacity: input.capacity }, ctx.now);
    for (const personId of mentors) await putGroupPerson(trx, id, personId, 'mentor', ctx.now);
    for (const personId of members) await putGroupPerson(trx, id, personId, 'member', ctx.now);
    await audit(trx, { actor: input.actor.id, action: 'mentoring.group.created', subjectType: 'mentoringGroup', subjectId: id, detail: { seasonId: season.id } }, ctx.now);
  });
  return { outcome: 'created', group: (await getGroup(ctx.db, id))! };
}

export type PlaceResult = { outcome: 'done'; personId: string } | { outcome: 'forbidden' } | { outcome: 'unknown' } | { outcome: 'full' };

/** Someone already known to Kollega, or someone added by e-mail (found by it, or made known by it). */
export type Placed = { personId: string } | { email: string; name: string };

/** A coordinator puts a person in the group as mentor or member, or (role null) takes them out. */
export async function placeInGroup(ctx: MentoringContext, input: { actor: PersonRecord; groupId: string; who: Placed; role: 'mentor' | 'member' | null }): Promise<PlaceResult> {
  const group = await getGroup(ctx.db, input.groupId);
  if (!group || ('personId' in input.who && !(await getPerson(ctx.db, input.who.personId)))) return { outcome: 'unknown' };
  if (!(await groupView(ctx.db, input.actor, group)).coordinates) {
    await refuse(ctx, input.actor, 'group.place', 'mentoringGroup', group.id);
    return { outcome: 'forbidden' };
  }
  const who = input.who;
  return inTransaction(ctx.db, async (trx): Promise<PlaceResult> => {
    await lockGroup(trx, group.id);
    const known = 'personId' in who ? who.personId : (await getPersonByEmail(trx, who.email))?.id;
    const current = known ? await roleInGroup(trx, group.id, known) : undefined;
    if (input.role === 'member' && current !== 'member' && group.capacity !== null && (await countMembers(trx, group.id)) >= group.capacity) return { outcome: 'full' };
    // Only now, when the group has room: a refused address leaves no person behind.
    const personId = known ?? (await findOrCreateInvitedPerson(trx, { ...(who as { email: string; name: string }), now: ctx.now })).id;
    if (input.role === null) await removeGroupPerson(trx, group.id, personId);
    else await putGroupPerson(trx, group.id, personId, input.role, ctx.now);
    await attendeesFollow(trx, group.id, ctx.now);
    await audit(trx, { actor: input.actor.id, action: 'mentoring.group.placed', subjectType: 'mentoringGroup', subjectId: group.id, detail: { personId, role: input.role } }, ctx.now);
    return { outcome: 'done', personId };
  });
}

/** People a coordinator may pick for a group (anyone Kollega knows); only for those who coordinate some unit. */
export async function findPeopleToPlace(ctx: MentoringContext, actor: PersonRecord, text: string): Promise<{ outcome: 'ok'; people: PersonRecord[] } | { outcome: 'forbidden' }> {
  if ((await coordinatedUnits(ctx.db, actor)).size === 0) return { outcome: 'forbidden' };
  return { outcome: 'ok', people: await searchPeople(ctx.db, text, 20) };
}

export type ApplyResult =
  | { outcome: 'created' | 'alreadyPending'; application: ApplicationRecord }
  | { outcome: 'unknown' }
  | { outcome: 'refused'; refusal: 'alreadyInGroup' | 'seasonOver' };

export async function applyToGroup(ctx: MentoringContext, input: { person: PersonRecord; groupId: string; message: string | null }): Promise<ApplyResult> {
  const group = await getGroup(ctx.db, input.groupId);
  const season = group && (await getSeason(ctx.db, group.seasonId));
  if (!group || !season) return { outcome: 'unknown' };
  const view = await groupView(ctx.db, input.person, group);
  const seasonOver = dayNumber(season.endsOn)! < todayInFinland(ctx.now);
  const problem = applyProblem(view, seasonOver, false);
  if (problem === 'alreadyInGroup' || problem === 'seasonOver') return { outcome: 'refused', refusal: problem };
  return inTransaction(ctx.db, async (trx) => {
    const { created, application } = await insertApplication(trx, { id: newId(ctx.now.getTime()), groupId: group.id, personId: input.person.id, message: input.message }, ctx.now);
    if (created) {
      await audit(trx, { actor: input.person.id, action: 'mentoring.application.created', subjectType: 'mentoringApplication', subjectId: application.id }, ctx.now);
      await enqueue(trx, { kind: mentoringJobs.notifyApplication, payload: { applicationId: application.id }, idempotencyKey: `${mentoringJobs.notifyApplication}:${application.id}` }, ctx.now);
    }
    return { outcome: created ? 'created' : 'alreadyPending', application };
  });
}

export type DecideResult =
  | { outcome: 'decided'; application: ApplicationRecord }
  | { outcome: 'unknown' }
  | { outcome: 'refused'; refusal: ApplicationRefusal };

/** Accept, decline or withdraw; an accepted applicant becomes a member in the same transaction. */
export async function decideOnApplication(ctx: MentoringContext, input: { actor: PersonRecord; applicationId: string; event: ApplicationEvent }): Promise<DecideResult> {
  const application = await getApplication(ctx.db, input.applicationId);
  const group = application && (await getGroup(ctx.db, application.groupId));
  if (!application || !group) return { outcome: 'unknown' };
  const view = await groupView(ctx.db, input.actor, group);
  return inTransaction(ctx.db, async (trx) => {
    await lockGroup(trx, group.id);
    const decided = decideApplication(application, input.event, { personId: input.actor.id, view }, { members: await countMembers(trx, group.id), capacity: group.capacity });
    if (!decided.ok) {
      if (decided.refusal === 'forbidden') await refuse({ ...ctx, db: trx }, input.actor, 'application.decide', 'mentoringApplication', application.id);
      return { outcome: 'refused', refusal: decided.refusal };
    }
    const { state, reason } = decided.application;
    if (state === 'pending') throw new Error('a decision cannot leave an application pending');
    // Conditional on "still pending": of two coordinators deciding at once, one wins and the other is told.
    if (!(await decideApplicationRow(trx, application.id, { state, reason, decidedBy: input.actor.id }, ctx.now))) return { outcome: 'refused', refusal: 'alreadyDecided' };
    if (state === 'accepted') {
      await putGroupPerson(trx, group.id, application.personId, 'member', ctx.now);
      await attendeesFollow(trx, group.id, ctx.now);
    }
    await audit(trx, { actor: input.actor.id, action: `mentoring.application.${state}`, subjectType: 'mentoringApplication', subjectId: application.id }, ctx.now);
    if (state !== 'withdrawn') await enqueue(trx, { kind: mentoringJobs.notifyApplicant, payload: { applicationId: application.id }, idempotencyKey: `${mentoringJobs.notifyApplicant}:${application.id}` }, ctx.now);
    return { outcome: 'decided', application: (await getApplication(trx, application.id))! };
  });
}
