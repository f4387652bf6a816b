/**
 * A network's shared resources in the tab's HTTP API (see tabContract.ts for sign-in and errors): its escape-room
 * games on loan with their calendars and bookings, its yearly reading challenge, and its guides and documents.
 * Types only, from the domain where it has them. Dates are Finnish calendar days (YYYY-MM-DD); times ISO 8601 UTC.
 *
 * Every signed-in person may read a network's resources; members of the network and its coordinators may book a
 * game; only coordinators confirm, hand over, record returns and write the challenge and the guide list.
 */
import type { BookingState, BookingStep, ReturnCondition } from '../domain/resources/gameBooking';
import type { CalendarPeriod, PeriodStatus } from '../domain/resources/gameCalendar';
import type { BilingualText } from '../domain/resources/readingChallenge';
import type { GuideEdition } from '../domain/resources/guides';
import type { Language } from '../i18n/language';
import type { LibrarySummary } from './exchangeContract';

export type { BilingualText, BookingState, BookingStep, CalendarPeriod, GuideEdition, PeriodStatus, ReturnCondition };

export interface LocalizedText {
  fi: string;
  sv: string;
  en: string;
}

export interface GameView {
  id: string;
  networkId: string;
  name: LocalizedText;
  description: LocalizedText;
  /** How the game came back last time, so the next borrower and the coordinator know what to check. */
  lastReturn: { condition: ReturnCondition; note: string | null; on: string } | null;
  /** Every day of the asked range once: free, booked (waiting for the coordinator) or confirmed. */
  periods: CalendarPeriod[];
}

export interface BookingView {
  id: string;
  gameId: string;
  networkId: string;
  state: BookingState;
  /** Send it back with a step, so a step from a stale view is refused (409). */
  version: number;
  pickUpOn: string;
  returnOn: string;
  library: LibrarySummary | null;
  bookerId: string;
  bookerName: string | null;
  message: string | null;
  /** The coordinator's reason for a decline, or the reason given with a cancellation. */
  reason: string | null;
  handedOverAt: string | null;
  handOverNote: string | null;
  returnedAt: string | null;
  returnCondition: ReturnCondition | null;
  returnNote: string | null;
  createdAt: string;
  updatedAt: string;
  you: { booker: boolean; steps: BookingStep[] };
}

/**
 * GET /api/networks/:id/games?from=YYYY-MM-DD&to=YYYY-MM-DD (default: today to the end of the third month on; at
 * most 400 days) → GamesView. Coordinators see every booking in the range and every open one; others their own.
 */
export interface GamesView {
  from: string;
  to: string;
  games: GameView[];
  bookings: BookingView[];
  you: { coordinates: boolean; mayBook: boolean };
  /** The regions whose libraries may borrow the games: those of the network's unit. */
  regions: string[];
}

/** POST /api/networks/:id/games, PUT /api/games/:id (coordinators) → { game: GameView } */
export interface GameBody {
  name: LocalizedText;
  description: LocalizedText;
}

/**
 * POST /api/games/:id/bookings → 201 { booking: BookingView }; 409 when any day of the period is taken (also when
 * two people book the same days at the same moment: exactly one gets them); 403 for someone outside the network.
 */
export interface BookingBody {
  pickUpOn: string;
  returnOn: string;
  /** A library of the network's region (GET /api/exchange/libraries). */
  libraryId: string;
  message?: string | null;
}

/** POST /api/bookings/:id/steps → { booking: BookingView } */
export type BookingStepBody =
  | { step: 'confirm'; version: number }
  | { step: 'decline'; version: number; reason: string }
  | { step: 'cancel'; version: number; reason?: string | null }
  | { step: 'handOver'; version: number; note?: string | null }
  | { step: 'return'; version: number; condition: ReturnCondition; note?: string | null };

export interface ChallengeView {
  networkId: string;
  year: number;
  title: BilingualText;
  intro: BilingualText;
  tasks: BilingualText[];
  /** Null while the coordinator is still writing it (only coordinators see such a one). */
  publishedAt: string | null;
  updatedAt: string;
}

/** GET /api/networks/:id/challenges → newest year first. */
export interface ChallengesView {
  challenges: ChallengeView[];
  you: { coordinates: boolean };
}

/** PUT /api/networks/:id/challenges/:year (coordinators) → { challenge: ChallengeView } */
export interface ChallengeBody {
  title: BilingualText;
  intro: BilingualText;
  tasks: BilingualText[];
  publish: boolean;
}

export interface GuideView {
  id: string;
  networkId: string;
  title: LocalizedText;
  editions: Partial<Record<Language, GuideEdition>>;
  updatedAt: string;
}

/** GET /api/networks/:id/guides */
export interface GuidesView {
  guides: GuideView[];
  you: { coordinates: boolean };
}

/** POST /api/networks/:id/guides → 201, PUT /api/guides/:id → 200 { guide: GuideView }; DELETE /api/guides/:id → 204. */
export interface GuideBody {
  title: LocalizedText;
  editions: Partial<Record<Language, GuideEdition>>;
}
