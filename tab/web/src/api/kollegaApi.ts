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
  ErasureAnswer,
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
import type {
  ExchangeOverview,
  ExchangePlan,
  ExchangeView,
  FeedbackDirection,
  LibrarySummary,
  PublishedStory,
  RegionList,
  StepBody,
} from '../exchange/exchangeTypes';
import type {
  BookingBody,
  BookingStepBody,
  BookingView,
  ChallengeBody,
  ChallengesView,
  ChallengeView,
  GameBody,
  GamesView,
  GameView,
  GuideBody,
  GuidesView,
  GuideView,
} from '../resources/resourceTypes';
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

    regions: () => http.get<RegionList>('/api/regions'),
    exchangeLibraries: (filter: { q?: string; region?: string; bilingual?: boolean }) => {
      const query = new URLSearchParams();
      if (filter.q?.trim()) query.set('q', filter.q.trim());
      if (filter.region) query.set('region', filter.region);
      if (filter.bilingual) query.set('bilingual', 'true');
      const search = query.toString();
      return http.get<{ libraries: LibrarySummary[] }>(`/api/exchange/libraries${search ? `?${search}` : ''}`);
    },
    myExchanges: () => http.get<{ applications: ExchangeView[] }>('/api/exchange/applications'),
    exchange: (id: string) => http.get<{ application: ExchangeView }>(`/api/exchange/applications/${at(id)}`),
    createExchange: (plan: ExchangePlan, submit: boolean) => http.send<{ application: ExchangeView }>('POST', '/api/exchange/applications', { plan, submit }),
    /** `version` is the one the form was filled from: an edit from a stale form is refused (409). */
    updateExchange: (id: string, plan: ExchangePlan, submit: boolean, version: number) =>
      http.send<{ application: ExchangeView }>('PUT', `/api/exchange/applications/${at(id)}`, { plan, submit, version }),
    exchangeStep: (id: string, body: StepBody) => http.send<{ application: ExchangeView }>('POST', `/api/exchange/applications/${at(id)}/steps`, body),
    exchangeCosts: (id: string, body: { travelCents: number; stayCents: number }) => http.send<{ application: ExchangeView }>('POST', `/api/exchange/applications/${at(id)}/costs`, body),
    exchangeFeedback: (id: string, body: { direction: FeedbackDirection; rating: number; text: string }) =>
      http.send<{ application: ExchangeView }>('POST', `/api/exchange/applications/${at(id)}/feedback`, body),
    exchangeStory: (id: string, body: { title: string; text: string; publish: boolean }) => http.send<{ application: ExchangeView }>('PUT', `/api/exchange/applications/${at(id)}/story`, body),
    exchangeStories: () => http.get<{ stories: PublishedStory[] }>('/api/exchange/stories'),
    exchangeOverview: (year?: number) => http.get<ExchangeOverview>(`/api/exchange/overview${year ? `?year=${year}` : ''}`),
    exchangeOverviewCsvPath: (year: number) => `/api/exchange/overview.csv?year=${year}`,
    setExchangeBudget: (unitId: string, year: number, amountCents: number) =>
      http.send<{ unitId: string; year: number; amountCents: number }>('PUT', `/api/exchange/budgets/${at(unitId)}/${year}`, { amountCents }),

    /** A network's games with their calendars over [from, to] (the server's default range without one). */
    games: (networkId: string, range?: { from: string; to: string }) =>
      http.get<GamesView>(`/api/networks/${at(networkId)}/games${range ? `?${new URLSearchParams(range).toString()}` : ''}`),
    addGame: (networkId: string, body: GameBody) => http.send<{ game: GameView }>('POST', `/api/networks/${at(networkId)}/games`, body),
    changeGame: (gameId: string, body: GameBody) => http.send<{ game: GameView }>('PUT', `/api/games/${at(gameId)}`, body),
    bookGame: (gameId: string, body: BookingBody) => http.send<{ booking: BookingView }>('POST', `/api/games/${at(gameId)}/bookings`, body),
    /** `version` in the body is the one shown: a step from a stale view is refused (409). */
    bookingStep: (bookingId: string, body: BookingStepBody) => http.send<{ booking: BookingView }>('POST', `/api/bookings/${at(bookingId)}/steps`, body),
    challenges: (networkId: string) => http.get<ChallengesView>(`/api/networks/${at(networkId)}/challenges`),
    saveChallenge: (networkId: string, year: number, body: ChallengeBody) =>
      http.send<{ challenge: ChallengeView }>('PUT', `/api/networks/${at(networkId)}/challenges/${year}`, body),
    guides: (networkId: string) => http.get<GuidesView>(`/api/networks/${at(networkId)}/guides`),
    addGuide: (networkId: string, body: GuideBody) => http.send<{ guide: GuideView }>('POST', `/api/networks/${at(networkId)}/guides`, body),
    changeGuide: (guideId: string, body: GuideBody) => http.send<{ guide: GuideView }>('PUT', `/api/guides/${at(guideId)}`, body),
    removeGuide: (guideId: string) => http.remove(`/api/guides/${at(guideId)}`),

    /** Everything Kollega holds about the caller, or (an admin) about a named person: a JSON file. */
    myDataPath: () => '/api/me/personal-data',
    eraseMyData: () => http.send<ErasureAnswer>('POST', '/api/me/personal-data/erase', { confirm: true }),
    personDataPath: (personId: string) => `/api/admin/people/${at(personId)}/personal-data`,
    erasePersonData: (personId: string) => http.send<ErasureAnswer>('POST', `/api/admin/people/${at(personId)}/personal-data/erase`, { confirm: true }),

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
