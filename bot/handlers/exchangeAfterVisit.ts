/**
 * The after-visit card's buttons: feedback in one direction (the guest's to the host library or to the unit, the
 * host's to the guest), given once each, and the guest's actual costs. The services check who may and when.
 */
import type { MessageKey } from '../../shared/i18n/translate';
import { takeStep } from '../../shared/services/exchange';
import { giveFeedback } from '../../shared/services/exchangeAfter';
import type { CardAction } from '../activities/cardActions';
import { centsOf } from '../cards/exchangeText';
import { noticeCard } from '../cards/notice';
import type { AdaptiveCard } from '../cards/render';
import type { BotServices } from '../services';
import type { Turn } from '../turn';
import { afterVisitCardFor } from './exchangeCards';
import { withEmail } from './identity';

type Action<K extends CardAction['action']> = Extract<CardAction, { action: K }>;
type Notice = { text: string; good: boolean };

async function afterCard(turn: Turn, services: BotServices, applicationId: string, notice: Notice): Promise<AdaptiveCard> {
  const person = await withEmail(turn, services);
  const card = await afterVisitCardFor(services.store.db, person, applicationId, turn.lang, services.now(), notice);
  return card ?? noticeCard({ lines: [notice.good ? turn.t('exchangeBot.notFound') : notice.text] });
}

const refusal = (turn: Turn, refused: string): Notice => ({ text: turn.t(`exchange.refusal.${refused}` as MessageKey), good: false });

export async function feedbackFromCard(turn: Turn, services: BotServices, action: Action<'exchangeFeedback'>): Promise<AdaptiveCard> {
  // The card sends every direction's fields; the pressed direction's are the ones meant.
  const rating = Number(action[`${action.direction}Rating`]);
  const text = action[`${action.direction}Text`] ?? '';
  if (!Number.isInteger(rating) || rating < 1 || rating > 5 || !text) {
    return afterCard(turn, services, action.applicationId, { text: turn.t('exchangeBot.after.feedbackRequired'), good: false });
  }
  const actor = await withEmail(turn, services);
  const result = await giveFeedback({ db: services.store.db, now: services.now() }, { actor, applicationId: action.applicationId, direction: action.direction, rating, text });
  if (result.outcome === 'unknown') return noticeCard({ lines: [turn.t('exchangeBot.notFound')] });
  if (result.outcome === 'refused') return afterCard(turn, services, action.applicationId, refusal(turn, result.refusal));
  return afterCard(turn, services, action.applicationId, { text: turn.t('exchangeBot.after.feedbackThanks'), good: true });
}

export async function costsFromCard(turn: Turn, services: BotServices, action: Action<'exchangeCosts'>): Promise<AdaptiveCard> {
  const travel = centsOf(action.travel);
  const stay = centsOf(action.stay);
  if (typeof travel !== 'number' || typeof stay !== 'number') {
    return afterCard(turn, services, action.applicationId, { text: turn.t('exchangeBot.after.costsRequired'), good: false });
  }
  const actor = await withEmail(turn, services);
  const result = await takeStep({ db: services.store.db, now: services.now() }, { actor, applicationId: action.applicationId, event: { type: 'fileCosts', travelCents: travel, stayCents: stay } });
  if (result.outcome === 'unknown') return noticeCard({ lines: [turn.t('exchangeBot.notFound')] });
  if (result.outcome === 'refused') return afterCard(turn, services, action.applicationId, refusal(turn, result.refusal));
  services.outbox.kick();
  return afterCard(turn, services, action.applicationId, { text: turn.t('exchangeBot.after.costsThanks'), good: true });
}
