/**
 * The game booking's card actions: a coordinator confirms or declines on the card, and any copy redraws itself as
 * the booking is now. The step goes through the same service as the tab's, which checks the rights from the store
 * and the card's version; a refusal or a stale card is answered with the booking as it is now and why nothing
 * changed, in the reader's language.
 */
import { formatDay } from '../../shared/i18n/format';
import type { MessageKey } from '../../shared/i18n/translate';
import { takeBookingStep } from '../../shared/services/gameBookings';
import { getPerson } from '../../shared/store/repositories/people';
import type { CardAction } from '../activities/cardActions';
import { isResourceVerb, type ResourceVerb } from '../activities/resourceActions';
import { noticeCard } from '../cards/notice';
import type { AdaptiveCard } from '../cards/render';
import type { BotServices } from '../services';
import type { Turn } from '../turn';
import { bookingCardFor } from './gameBookingCards';
import { withEmail } from './identity';

export type ResourceAction = Extract<CardAction, { action: ResourceVerb }>;

export const isResourceAction = (action: CardAction): action is ResourceAction => isResourceVerb(action.action);

export async function resourceAnswer(turn: Turn, services: BotServices, action: ResourceAction): Promise<AdaptiveCard> {
  const db = services.store.db;
  const reader = await withEmail(turn, services);
  const current = async (notice?: { text: string; good: boolean }) =>
    (await bookingCardFor(db, services.tabs, reader, action.bookingId, turn.lang, notice)) ?? noticeCard({ lines: [notice?.text ?? turn.t('resourcesBot.booking.unknown')] });
  if (action.action === 'gameBookingShow') return current();

  const event = action.action === 'gameBookingConfirm' ? { type: 'confirm' as const } : { type: 'decline' as const, reason: action.reason ?? '' };
  const result = await takeBookingStep({ db, now: services.now() }, { actor: reader, bookingId: action.bookingId, version: action.version, event });
  if (result.outcome === 'unknown') return noticeCard({ lines: [turn.t('resourcesBot.booking.unknown')] });
  if (result.outcome === 'refused') return current({ text: turn.t(`resources.refusal.${result.refusal}` as MessageKey), good: false });
  services.outbox.kick();
  const booker = await getPerson(db, result.booking.bookerId);
  const params = { name: booker?.displayName ?? '–', date: formatDay(result.booking.pickUpOn, turn.lang) };
  return current({ text: turn.t(event.type === 'confirm' ? 'resourcesBot.done.confirm' : 'resourcesBot.done.decline', params), good: true });
}
