/**
 * After the visit: the guest gives short feedback to the host library and to the regional unit, each on its own
 * (one may be given before the other), and files the actual travel and accommodation costs; the host library's
 * contact gives the guest feedback. Only what this person may still give is asked; each part goes away once given.
 */
import type { Language } from '../../shared/i18n/language';
import { translator } from '../../shared/i18n/translate';
import type { ExchangeView } from '../../shared/services/exchangeViews';
import { actionData } from '../activities/cardActions';
import { libraryShort } from './exchangeText';
import { renderCard, type AdaptiveCard } from './render';
import template from './exchangeAfterVisit.card.json';

export interface AfterVisitCardInput {
  lang: Language;
  view: ExchangeView;
  notice?: { text: string; good: boolean };
}

export function afterVisitCard({ lang, view, notice }: AfterVisitCardInput): AdaptiveCard {
  const t = translator(lang);
  const guest = view.you.parties.includes('applicant');
  const scale = [1, 2, 3, 4, 5].map((n) => ({ title: String(n), value: String(n) }));
  const costs = view.you.steps.includes('fileCosts');
  const sections = view.you.feedback.map((direction) => ({
    heading: t(`exchange.feedback.${direction}`),
    ratingId: `${direction}Rating`,
    ratingLabel: t('exchangeBot.after.rating'),
    scale,
    textId: `${direction}Text`,
    textLabel: t('exchangeBot.after.text'),
    send: t('exchangeBot.after.sendFeedback'),
    sendData: actionData({ action: 'exchangeFeedback', applicationId: view.id, direction }),
  }));
  return renderCard(template, {
    notice: notice?.text ?? '',
    noticeColor: notice?.good ? 'Good' : 'Attention',
    title: guest ? t('exchangeBot.after.title', { host: libraryShort(view.hostLibraryId, lang) }) : t('exchangeBot.after.hostTitle', { name: view.applicantName ?? '–' }),
    intro: guest ? t('exchangeBot.after.intro') : t('exchangeBot.after.hostIntro'),
    sections,
    costs,
    labels: { costs: t('exchangeBot.after.costs'), travel: t('exchangeBot.after.travel'), stay: t('exchangeBot.after.stay'), sendCosts: t('exchangeBot.after.sendCosts') },
    costsData: actionData({ action: 'exchangeCosts', applicationId: view.id }),
    done: sections.length === 0 && !costs ? t('exchangeBot.after.done') : '',
  });
}
