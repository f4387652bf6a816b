/** Asking to join one network: the person's library (remembered from last time) and an optional message. */
import type { Network } from '../../shared/domain/catalog';
import { inLanguage } from '../../shared/domain/localized';
import type { Language } from '../../shared/i18n/language';
import { translator } from '../../shared/i18n/translate';
import { actionData } from '../activities/cardActions';
import { coordinatorLine } from './networks';
import { renderCard, type AdaptiveCard } from './render';
import template from './joinForm.card.json';

export function joinFormCard(input: { lang: Language; network: Network; library: string | null; notice?: string }): AdaptiveCard {
  const { lang, network } = input;
  const t = translator(lang);
  const name = inLanguage(network.name, lang);
  return renderCard(template, {
    notice: input.notice ?? '',
    title: `${t('action.askToJoin')}: ${name}`,
    description: inLanguage(network.description, lang),
    coordinators: coordinatorLine(network, lang),
    libraryLabel: t('join.form.library'),
    library: input.library ?? '',
    messageLabel: t('join.form.message'),
    send: t('join.form.send'),
    sendData: actionData({ action: 'requestJoin', networkId: network.id }),
    cancel: t('action.showNetworks'),
    cancelData: actionData({ action: 'showNetworks' }),
  });
}
