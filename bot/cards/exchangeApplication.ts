/**
 * One staff-exchange application as one person sees it. The party whose turn it is gets their buttons: the
 * supervisor confirms, the host accepts and names the workplace mentor, the coordinator approves the costs (with
 * what is left of the year's budget); each may ask for changes or decline with a reason. A coordinator records the
 * word of a supervisor or host outside Kollega; the applicant changes or withdraws their own. Everyone else reads
 * a summary. `refresh` (only the parties) makes Teams draw each person's own version when they open the chat.
 */
import type { ExchangeEvent } from '../../shared/domain/exchange/application';
import { formatDate } from '../../shared/i18n/format';
import type { Language } from '../../shared/i18n/language';
import { translator, type MessageKey } from '../../shared/i18n/translate';
import type { ExchangeView } from '../../shared/services/exchangeViews';
import { actionData } from '../activities/cardActions';
import { centsText, euros, exchangeFacts } from './exchangeText';
import { maxRefreshUsers, renderCard, type AdaptiveCard } from './render';
import template from './exchangeApplication.card.json';

export interface ExchangeCardInput {
  lang: Language;
  view: ExchangeView;
  /** What is left of the unit's budget for the visit's year, for the coordinator approving the costs. */
  budget: { year: number; leftCents: number; set: boolean } | null;
  refreshUserIds: readonly string[];
  notice?: { text: string; good: boolean };
}

type Step = ExchangeEvent['type'];
const answers: readonly Step[] = ['confirm', 'acceptAsHost', 'approveCosts', 'requestChanges', 'decline'];
const turnParty = { supervisorReview: 'supervisor', hostReview: 'host' } as const;

/** The answers this person gives now: their own, or those they record for an outside supervisor or host. */
function acting(view: ExchangeView): { steps: readonly Step[]; recordingFor?: 'supervisor' | 'host' } {
  if (view.you.steps.some((s) => answers.includes(s))) return { steps: view.you.steps };
  const outside = turnParty[view.state as keyof typeof turnParty] as 'supervisor' | 'host' | undefined;
  return outside && view.you.recordFor[outside].length > 0 ? { steps: view.you.recordFor[outside], recordingFor: outside } : { steps: [] };
}

function historyLines(view: ExchangeView, lang: Language): Array<{ text: string }> {
  const t = translator(lang);
  return view.history
    .filter((h) => h.action !== 'edit')
    .map((h) => {
      const party = t(`exchange.party.${h.party}` as MessageKey);
      const who = h.recordedFor ? t('exchange.recordedBy', { party, name: h.actorName ?? '–' }) : `${h.actorName ?? '–'} (${party})`;
      // Punctuation only, the same in every language.
      return { text: `${formatDate(new Date(h.at), lang)} · ${who}: ${t(`exchange.action.${h.action}` as MessageKey)}` };
    });
}

export function exchangeCard({ lang, view, budget, refreshUserIds, notice }: ExchangeCardInput): AdaptiveCard {
  const t = translator(lang);
  const { steps, recordingFor } = acting(view);
  const own = view.you.steps;
  const rec = recordingFor ? { recordingFor } : {};
  const base = { applicationId: view.id, version: view.version };
  const outsiderName = recordingFor === 'supervisor' ? view.supervisorName : view.hostContactName;
  const labels = Object.fromEntries(
    (['confirm', 'accept', 'mentorName', 'mentorEmail', 'acceptConfirm', 'approve', 'approveConfirm', 'answerOther', 'requestChanges', 'decline', 'edit', 'withdraw', 'withdrawSure', 'withdrawConfirm'] as const)
      .map((name) => [name, t(`exchangeBot.card.${name}`)]),
  );
  if (recordingFor) Object.assign(labels, { confirm: t('exchangeBot.card.record.confirm'), accept: t('exchangeBot.card.record.accept'), answerOther: t('exchangeBot.card.record.answerOther') });
  return renderCard(template, {
    notice: notice?.text ?? '',
    noticeColor: notice?.good ? 'Good' : 'Attention',
    refreshTitle: t('app.name'),
    refreshData: actionData({ action: 'exchangeRefresh', applicationId: view.id }),
    refreshUserIds: refreshUserIds.slice(0, maxRefreshUsers),
    title: t('exchangeBot.card.title', { name: view.applicantName ?? '–' }),
    state: t('exchangeBot.card.state', { state: t(`exchange.state.${view.state}`) }),
    stateColor: view.state === 'approved' || view.state === 'reimbursed' ? 'Good' : 'Default',
    facts: exchangeFacts(view, lang, 'full'),
    reason: (view.state === 'changesRequested' || view.state === 'declined') && view.lastReason ? t('exchangeBot.told.reason', { reason: view.lastReason }) : '',
    recordIntro: recordingFor ? t(`exchangeBot.card.recordIntro.${recordingFor}`, { name: outsiderName }) : '',
    historyHeading: view.history.length > 0 ? t('exchangeBot.card.history') : '',
    history: historyLines(view, lang),
    canConfirm: steps.includes('confirm'),
    canAccept: steps.includes('acceptAsHost'),
    canApprove: steps.includes('approveCosts'),
    canAnswer: steps.includes('requestChanges') || steps.includes('decline'),
    canEdit: own.includes('edit'),
    canWithdraw: own.includes('withdraw'),
    budget: budget ? (budget.set ? t('exchangeBot.card.budgetLeft', { year: budget.year, left: euros(budget.leftCents, lang) }) : t('exchangeBot.card.noBudget', { year: budget.year })) : '',
    granted: centsText(view.travelEstimateCents + view.stayEstimateCents, lang),
    labels: { ...labels, required: t('exchangeBot.form.required'), reason: t('exchangeBot.card.reasonLabel'), granted: t('exchangeBot.card.grantedAmount'), back: t('exchangeBot.action.back') },
    confirmData: actionData({ action: 'exchangeConfirm', ...base, ...rec }),
    acceptData: actionData({ action: 'exchangeAccept', ...base, ...rec }),
    approveData: actionData({ action: 'exchangeApprove', ...base }),
    changesData: actionData({ action: 'exchangeRequestChanges', ...base, ...rec }),
    declineData: actionData({ action: 'exchangeDecline', ...base, ...rec }),
    editData: actionData({ action: 'exchangeForm', applicationId: view.id }),
    withdrawData: actionData({ action: 'exchangeWithdraw', ...base }),
    backData: actionData({ action: 'exchanges' }),
  });
}
