/**
 * The card actions of a network's shared resources: a coordinator confirms or declines a game booking on the card
 * Kollega sent them, and any copy of that card redraws itself as the booking is now. The card names the booking
 * and the version it showed; who may take the step is decided by the service from the store, never by the card.
 */
import { z } from 'zod';
import { typed } from '../../shared/validation/eventFields';

const bookingId = z.uuid();
/** The booking's version the card was drawn from: a step from an older card is refused as stale. */
const version = z.number().int().positive();

export const resourceActionSchemas = [
  z.object({ action: z.literal('gameBookingShow'), bookingId }),
  z.object({ action: z.literal('gameBookingConfirm'), bookingId, version }),
  z.object({ action: z.literal('gameBookingDecline'), bookingId, version, reason: typed(500) }),
] as const;

export type ResourceVerb = z.output<(typeof resourceActionSchemas)[number]>['action'];
const verbs = new Set<string>(resourceActionSchemas.map((s) => s.shape.action.value));

/** Whether an action belongs to the shared resources (its handlers are in bot/handlers/gameBookingActions.ts). */
export function isResourceVerb(action: string): action is ResourceVerb {
  return verbs.has(action);
}
