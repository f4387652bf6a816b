/**
 * The actions Kollega's cards can send back, one schema for Action.Submit (a message with `value`) and
 * Action.Execute (an `adaptiveCard/action` invoke whose verb names the action). Whatever a card sends is
 * untrusted: it is parsed here, and the handler still checks on the server what the person may do.
 */
import { z } from 'zod';
import { validate, type Validated } from '../../shared/validation/validate';

const id = z.string().trim().min(1).max(64).regex(/^[a-z0-9-]+$/);

export const cardActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('help') }),
  z.object({ action: z.literal('showNetworks') }),
  z.object({ action: z.literal('chooseRegion') }),
  z.object({ action: z.literal('setRegion'), regionId: id }),
]);

export type CardAction = z.infer<typeof cardActionSchema>;
export type CardActionName = CardAction['action'];

/** The data a button carries: typed here so a card cannot name an action that has no handler. */
export function actionData<A extends CardAction>(action: A): A {
  return action;
}

/** A submit's `value`, or an invoke's `verb` and `data`; anything else is rejected. */
export function parseCardAction(value: unknown, verb?: string): Validated<CardAction> {
  const data = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const candidate = verb === undefined ? data : { ...data, action: verb };
  return validate(cardActionSchema, stripTeamsFields(candidate));
}

/** Teams adds `msteams` (and the mobile client sometimes `id`) to a submit's data; they carry nothing for us. */
function stripTeamsFields(data: Record<string, unknown>): Record<string, unknown> {
  const { msteams: _msteams, ...rest } = data;
  return rest;
}
