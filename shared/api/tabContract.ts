/**
 * The tab's HTTP API as the web front end sees it: paths, bodies and answers. The routes in tab/api build these
 * shapes and the React app in tab/web reads them, so both sides name one contract. Types only: nothing here runs.
 *
 * Every route but `GET /api/session` and the .ics file needs `Authorization: Bearer <token>`: a Teams SSO token
 * (teams-js authentication.getAuthToken) or, outside Teams with developer sign-in enabled, a developer token from
 * `POST /api/dev/sign-in`. Errors answer `{ error: { code, message, problems? } }` with the message in the
 * request's `Accept-Language` language (fi, sv, en): 400 bad input, 401 no or bad token, 403 not allowed,
 * 404 unknown, 409 a rule refused it (deadline passed, already decided, ...).
 */

import type { GroupReport } from '../domain/mentoring/seasonReport';

export type Lang = 'fi' | 'sv' | 'en';
export interface Localized {
  fi: string;
  sv: string;
  en: string | null;
}

/** GET /api/session (anonymous): how the page may sign in. */
export interface SessionInfo {
  /** Outside Teams, a developer may pick a seeded person (never in production). */
  devSignIn: boolean;
}

/** GET /api/dev/people (developer sign-in only): the people one may sign in as. */
export interface DevPeople {
  people: Array<{ id: string; displayName: string; role: 'member' | 'coordinator' | 'admin' }>;
}
/** POST /api/dev/sign-in { personId } → a bearer token for that person, valid one hour. */
export interface DevToken {
  token: string;
}

/** GET /api/me */
export interface Me {
  person: { id: string; displayName: string | null; locale: string | null; regionId: string | null };
  /** The networks the caller coordinates; admin sees every network's coordinator views. */
  coordinates: string[];
  admin: boolean;
}

export type NetworkStanding = 'member' | 'pending' | 'none';

/** GET /api/my/networks: the networks of the caller's region (every network if none chosen), with their standing. */
export interface MyNetworks {
  networks: Array<{
    id: string;
    name: Localized;
    description: Localized;
    unitName: Localized;
    standing: NetworkStanding;
    /** The open join request, when standing is pending. */
    requestId: string | null;
    teamsUrl: string | null;
    coordinates: boolean;
  }>;
}

/** POST /api/networks/:id/join { library?, message? } → 201 (asked) or 200 (already asked / already a member). */
export interface JoinAnswer {
  standing: NetworkStanding;
  requestId: string | null;
  /** What happened, in the reader's language, e.g. "Your request was sent to the coordinators." */
  message: string;
}
/** POST /api/networks/:id/leave and POST /api/join-requests/:id/withdraw answer JoinAnswer too. */

/** GET /api/networks/:id/requests (coordinators) */
export interface JoinRequests {
  requests: Array<{ id: string; personId: string; name: string | null; email: string | null; library: string | null; message: string | null; askedAt: string }>;
}
/** POST /api/join-requests/:id/decision { decision: 'approve' | 'decline', reason? } (coordinators) */
export interface DecisionAnswer {
  requestId: string;
  state: 'approved' | 'declined';
  message: string;
}

/** GET /api/networks/:id/members (coordinators); the same as CSV at GET /api/networks/:id/members.csv */
export interface Members {
  members: Array<{ personId: string; name: string | null; email: string | null; library: string | null; joinedAt: string; teamsState: string }>;
}

export type EventKind = 'bookCoffee' | 'ideaCoffee' | 'networkDay' | 'other';
export type RsvpAnswer = 'going' | 'maybe' | 'notGoing';

export interface EventView {
  id: string;
  networkId: string;
  kind: EventKind;
  title: Localized;
  description: Localized;
  startsAt: string;
  endsAt: string;
  /** In the reader's language, Finnish time, e.g. "ti 2.2.2027 14.00–15.30". */
  when: string;
  rsvpDeadline: string | null;
  capacity: number | null;
  cancelled: boolean;
  cancelReason: string | null;
  meeting: { state: string; joinUrl: string | null };
  counts: { going: number; waitlist: number; maybe: number; notGoing: number };
  contributions: number;
  icsUrl: string | null;
  you: { answer: RsvpAnswer; status: 'confirmed' | 'waitlisted'; waitlistPosition: number | null } | null;
  canManage: boolean;
}

/** GET /api/events → { events: EventView[] }; GET /api/events/:id → { event: EventView } */
export interface EventList {
  events: EventView[];
}

/**
 * The plan of an event as a form sends it (Finnish wall-clock time, as text):
 * POST /api/networks/:id/events { kind, ...EventPlan } → 201 { event }; PUT /api/events/:id EventPlan → { event };
 * POST /api/events/:id/cancel { reason? } → { event }. A bad plan answers 400 with `problems`.
 */
