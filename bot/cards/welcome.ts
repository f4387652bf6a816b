/** The welcome card: what Kollega is for and what a person can do now. Also the answer to "help". */
import type { Language } from '../../shared/i18n/language';
import { translator } from '../../shared/i18n/translate';
import { actionData } from '../activities/cardActions';
import { renderCard, type AdaptiveCard } from './render';
import template from './welcome.card.json';

export interface WelcomeCardInput {
  lang: Language;
  /** The person's region name in their language, when they have chosen one. */
  regionName?: string;
  /** A line above the card, e.g. "I didn't understand that". */
  notice?: string;
  /** In a channel people must @mention the bot; the hint says so. */
  inChannel?: boolean;
}

export function welcomeCard({ lang, regionName, notice, inChannel }: WelcomeCardInput): AdaptiveCard {
  const t = translator(lang);
  const feature = (name: 'networks' | 'coffee' | 'mentoring' | 'exchange') => ({
    title: t(`welcome.${name}.title`),
    text: t(`welcome.${name}.text`),
  });
  return renderCard(template, {
    notice: notice ?? '',
    title: t('welcome.title'),
    intro: t('welcome.intro'),
    features: [
      feature('networks'), feature('coffee'), feature('mentoring'), feature('exchange'),
      { title: t('resourcesBot.welcome.title'), text: t('resourcesBot.welcome.text') },
    ],
    region: regionName ? t('welcome.regionKnown', { region: regionName }) : '',
    hint: inChannel ? t('welcome.channelHint') : t('welcome.helpHint'),
    actions: [
      { title: t('action.showNetworks'), data: actionData({ action: 'showNetworks' }) },
      { title: t('action.showEvents'), data: actionData({ action: 'showEvents' }) },
      { title: t('action.showGroups'), data: actionData({ action: 'mentoringGroups' }) },
      { title: t('exchangeBot.action.show'), data: actionData({ action: 'exchanges' }) },
      {
        title: regionName ? t('action.changeRegion') : t('action.chooseRegion'),
        data: actionData({ action: 'chooseRegion' }),
      },
    ],
  });
}
