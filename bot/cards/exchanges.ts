/**
 * A person's staff exchanges ("vaihto" / "utbyte" / "exchange"): the applications waiting for their answer (as a
 * supervisor, host or coordinator), their own applications with their state, a draft or a returned one to finish,
 * and the button that starts a new application.
 */
import type { Language } from '../../shared/i18n/language';
import { translator } from '../../shared/i18n/translate';
import type { ExchangeView } from '../../shared/services/exchangeViews';
import { actionData } from '../activities/cardActions';
import { dateRange, libraryShort } from './exchangeText';
import { renderCard, type AdaptiveCard } from './render';
import template from './exchanges.card.json';

export interface ExchangesCardInput {
  lang: Language;
  mine: readonly ExchangeView[];
  waiting: readonly ExchangeView[];
  notice?: { text: string; good: boolean };
}

export function exchangesCard({ lang, mine, waiting, notice }: ExchangesCardInput): AdaptiveCard {
  const t = translator(lang);
  const route = (v: ExchangeView) => t('exchangeBot.list.route', { home: libraryShort(v.homeLibraryId, lang), host: v.hostLibraryId ? libraryShort(v.hostLibraryId, lang) : t('exchangeBot.noHost') });
  const detail = (v: ExchangeView) => `${dateRange(v.startsOn, v.endsOn, lang) ?? t('exchangeBot.noDates')} · ${t(`exchange.state.${v.state}`)}`;
  return renderCard(template, {
    notice: notice?.text ?? '',
    noticeColor: notice?.good ? 'Good' : 'Attention',
    heading: t('exchangeBot.title'),
    intro: t('exchangeBot.list.intro'),
    waitingHeading: t('exchangeBot.list.waiting'),
    waiting: waiting.map((v) => ({
      title: `${v.applicantName ?? '–'}: ${route(v)}`,
      detail: detail(v),
      open: t('exchangeBot.action.open'),
      openData: actionData({ action: 'exchangeShow', applicationId: v.id }),
    })),
    mineHeading: t('exchangeBot.list.mine'),
    none: t('exchangeBot.list.none'),
    mine: mine.map((v) => ({
      title: route(v),
      detail: detail(v),
      reason: (v.state === 'changesRequested' || v.state === 'declined') && v.lastReason ? t('exchangeBot.told.reason', { reason: v.lastReason }) : '',
      canContinue: v.you.steps.includes('edit'),
      continue: t('exchangeBot.action.continue'),
      continueData: actionData({ action: 'exchangeForm', applicationId: v.id }),
      open: t('exchangeBot.action.open'),
      openData: actionData({ action: 'exchangeShow', applicationId: v.id }),
    })),
    apply: t('exchangeBot.action.apply'),
    applyData: actionData({ action: 'exchangeForm' }),
  });
}
