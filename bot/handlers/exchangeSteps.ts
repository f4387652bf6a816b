/**
 * The parties' buttons on an application's card: confirm, accept as host with the workplace mentor, approve the
 * costs, ask for changes or decline, withdraw; a coordinator recording an outside party's word. The card's data is
 * only an id and a version: the service decides from the store who may, audits a press out of turn, and a refusal
 * comes back in the presser's language with nothing changed. Someone with no part in it learns nothing of it.
 */
import type { MessageKey } from '../../shared/i18n/translate';
import { takeStep, type StepInput } from '../../shared/services/exchange';
import type { CardAction } from '../activities/cardActions';
import { centsOf } from '../cards/exchangeText';
import { noticeCard } from '../cards/notice';
import type { AdaptiveCard } from '../cards/render';
import type { BotServices } from '../services';
import type { Turn } from '../turn';
import { exchangeCardFor } from './exchangeCards';
import { withEmail } from './identity';

type Action<K extends CardAction['action']> = Extract<CardAction, { action: K }>;
export type StepAction = Action<'exchangeConfirm' | 'exchangeAccept' | 'exchangeApprove' | 'exchangeRequestChanges' | 'exchangeDecline' | 'exchangeWithdraw'>;
type Notice = { text: string; good: boolean };
type PartyStep = Extract<StepInput, { type: 'confirm' | 'acceptAsHost' | 'approveCosts' | 'requestChanges' | 'decline' | 'withdraw' }>;

const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The card as it stands for the person; to anyone without a part in it, only the given text (or "not found"). */
export async function currentExchangeCard(turn: Turn, services: BotServices, applicationId: string, notice?: Notice): Promise<AdaptiveCard> {
  const person = await withEmail(turn, services);
  const card = await exchangeCardFor(services.store.db, person, applicationId, turn.lang, services.now(), notice);
  return card ?? noticeCard({ lines: [notice && !notice.good ? notice.text : turn.t('exchangeBot.notFound')] });
}

/** The step a press asks for, or the reason it cannot be one (an amount that is not one, a bad address). */
function stepOf(turn: Turn, action: StepAction): PartyStep | string {
  switch (action.action) {
    case 'exchangeConfirm':
      return { type: 'confirm' };
    case 'exchangeAccept':
      if (action.mentorEmail && !email.test(action.mentorEmail)) return turn.t('exchangeBot.badMentorEmail');
      return { type: 'acceptAsHost', mentorName: action.mentorName ?? '', mentorEmail: action.mentorEmail ?? null };
    case 'exchangeApprove': {
      const cents = centsOf(action.granted);
      return typeof cents === 'number' ? { type: 'approveCosts', grantedCents: cents } : turn.t('exchangeBot.badEuros');
    }
    case 'exchangeRequestChanges':
      return { type: 'requestChanges', reason: action.reason ?? '' };
    case 'exchangeDecline':
      return { type: 'decline', reason: action.reason ?? '' };
    case 'exchangeWithdraw':
      return { type: 'withdraw' };
  }
}

export async function stepFromCard(turn: Turn, services: BotServices, action: StepAction): Promise<AdaptiveCard> {
  const step = stepOf(turn, action);
  if (typeof step === 'string') return currentExchangeCard(turn, services, action.applicationId, { text: step, good: false });
  const actor = await withEmail(turn, services);
  const recordingFor = 'recordingFor' in action ? action.recordingFor : undefined;
  const result = await takeStep(
    { db: services.store.db, now: services.now() },
    { actor, applicationId: action.applicationId, event: step, recordingFor, version: action.version },
  );
  if (result.outcome === 'unknown') return noticeCard({ lines: [turn.t('exchangeBot.notFound')] });
  if (result.outcome === 'refused') {
    return currentExchangeCard(turn, services, action.applicationId, { text: turn.t(`exchange.refusal.${result.refusal}` as MessageKey), good: false });
  }
  services.outbox.kick();
  return currentExchangeCard(turn, services, action.applicationId, { text: turn.t(`exchangeBot.done.${step.type}`), good: true });
}
