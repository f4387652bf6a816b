/**
 * The staff exchange's part of the tab's HTTP API (see tabContract.ts for sign-in and errors): the shapes the
 * routes in tab/api/exchange*.ts answer with and the tab reads. Types only, from the domain where it has them.
 * Money is whole cents; dates are Finnish calendar days (YYYY-MM-DD); times ISO 8601 UTC.
 */
import type { ExchangeEvent, ExchangeState, Party } from '../domain/exchange/application';
import type { BudgetSummary } from '../domain/exchange/budget';
import type { ExchangePlan } from '../domain/exchange/plan';

export type { BudgetSummary, ExchangePlan, ExchangeState, Party as ExchangeParty };
export type ExchangeStep = ExchangeEvent['type'];
export type FeedbackDirection = 'guestToHost' | 'guestToUnit' | 'hostToGuest';
export type OutsideParty = 'supervisor' | 'host';

/** GET /api/exchange/libraries?q=&region=&bilingual=true → { libraries: LibrarySummary[] } */
export interface LibrarySummary {
  id: string;
  name: { fi: string; sv: string };
  municipality: { fi: string; sv: string };
  regionId: string;
  /** The municipality's language status: 'fi', 'sv', or bilingual 'fi-sv' / 'sv-fi' (majority first). */
  languages: string;
  bilingual: boolean;
  email: string | null;
  phone: string | null;
  url: string | null;
}

/** The stored application: the plan with what the parties added. */
export interface ExchangeRecordView extends ExchangePlan {
  id: string;
  unitId: string;
  applicantId: string;
  state: ExchangeState;
  /** Send it back with a change, so an edit from a stale form is refused (409). */
  version: number;
  mentorName: string | null;
  mentorEmail: string | null;
  grantedCents: number | null;
  actualTravelCents: number | null;
  actualStayCents: number | null;
  reimbursedCents: number | null;
  /** The reason given with the last request for changes, or with a decline. */
  lastReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ExchangeHistoryEntry {
  seq: number;
  at: string;
  /** A step, or 'create' for the first draft. */
  action: string;
  party: string;
  actorId: string;
  actorName: string | null;
  /** Set when a coordinator recorded the word of an outside supervisor or host. */
  recordedFor: string | null;
  reason: string | null;
  state: ExchangeState;
}

export interface ExchangeFeedbackEntry {
  applicationId: string;
  direction: FeedbackDirection;
  authorId: string;
  rating: number;
  text: string;
  givenAt: string;
}

export interface ExchangeStory {
  applicationId: string;
  title: string;
  text: string;
  /** Null while the guest has not given (or took back) their consent. */
  publishedAt: string | null;
  updatedAt: string;
}

/**
 * GET /api/exchange/applications → { applications: ExchangeApplicationView[] }; GET, POST, PUT
 * /api/exchange/applications[/:id] and every step → { application: ExchangeApplicationView }.
 */
export interface ExchangeApplicationView extends ExchangeRecordView {
  applicantName: string | null;
  homeLibrary: LibrarySummary | null;
  hostLibrary: LibrarySummary | null;
  workingDays: number | null;
  /** A supervisor or host Kollega knows only by e-mail: the coordinator records their word. */
  outside: { supervisor: boolean; host: boolean };
  history: ExchangeHistoryEntry[];
  /** Only the feedback this caller may read. */
  feedback: ExchangeFeedbackEntry[];
  story: ExchangeStory | null;
  you: {
    parties: Party[];
    /** The steps open to the caller now: the only buttons to show. */
    steps: ExchangeStep[];
    recordFor: { supervisor: ExchangeStep[]; host: ExchangeStep[] };
    feedback: FeedbackDirection[];
    story: boolean;
  };
}

/** GET /api/exchange/overview?year= (coordinators; 403 otherwise); the applications also as CSV at overview.csv. */
export interface ExchangeOverviewView {
  year: number;
  units: Array<{ id: string; name: { fi: string; sv: string; en: string }; budget: BudgetSummary; budgetSet: boolean }>;
  applications: Array<ExchangeRecordView & { applicantName: string | null; homeLibrary: LibrarySummary | null; hostLibrary: LibrarySummary | null }>;
  libraries: Array<{ library: LibrarySummary; sent: number; hosted: number }>;
  feedback: Array<ExchangeFeedbackEntry & { hostLibraryId: string | null }>;
}

/** GET /api/exchange/stories → { stories: PublishedStory[] } */
export interface PublishedStory {
  applicationId: string;
  title: string;
  text: string;
  publishedAt: string;
  startsOn: string | null;
  endsOn: string | null;
  authorName: string | null;
  homeLibrary: LibrarySummary | null;
  hostLibrary: LibrarySummary | null;
}

/** POST /api/exchange/applications/:id/steps */
export type ExchangeStepBody =
  | { step: 'confirm' | 'withdraw' | 'markReimbursed' | 'submit'; recordingFor?: OutsideParty; version?: number }
  | { step: 'requestChanges' | 'decline'; reason: string; recordingFor?: OutsideParty; version?: number }
  | { step: 'acceptAsHost'; mentorName: string; mentorEmail?: string | null; recordingFor?: 'host'; version?: number }
  | { step: 'approveCosts'; grantedCents: number; version?: number };
