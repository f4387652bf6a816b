/**
 * The staff exchange's card actions. A card's data names an application and the version it showed; inputs are
 * typed text, parsed here only for shape (lengths, a uuid): what the plan means, who may take a step and whether
 * a recording for an outside party is allowed is decided by the services from the store, never by the card.
 */
import { z } from 'zod';
import { typed } from '../../shared/validation/eventFields';

const uuid = z.uuid();
/** The application's version the card was drawn from: a step from an older card is refused as stale. */
const version = z.number().int().positive().optional();
const recordingFor = z.enum(['supervisor', 'host']).optional();

/** The apply form's inputs, as Teams sends them back: all text, empty when left blank. */
export const exchangePlanFields = {
  homeLibraryId: typed(64),
  hostLibraryId: typed(64),
  startsOn: typed(10),
  endsOn: typed(10),
  kind: typed(20),
  returnVisitor: typed(200),
  returnStartsOn: typed(10),
  returnEndsOn: typed(10),
  expectations: typed(2000),
  expertise: typed(300),
  languagePractice: typed(5),
  supervisorName: typed(200),
  supervisorEmail: typed(254),
  hostContactName: typed(200),
  hostContactEmail: typed(254),
  travelEstimate: typed(20),
  stayEstimate: typed(20),
};

/** The after-visit card has one rating and text per direction (input ids are unique in a card). */
const feedbackFields = {
  guestToHostRating: typed(2),
  guestToHostText: typed(2000),
  guestToUnitRating: typed(2),
  guestToUnitText: typed(2000),
  hostToGuestRating: typed(2),
  hostToGuestText: typed(2000),
};

export const exchangeActionSchemas = [
  z.object({ action: z.literal('exchanges') }),
  z.object({ action: z.literal('exchangeForm'), applicationId: uuid.optional() }),
  z.object({ action: z.literal('exchangeSave'), applicationId: uuid.optional(), version, ...exchangePlanFields }),
  z.object({ action: z.literal('exchangeSend'), applicationId: uuid.optional(), version, ...exchangePlanFields }),
  z.object({ action: z.literal('exchangeShow'), applicationId: uuid }),
  z.object({ action: z.literal('exchangeRefresh'), applicationId: uuid }),
  z.object({ action: z.literal('exchangeConfirm'), applicationId: uuid, version, recordingFor }),
  z.object({ action: z.literal('exchangeAccept'), applicationId: uuid, version, recordingFor, mentorName: typed(200), mentorEmail: typed(254) }),
  z.object({ action: z.literal('exchangeApprove'), applicationId: uuid, version, granted: typed(20) }),
  z.object({ action: z.literal('exchangeRequestChanges'), applicationId: uuid, version, recordingFor, reason: typed(1000) }),
  z.object({ action: z.literal('exchangeDecline'), applicationId: uuid, version, recordingFor, reason: typed(1000) }),
  z.object({ action: z.literal('exchangeWithdraw'), applicationId: uuid, version }),
  z.object({ action: z.literal('exchangeFeedback'), applicationId: uuid, direction: z.enum(['guestToHost', 'guestToUnit', 'hostToGuest']), ...feedbackFields }),
  z.object({ action: z.literal('exchangeCosts'), applicationId: uuid, travel: typed(20), stay: typed(20) }),
] as const;

export type ExchangeVerb = z.output<(typeof exchangeActionSchemas)[number]>['action'];
const verbs = new Set<string>(exchangeActionSchemas.map((s) => s.shape.action.value));

/** Whether an action belongs to the staff exchange (its handlers are in bot/handlers/exchangeActions.ts). */
export function isExchangeVerb(action: string): action is ExchangeVerb {
  return verbs.has(action);
}
