/** The tab API's routes as typed calls; the shapes are those of shared/api/tabContract.ts. */
import type {
  Attendees,
  Contribution,
  DecisionAnswer,
  DevPeople,
  DevToken,
  EventKind,
  EventList,
  EventPlan,
  EventView,
  JoinAnswer,
  JoinRequests,
  Me,
  Members,
  MentoringOverview,
  MentoringPeopleFound,
  MentoringQuestions,
  MentoringReport,
  MentoringTheme,
  MyNetworks,
  RsvpAnswer,
  SessionInfo,
} from '../../../../shared/api/tabContract';
import type { Http } from './http';

export type GroupRole = 'mentor' | 'member';

export interface GroupInput {
  networkId: string | null;
  nameFi: string;
  nameSv: string;
  nameEn?: string;
  focusFi: string;
  focusSv: string;
  focusEn?: string;
  capacity: number | null;
  mentorIds: string[];
  memberIds: string[];
}

export type ContributionInput =
  | { kind: 'bookTip'; title: string; author?: string; ageGroup?: string; note?: string; isbn?: string }
  | { kind: 'practice'; title: string; description?: string; library?: string };

const at = (id: string) => encodeURIComponent(id);

export function kollegaApi(http: Http) {
  return {
    me: () => http.get<Me>('/api/me'),
    myNetworks: () => http.get<MyNetworks>('/api/my/networks'),
    join: (networkId: string, body: { library?: string; message?: string }) => http.send<JoinAnswer>('POST', `/api/networks/${at(networkId)}/join`, body),
    leave: (networkId: string) => http.send<JoinAnswer>('POST', `/api/networks/${at(networkId)}/leave`),
    withdraw: (requestId: string) => http.send<JoinAnswer>('POST', `/api/join-requests/${at(requestId)}/withdraw`),

    requests: (networkId: string) => http.get<JoinRequests>(`/api/networks/${at(networkId)}/requests`),
    decide: (requestId: string, decision: 'approve' | 'decline', reason?: string) =>
      http.send<DecisionAnswer>('POST', `/api/join-requests/${at(requestId)}/decision`, reason ? { decision, reason } : { decision }),
    members: (networkId: string) => http.get<Members>(`/api/networks/${at(networkId)}/members`),
    membersCsvPath: (networkId: string) => `/api/networks/${at(networkId)}/members.csv`,

    events: () => http.get<EventList>('/api/events'),
    rsvp: (eventId: string, answer: RsvpAnswer) => http.send<{ event: EventView }>('PUT', `/api/events/${at(eventId)}/rsvp`, { answer }),
    contributions: (eventId: string) => http.get<{ contributions: Contribution[] }>(`/api/events/${at(eventId)}/contributions`),
    contribute: (eventId: string, body: ContributionInput) => http.send<{ event: EventView }>('POST', `/api/events/${at(eventId)}/contributions`, body),

    createEvent: (networkId: string, kind: EventKind, plan: EventPlan) =>
      http.send<{ event: EventView }>('POST', `/api/networks/${at(networkId)}/events`, { kind, ...plan }),
    changeEvent: (eventId: string, plan: EventPlan) => http.send<{ event: EventView }>('PUT', `/api/events/${at(eventId)}`, plan),
    cancelEvent: (eventId: string, reason?: string) => http.send<{ event: EventView }>('POST', `/api/events/${at(eventId)}/cancel`, reason ? { reason } : {}),
    attendees: (eventId: string) => http.get<Attendees>(`/api/events/${at(eventId)}/attendees`),
    attendeesCsvPath: (eventId: string) => `/api/events/${at(eventId)}/attendees.csv`,

    mentoring: () => http.get<MentoringOverview>('/api/mentoring'),
    openSeason: (body: { unitId: string; nameFi: string; nameSv: string; nameEn?: string; startsOn: string; endsOn: string }) => http.send<unknown>('POST', '/api/mentoring/seasons', body),
    createGroup: (seasonId: string, body: GroupInput) => http.send<unknown>('POST', `/api/mentoring/seasons/${at(seasonId)}/groups`, body),
    planSeries: (groupId: string, body: { weekday: string; ordinal: string; startTime: string; endTime: string }) => http.send<unknown>('POST', `/api/mentoring/groups/${at(groupId)}/series`, body),
    applyToGroup: (groupId: string) => http.send<unknown>('POST', `/api/mentoring/groups/${at(groupId)}/applications`, {}),
    decideApplication: (applicationId: string, decision: 'accept' | 'decline') => http.send<unknown>('POST', `/api/mentoring/applications/${at(applicationId)}/decision`, { decision }),
    themes: (groupId: string) => http.get<{ themes: MentoringTheme[] }>(`/api/mentoring/groups/${at(groupId)}/themes`),
    proposeTheme: (groupId: string, title: string) => http.send<unknown>('POST', `/api/mentoring/groups/${at(groupId)}/themes`, { title }),
    vote: (themeId: string, vote: boolean) => http.send<unknown>('PUT', `/api/mentoring/themes/${at(themeId)}/vote`, { vote }),
    moveMeeting: (meetingId: string, body: { date: string; startTime: string; endTime: string }) => http.send<unknown>('PUT', `/api/mentoring/meetings/${at(meetingId)}`, body),
    cancelMeeting: (meetingId: string) => http.send<unknown>('POST', `/api/mentoring/meetings/${at(meetingId)}/cancel`, {}),
    findPeople: (q: string) => http.get<MentoringPeopleFound>(`/api/mentoring/people?q=${encodeURIComponent(q)}`),
    /** A role places (or changes the role of) a person; null takes them out of the group. */
    placeInGroup: (groupId: string, personId: string, role: GroupRole | null) =>
      http.send<{ personId: string; placed: GroupRole | null }>('PUT', `/api/mentoring/groups/${at(groupId)}/people/${at(personId)}`, { role }),
    addByEmail: (groupId: string, body: { email: string; name: string; role: GroupRole }) =>
      http.send<{ personId: string; placed: GroupRole }>('POST', `/api/mentoring/groups/${at(groupId)}/people`, body),
    fixTheme: (meetingId: string, themeId: string) => http.send<unknown>('PUT', `/api/mentoring/meetings/${at(meetingId)}/theme`, { themeId }),
    questions: (meetingId: string) => http.get<MentoringQuestions>(`/api/mentoring/meetings/${at(meetingId)}/questions`),
    askQuestion: (meetingId: string, body: { text: string; anonymous: boolean }) => http.send<unknown>('POST', `/api/mentoring/meetings/${at(meetingId)}/questions`, body),
    recordMeeting: (meetingId: string, body: { notes: string | null; attended: string[] }) => http.send<unknown>('POST', `/api/mentoring/meetings/${at(meetingId)}/record`, body),
    seasonReport: (seasonId: string) => http.get<MentoringReport>(`/api/mentoring/seasons/${at(seasonId)}/report`),
    seasonReportCsvPath: (seasonId: string) => `/api/mentoring/seasons/${at(seasonId)}/report.csv`,

    file: (path: string) => http.file(path),
  };
}

export type KollegaApi = ReturnType<typeof kollegaApi>;

/** The routes that come before a sign-in: no token. */
export function signInApi(http: Http) {
  return {
    session: () => http.get<SessionInfo>('/api/session'),
    devPeople: () => http.get<DevPeople>('/api/dev/people'),
    devSignIn: (personId: string) => http.send<DevToken>('POST', '/api/dev/sign-in', { personId }),
  };
}
