/**
 * A network's shared resources under the names the tab's views use; the shapes are the server's contract
 * (shared/api/resourcesContract.ts), so the two sides cannot drift apart.
 */
export type {
  BilingualText,
  BookingBody,
  BookingState,
  BookingStep,
  BookingStepBody,
  BookingView,
  CalendarPeriod,
  ChallengeBody,
  ChallengeView,
  ChallengesView,
  GameBody,
  GamesView,
  GameView,
  GuideBody,
  GuideEdition,
  GuideView,
  GuidesView,
  LocalizedText,
  PeriodStatus,
  ReturnCondition,
} from '../../../../shared/api/resourcesContract';
