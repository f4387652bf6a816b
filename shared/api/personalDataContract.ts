/**
 * A person's data as Kollega gives it to them (GDPR art. 15 and 20): one JSON document, grouped by area, with
 * readable keys. It holds what is about the person; of other people only what a decision needs (the coordinator
 * who decided a join request), never another applicant's or member's data. Types only: nothing here runs.
 *
 * GET /api/me/personal-data                       the signed-in person's document, as a file (attachment)
 * POST /api/me/personal-data/erase { confirm }    erases the signed-in person (confirm must be true)
 * GET /api/admin/people/:id/personal-data         an admin: a named person's document, on their request
 * POST /api/admin/people/:id/personal-data/erase  an admin: erases a named person (someone who left)
 */
import type { Localized } from './tabContract';

export interface PersonalDataExport {
  kind: 'kollega.personalData';
  version: 1;
  exportedAt: string;
  person: {
    id: string;
    displayName: string | null;
    email: string | null;
    entraObjectId: string | null;
    tenantId: string | null;
    /** The Teams user id the bot knows them by, once they have talked to it. */
    teamsUserId: string | null;
    /** Their user id in the host tenant, once invited there as a guest. */
    guestUserId: string | null;
    locale: string | null;
    regionId: string | null;
    library: string | null;
    firstSeenAt: string;
    updatedAt: string;
  };
  roles: {
    admin: boolean;
    /** How the seed names them as coordinator (changed in the seed, not erased by Kollega). */
    coordinator: Array<{ displayName: string; title: Localized; unitId: string; networkIds: string[] }>;
  };
  teams: {
    personalChats: Array<{ conversationId: string; installedAt: string | null; uninstalledAt: string | null }>;
    /** Installs and removals of Kollega they did. */
    installations: Array<{ conversationId: string; action: string; at: string }>;
    /** Delegated calendar access given in the tab (the tokens themselves stay sealed). */
    calendarAccessGivenAt: string | null;
  };
  networks: {
    memberships: Array<{ networkId: string; network: Localized; joinedAt: string; leftAt: string | null; teamsState: string }>;
    joinRequests: Array<{ id: string; networkId: string; network: Localized; state: string; message: string | null; library: string | null; askedAt: string; decidedAt: string | null; decidedBy: string | null; reason: string | null }>;
    /** As a coordinator: the approval cards Kollega sent them. */
    approvalCards: Array<{ joinRequestId: string; sentAt: string }>;
  };
  events: {
    answers: Array<{ eventId: string; title: Localized; startsAt: string; answer: string; status: string | null; answeredAt: string }>;
    contributions: Array<{ eventId: string; title: Localized; kind: string; contribution: Record<string, string | null>; addedAt: string }>;
    planned: Array<{ eventId: string; title: Localized; startsAt: string; state: string }>;
    messages: Array<{ eventId: string; notice: string; sentAt: string }>;
  };
  mentoring: {
    groups: Array<{ groupId: string; group: Localized; role: string; addedAt: string }>;
    applications: Array<{ id: string; groupId: string; group: Localized; state: string; message: string | null; reason: string | null; appliedAt: string; decidedAt: string | null }>;
    themesProposed: Array<{ themeId: string; groupId: string; title: string; proposedAt: string }>;
    votes: Array<{ themeId: string; title: string; votedAt: string }>;
    /** Questions sent with their name; an anonymous question was stored without it and is nobody's. */
    questions: Array<{ meetingId: string; meetingStartsAt: string; text: string; askedAt: string }>;
    feedback: Array<{ meetingId: string; meetingStartsAt: string; usefulness: number; wellbeing: number; comment: string; givenAt: string }>;
    attended: Array<{ meetingId: string; meetingStartsAt: string }>;
    notesWritten: Array<{ meetingId: string; meetingStartsAt: string; notes: string | null }>;
    seasonsOpened: Array<{ seasonId: string; season: Localized; openedAt: string }>;
    messages: Array<{ about: string; notice: string; sentAt: string }>;
  };
  exchange: {
    applications: Array<Record<string, unknown> & {
      id: string;
      state: string;
      history: Array<{ at: string; party: string; action: string; reason: string | null; state: string }>;
      feedback: Array<{ direction: string; rating: number; text: string; givenAt: string }>;
      story: { title: string; text: string; publishedAt: string | null } | null;
    }>;
    /** Others' applications where they are named as supervisor, host contact or workplace mentor. */
    asParty: Array<{ applicationId: string; roles: string[]; state: string; startsOn: string | null; endsOn: string | null; steps: Array<{ at: string; action: string; reason: string | null }> }>;
    feedbackWritten: Array<{ applicationId: string; direction: string; rating: number; text: string; givenAt: string }>;
    budgetsSet: Array<{ unitId: string; year: number; amountCents: number; setAt: string }>;
    messages: Array<{ applicationId: string; notice: string; sentAt: string }>;
  };
  /** A network's shared resources: the games they booked, and what they did as its coordinator. */
  resources: {
    gameBookings: Array<{
      id: string; gameId: string; game: Localized; networkId: string; libraryId: string; library: Localized | null; pickUpOn: string; returnOn: string;
      state: string; message: string | null; reason: string | null; bookedAt: string; decidedBy: string | null;
      handedOverAt: string | null; handOverNote: string | null; returnedAt: string | null; returnCondition: string | null; returnNote: string | null;
    }>;
    /** As a coordinator: others' bookings they confirmed or declined (the booker is not named). */
    bookingsDecided: Array<{ bookingId: string; gameId: string; game: Localized; pickUpOn: string; returnOn: string; state: string }>;
    /** As a coordinator: the reading challenges and guides they were the last to change. */
    challengesWritten: Array<{ networkId: string; year: number; updatedAt: string }>;
    guidesWritten: Array<{ guideId: string; networkId: string; title: Localized; updatedAt: string }>;
    messages: Array<{ bookingId: string; notice: string; sentAt: string }>;
  };
  activity: {
    /** What the audit log recorded them doing. */
    auditLog: Array<{ at: string; action: string; subjectType: string; subjectId: string }>;
    /** Work Kollega has done or still will do about them (messages, Teams membership). */
    scheduledWork: Array<{ kind: string; state: string; createdAt: string }>;
  };
}

/** POST …/erase { confirm: true }: what was done, under a reference kept in the audit log without the person. */
export interface ErasureAnswer {
  /** false: Kollega held nothing about the person (erased before, or never known). */
  erased: boolean;
  /** A random reference of this erasure, the audit log's subject (null when nothing was held). */
  erasureId: string | null;
  /** Rows removed or anonymised. */
  rows: number;
}
