/**
 * The actions Kollega's cards can send back, one schema for Action.Submit (a message with `value`) and
 * Action.Execute (an `adaptiveCard/action` invoke whose verb names the action). Whatever a card sends is
 * untrusted: it is parsed here, and the handler still checks on the server what the person may do.
 */
import { z } from 'zod';
import { eventKinds, rsvpAnswers } from '../../shared/domain/events';
import { bookTipFields, eventPlanFields, numberText, practiceFields, typed } from '../../shared/validation/eventFields';
import { validate, type Validated } from '../../shared/validation/validate';
import { exchangeActionSchemas } from './exchangeActions';
import { resourceActionSchemas } from './resourceActions';

const id = z.string().trim().min(1).max(64).regex(/^[a-z0-9-]+$/);
const uuid = z.uuid();

export const cardActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('help') }),
  z.object({ action: z.literal('showNetworks') }),
  z.object({ action: z.literal('chooseRegion') }),
  z.object({ action: z.literal('setRegion'), regionId: id }),
  z.object({ action: z.literal('openJoinForm'), networkId: id }),
  z.object({ action: z.literal('requestJoin'), networkId: id, message: typed(1000), library: typed(200) }),
  z.object({ action: z.literal('withdrawJoin'), networkId: id }),
  z.object({ action: z.literal('leaveNetwork'), networkId: id }),
  z.object({ action: z.literal('approveJoin'), requestId: uuid }),
  z.object({ action: z.literal('declineJoin'), requestId: uuid, reason: typed(500) }),
  z.object({ action: z.literal('refreshJoinRequest'), requestId: uuid }),
  z.object({ action: z.literal('showEvents') }),
  z.object({ action: z.literal('newEvent'), networkId: id.optional() }),
  z.object({ action: z.literal('createEvent'), networkId: typed(64), kind: z.enum(eventKinds), ...eventPlanFields }),
  z.object({ action: z.literal('editEvent'), eventId: uuid }),
  z.object({ action: z.literal('changeEvent'), eventId: uuid, ...eventPlanFields }),
  z.object({ action: z.literal('cancelEvent'), eventId: uuid, reason: typed(500) }),
  z.object({ action: z.literal('showEvent'), eventId: uuid }),
  z.object({ action: z.literal('refreshEvent'), eventId: uuid }),
  z.object({ action: z.literal('rsvp'), eventId: uuid, answer: z.enum(rsvpAnswers) }),
  z.object({ action: z.literal('addBookTip'), eventId: uuid, ...bookTipFields }),
  z.object({ action: z.literal('addPractice'), eventId: uuid, ...practiceFields }),
  z.object({ action: z.literal('showContributions'), eventId: uuid }),
  z.object({ action: z.literal('mentoringQuestion'), meetingId: uuid, text: typed(1000), anonymous: z.enum(['true', 'false']).optional() }),
  z.object({ action: z.literal('mentoringVote'), themeId: uuid, vote: z.enum(['true', 'false']) }),
  z.object({ action: z.literal('mentoringPropose'), groupId: uuid, title: typed(1000) }),
  z.object({ action: z.literal('mentoringGroups') }),
  z.object({ action: z.literal('mentoringApplyForm'), groupId: uuid }),
  z.object({ action: z.literal('mentoringApply'), groupId: uuid, message: typed(1000) }),
  z.object({ action: z.literal('mentoringWithdraw'), applicationId: uuid }),
  z.object({ action: z.literal('mentoringAccept'), applicationId: uuid }),
  z.object({ action: z.literal('mentoringDecline'), applicationId: uuid, reason: typed(500) }),
  z.object({ action: z.literal('mentoringApplicationRefresh'), applicationId: uuid }),
  z.object({ action: z.literal('mentoringFeedback'), meetingId: uuid, usefulness: numberText, wellbeing: numberText, comment: typed(1000) }),
  ...exchangeActionSchemas,
  ...resourceActionSchemas,
]);

export type CardAction = z.output<typeof cardActionSchema>;
/** What a button carries before the client adds the card's inputs (message, library, reason). */
export type CardActionData = z.input<typeof cardActionSchema>;

/** The data a button carries: typed here so a card cannot name an action that has no handler. */
export function actionData<A extends CardActionData>(action: A): A {
  return action;
}

/** A submit's `value`, or an invoke's `verb` and `data`; anything else is rejected. */
export function parseCardAction(value: unknown, verb?: string): Validated<CardAction> {
  const data = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const candidate = verb === undefined ? data : { ...data, action: verb };
  return validate(cardActionSchema, perGroupTitle(stripTeamsFields(candidate)));
}

/**
 * The themes card has one propose field per group (input ids are unique in a card), named by the group: Teams
 * sends every field, and the title is the one of the group whose button was pressed.
 */
function perGroupTitle(data: Record<string, unknown>): Record<string, unknown> {
  if (data.action !== 'mentoringPropose' || typeof data.groupId !== 'string') return data;
  const own = data[`title-${data.groupId}`];
  return own === undefined ? data : { ...data, title: own };
}

/** Teams adds `msteams` (and the mobile client sometimes `id`) to a submit's data; they carry nothing for us. */
function stripTeamsFields(data: Record<string, unknown>): Record<string, unknown> {
  const { msteams: _msteams, ...rest } = data;
  return rest;
}

/**
 * The event a refused action came from, when its data names one: the person then gets that event's card back
 * with what was wrong, instead of losing it for a general card.
 */
export function eventOfRefusedAction(value: unknown): string | undefined {
  const parsed = z.object({ eventId: uuid }).safeParse(value);
  return parsed.success ? parsed.data.eventId : undefined;
}
