/** Posted once to a team's channel when Kollega is added to the team. */
import type { Language } from '../../shared/i18n/language';
import { translator } from '../../shared/i18n/translate';
import { actionData } from '../activities/cardActions';
import { renderCard, type AdaptiveCard } from './render';
import template from './teamWelcome.card.json';

export function teamWelcomeCard(lang: Language): AdaptiveCard {
  const t = translator(lang);
  return renderCard(template, {
    title: t('team.welcome.title'),
    text: t('team.welcome.text'),
    actions: [
      { title: t('action.showNetworks'), data: actionData({ action: 'showNetworks' }) },
      { title: t('action.help'), data: actionData({ action: 'help' }) },
    ],
  });
}
