/**
 * The staff exchange in the chat for an applicant: their exchanges ("vaihto" / "utbyte" / "exchange"), the apply
 * form, a draft saved and finished later, and sending it. The plan goes through the same service as the tab's, so
 * the server's checks and their answers (in the reader's language) are the same; the form keeps what was typed.
 */
import type { MessageKey } from '../../shared/i18n/translate';
import { writeApplication } from '../../shared/services/exchange';
import { exchangesOf } from '../../shared/services/exchangeNotices';
import { exchangeView } from '../../shared/services/exchangeViews';
import { getExchange } from '../../shared/store/repositories/exchange';
import type { CardAction } from '../activities/cardActions';
import { emptyExchangeForm, exchangeFormCard } from '../cards/exchangeForm';
import { exchangesCard } from '../cards/exchanges';
import type { AdaptiveCard } from '../cards/render';
import type { BotServices } from '../services';
import type { Turn } from '../turn';
import { exchangeCardFor } from './exchangeCards';
import { formValues, planOf, valuesOf } from './exchangeFormInput';
import { withEmail } from './identity';

type Action<K extends CardAction['action']> = Extract<CardAction, { action: K }>;
type Notice = { text: string; good: boolean };

/** The person's exchanges; their e-mail is looked up first, since supervisors and hosts are named by it. */
export async function exchangesAnswer(turn: Turn, services: BotServices, notice?: Notice): Promise<AdaptiveCard> {
  const person = await withEmail(turn, services);
  const { mine, waiting } = await exchangesOf(services.store.db, person, services.now());
  return exchangesCard({ lang: turn.lang, mine, waiting, notice });
}

/** A new form, or the applicant's own draft or returned application to go on with. */
export async function exchangeFormAnswer(turn: Turn, services: BotServices, action: Action<'exchangeForm'>): Promise<AdaptiveCard> {
  if (!action.applicationId) return exchangeFormCard({ lang: turn.lang, target: null, values: emptyExchangeForm });
  const db = services.store.db;
  const view = await exchangeView(db, turn.person, action.applicationId, services.now());
  const application = view && (await getExchange(db, action.applicationId));
  if (!view || !application) return exchangesAnswer(turn, services, { text: turn.t('exchangeBot.notFound'), good: false });
  if (!view.you.steps.includes('edit')) return exchangesAnswer(turn, services, { text: turn.t('exchange.refusal.notEditable'), good: false });
  return exchangeFormCard({ lang: turn.lang, target: { applicationId: application.id, version: application.version }, values: valuesOf(application, turn.lang) });
}

export async function writeFromCard(turn: Turn, services: BotServices, action: Action<'exchangeSave'> | Action<'exchangeSend'>): Promise<AdaptiveCard> {
  const values = formValues(action);
  const target = action.applicationId && action.version ? { applicationId: action.applicationId, version: action.version } : null;
  const again = (problems: string[], notice?: Notice, to = target) => exchangeFormCard({ lang: turn.lang, target: to, values, problems, notice });
  const plan = planOf(values);
  if (!plan) return again([turn.t('exchangeBot.badEuros')]);
  const actor = await withEmail(turn, services);
  const result = await writeApplication(
    { db: services.store.db, now: services.now() },
    { actor, applicationId: action.applicationId, version: action.version, plan, submit: action.action === 'exchangeSend' },
  );
  if (result.outcome === 'unknown') return exchangesAnswer(turn, services, { text: turn.t('exchangeBot.notFound'), good: false });
  if (result.outcome === 'refused') return again([turn.t(`exchange.refusal.${result.refusal}` as MessageKey)]);
  if (result.outcome === 'invalid') {
    return again([...result.errors.map((e) => turn.t(`exchange.error.${e}` as MessageKey)), ...result.gaps.map((g) => turn.t(`exchange.gap.${g}` as MessageKey))]);
  }
  const application = result.application;
  if (result.outcome === 'saved') {
    return again([], { text: turn.t('exchangeBot.form.saved'), good: true }, { applicationId: application.id, version: application.version });
  }
  services.outbox.kick();
  const notice = { text: turn.t('exchangeBot.sent', { name: application.supervisorName }), good: true };
  return (await exchangeCardFor(services.store.db, actor, application.id, turn.lang, services.now(), notice)) ?? exchangesAnswer(turn, services, notice);
}
