/**
 * Group mentoring as the tab shows it: every season with its groups (anyone may see a group's name and focus, to
 * apply), the people of a group only to its members, mentors and coordinators, and pending applications only to
 * the coordinators.
 */
import { inLanguage } from '../../shared/domain/localized';
import { mayLeadMeeting, maySeeInside } from '../../shared/domain/mentoring/participation';
import { coordinatedUnits } from '../../shared/services/mentoring';
import { listUnits } from '../../shared/store/repositories/catalog';
import { countMembers, listGroupPeople, listGroups, listSeasons, roleInGroup } from '../../shared/store/repositories/mentoring';
import { listPendingApplications, pendingApplication } from '../../shared/store/repositories/mentoringApplications';
import { listMeetings } from '../../shared/store/repositories/mentoringMeetings';
import { listThemes } from '../../shared/store/repositories/mentoringThemes';
import { meetingRecords } from '../../shared/store/repositories/mentoringVoices';
import { getPerson } from '../../shared/store/repositories/people';
import type { MentoringMeeting } from '../../shared/api/tabContract';
import { unauthorized } from './errors';
import type { ApiRoute, ApiServices } from './types';

async function meetingsOf(db: ApiServices['store']['db'], groupId: string): Promise<MentoringMeeting[]> {
  const themes = await listThemes(db, groupId);
  const records = await meetingRecords(db, groupId);
  return (await listMeetings(db, groupId)).map((m) => {
    const theme = themes.find((t) => t.meetingId === m.id);
    const record = records.get(m.id);
    return {
      id: m.id, startsAt: m.startsAt.toISOString(), endsAt: m.endsAt.toISOString(), cancelled: m.cancelled, theme: theme?.title ?? null, themeId: theme?.id ?? null,
      recorded: record !== undefined, notes: record?.notes ?? null, attended: record?.attended ?? [],
    };
  });
}

export const mentoringRoute: ApiRoute = {
  method: 'GET',
  path: '/api/mentoring',
  async handle(request, { store }) {
    if (!request.caller) return unauthorized(request.lang);
    const caller = request.caller;
    const db = store.db;
    const units = await coordinatedUnits(db, caller);
    const seasons = [];
    for (const season of await listSeasons(db)) {
      const groups = [];
      for (const group of await listGroups(db, season.id)) {
        // The units were read once above; each group needs only the caller's role in it.
        const view = { role: await roleInGroup(db, group.id, caller.id), coordinates: units.has(season.unitId) };
        // Addresses only to coordinators: members see each other's names, as in the Teams meeting.
        const people = maySeeInside(view) ? await listGroupPeople(db, group.id) : undefined;
        const applications = view.coordinates ? await listPendingApplications(db, group.id) : undefined;
        groups.push({
          id: group.id,
          networkId: group.networkId,
          name: group.name,
          focus: group.focus,
          capacity: group.capacity,
          memberCount: await countMembers(db, group.id),
          myRole: view.role ?? null,
          canLead: mayLeadMeeting(view),
          myApplicationId: (await pendingApplication(db, group.id, caller.id))?.id ?? null,
          seriesState: group.seriesState,
          joinUrl: people ? group.joinUrl : undefined,
          people: people?.map((p) => ({ personId: p.personId, role: p.role, name: p.displayName ?? p.email ?? '', email: view.coordinates ? p.email : null })),
          meetings: people && (await meetingsOf(db, group.id)),
          applications: applications && (await Promise.all(applications.map(async (a) => ({
            id: a.id, personId: a.personId, name: (await getPerson(db, a.personId))?.displayName ?? '', message: a.message, createdAt: a.createdAt.toISOString(),
          })))),
        });
      }
      seasons.push({ id: season.id, unitId: season.unitId, name: season.name, startsOn: season.startsOn, endsOn: season.endsOn, coordinates: units.has(season.unitId), groups });
    }
    const unitList = (await listUnits(db)).filter((u) => units.has(u.id)).map((u) => ({ id: u.id, name: inLanguage(u.name, request.lang) }));
    return { status: 200, body: { units: unitList, seasons } };
  },
};
