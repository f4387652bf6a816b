/** The staff exchange's card actions, each to its handler; kollegaBot hands over every action of this feature. */
import { isExchangeVerb, type ExchangeVerb } from '../activities/exchangeActions';
import type { CardAction } from '../activities/cardActions';
import type { AdaptiveCard } from '../cards/render';
import type { BotServices } from '../services';
import type { Turn } from '../turn';
import { costsFromCard, feedbackFromCard } from './exchangeAfterVisit';
import { exchangeFormAnswer, exchangesAnswer, writeFromCard } from './exchanges';
import { currentExchangeCard, stepFromCard } from './exchangeSteps';

export type ExchangeAction = Extract<CardAction, { action: ExchangeVerb }>;

export const isExchangeAction = (action: CardAction): action is ExchangeAction => isExchangeVerb(action.action);

export async function exchangeAnswer(turn: Turn, services: BotServices, action: ExchangeAction): Promise<AdaptiveCard> {
  switch (action.action) {
    case 'exchanges':
      return exchangesAnswer(turn, services);
    case 'exchangeForm':
      return exchangeFormAnswer(turn, services, action);
    case 'exchangeSave':
    case 'exchangeSend':
      return writeFromCard(turn, services, action);
    case 'exchangeShow':
    case 'exchangeRefresh':
      return currentExchangeCard(turn, services, action.applicationId);
    case 'exchangeConfirm':
    case 'exchangeAccept':
    case 'exchangeApprove':
    case 'exchangeRequestChanges':
    case 'exchangeDecline':
    case 'exchangeWithdraw':
      return stepFromCard(turn, services, action);
    case 'exchangeFeedback':
      return feedbackFromCard(turn, services, action);
    case 'exchangeCosts':
      return costsFromCard(turn, services, action);
  }
}