export interface EventPlan {
  titleFi: string;
  titleSv: string;
  titleEn?: string;
  descriptionFi: string;
  descriptionSv: string;
  descriptionEn?: string;
  /** YYYY-MM-DD and HH:MM, Europe/Helsinki */
  startDate: string;
  startTime: string;
  endDate?: string;
  endTime: string;
  capacity?: string;
  deadlineDate?: string;
  deadlineTime?: string;
  joinUrl?: string;
}

/** PUT /api/events/:id/rsvp { answer } → { event } (409 after the deadline, when cancelled or started). */

/** GET /api/events/:id/attendees (coordinators); the same as CSV at GET /api/events/:id/attendees.csv */
export interface Attendees {
  going: Attendee[];
  /** In queue order. */
  waitlist: Attendee[];
  maybe: Attendee[];
  notGoing: Attendee[];
}
export interface Attendee {
  personId: string;
  name: string | null;
  email: string | null;
  answeredAt: string;
  waitlistPosition: number | null;
}

/**
 * GET /api/events/:id/contributions → { contributions }; POST /api/events/:id/contributions
 * { kind: 'bookTip', title, author?, ageGroup?, note?, isbn? } or { kind: 'practice', title, description?, library? }.
 */
export interface Contribution {
  id: string;
  kind: 'bookTip' | 'practice';
  title: string;
  by: string | null;
  addedAt: string;
  author?: string | null;
  ageGroup?: string | null;
  note?: string | null;
  isbn?: string | null;
  description?: string | null;
  library?: string | null;
}

/** GET /api/mentoring: every season with its groups; inside a group only for its people and coordinators. */
export interface MentoringOverview {
  /** The development units whose mentoring the caller runs (may open seasons there). */
  units: Array<{ id: string; name: string }>;
  seasons: MentoringSeason[];
}
export interface MentoringSeason {
  id: string;
  unitId: string;
  name: Localized;
  startsOn: string;
  endsOn: string;
  coordinates: boolean;
  groups: MentoringGroup[];
}
export interface MentoringGroup {
  id: string;
  networkId: string | null;
  name: Localized;
  focus: Localized;
  capacity: number | null;
  memberCount: number;
  myRole: 'mentor' | 'member' | null;
  myApplicationId: string | null;
  seriesState: 'unplanned' | 'pending' | 'created' | 'manual' | 'failed';
  /** For the group's people and coordinators only. */
  joinUrl?: string | null;
  /** The caller is the group's mentor or coordinates it: fixes themes, records meetings. */
  canLead: boolean;
  people?: Array<{ personId: string; role: 'mentor' | 'member'; name: string; email: string | null }>;
  meetings?: MentoringMeeting[];
  /** For coordinators only. */
  applications?: Array<{ id: string; personId: string; name: string; message: string | null; createdAt: string }>;
}
/** A meeting of a group, as its people and coordinators see it. */
export interface MentoringMeeting {
  id: string;
  startsAt: string;
  endsAt: string;
  cancelled: boolean;
  theme: string | null;
  themeId: string | null;
  /** The mentor's short notes and who attended (person ids), once recorded after the meeting. */
  recorded: boolean;
  notes: string | null;
  attended: string[];
}

/**
 * Changing a group (coordinators):
 * GET /api/mentoring/people?q=text → MentoringPeopleFound: people Kollega knows, by name or e-mail (q at least 2 characters);
 * PUT /api/mentoring/groups/:id/people/:personId { role: 'mentor' | 'member' | null } places or (null) takes out;
 * POST /api/mentoring/groups/:id/people { email, name, role } adds someone by e-mail, known to Kollega or not
 *   → { personId, placed }; they are invited to the series by that address and become "themselves" when they sign in.
 */
export interface MentoringPeopleFound {
  people: Array<{ id: string; name: string; email: string | null; library: string | null }>;
}

/**
 * Themes (group's people): PUT /api/mentoring/meetings/:id/theme { themeId } (mentor or coordinator) fixes a meeting's theme.
 * Questions sent in advance: GET /api/mentoring/meetings/:id/questions → MentoringQuestions (askedBy null: anonymous);
 * POST /api/mentoring/meetings/:id/questions { text, anonymous }.
 * After a meeting: POST /api/mentoring/meetings/:id/record { notes, attended: personId[] } (mentor or coordinator; 409 before it starts);
 * POST /api/mentoring/meetings/:id/feedback { usefulness 1-5, wellbeing 1-5, comment } once per person.
 */
export interface MentoringQuestions {
  questions: Array<{ id: string; text: string; askedBy: string | null }>;
}

/** GET /api/mentoring/seasons/:id/report (coordinators); the same as CSV at /api/mentoring/seasons/:id/report.csv */
export interface MentoringReport {
  season: { id: string; name: Localized; startsOn: string; endsOn: string };
  groups: Array<{
    group: { id: string; name: Localized };
    /** Attendance rate 0 to 1; comments without names. */
    report: GroupReport;
  }>;
}

export interface MentoringTheme {
  id: string;
  title: string;
  votes: number;
  myVote: boolean;
  meetingId: string | null;
}

export type * from './exchangeContract';
export type * from './personalDataContract';
