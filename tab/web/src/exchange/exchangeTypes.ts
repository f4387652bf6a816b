/**
 * The staff exchange's API shapes under the names the tab's views use; the shapes themselves are the server's
 * contract (shared/api/exchangeContract.ts), so the two sides cannot drift apart.
 */
import type {
  ExchangeApplicationView,
  ExchangeFeedbackEntry,
  ExchangeHistoryEntry,
  ExchangeOverviewView,
  ExchangeRecordView,
  ExchangeState,
  ExchangeStepBody,
  ExchangeStory,
} from '../../../../shared/api/tabContract';

export type {
  BudgetSummary,
  ExchangeParty,
  ExchangePlan,
  ExchangeState,
  ExchangeStep,
  FeedbackDirection,
  LibrarySummary,
  OutsideParty,
  PublishedStory,
} from '../../../../shared/api/tabContract';
export type ExchangeView = ExchangeApplicationView;
export type ExchangeRecord = ExchangeRecordView;
export type ExchangeOverview = ExchangeOverviewView;
export type OverviewRow = ExchangeOverview['applications'][number];
export type HistoryEntry = ExchangeHistoryEntry;
export type FeedbackEntry = ExchangeFeedbackEntry;
export type Story = ExchangeStory;
export type StepBody = ExchangeStepBody;

/** The states in the order an application goes through them, for grouping. */
export const exchangeStates: readonly ExchangeState[] = [
  'draft', 'supervisorReview', 'hostReview', 'coordinatorReview', 'changesRequested', 'approved', 'reimbursed', 'declined', 'withdrawn',
];

/** GET /api/regions */
export interface RegionList {
  regions: Array<{ id: string; unitId: string; label: string }>;
}
