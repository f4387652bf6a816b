/**
 * The networks of a person's region: what each is for, who coordinates it, and where the person stands
 * (member, request pending, or may ask), with the one action that fits. In a channel the card is shared by
 * everyone, so it shows no one's standing and points to the personal chat instead.
 */
import type { Network, Region, Unit } from '../../shared/domain/catalog';
import type { NetworkStanding } from '../../shared/domain/joinRequest';
import { inLanguage } from '../../shared/domain/localized';
import { formatList } from '../../shared/i18n/format';
import type { Language } from '../../shared/i18n/language';
import { translator } from '../../shared/i18n/translate';
import { actionData } from '../activities/cardActions';
import { renderCard, type AdaptiveCard } from './render';
import template from './networks.card.json';

export interface NetworksCardInput {
  lang: Language;
  region: Region;
  unit: Unit;
  networks: readonly Network[];
  /** Where the reader stands with each network; absent (a channel) shows no standing and no join actions. */
  standingOf?: (networkId: string) => NetworkStanding;
  notice?: string;
}

export function networksCard({ lang, region, unit, networks, standingOf, notice }: NetworksCardInput): AdaptiveCard {
  const t = translator(lang);
  const unitName = inLanguage(unit.name, lang);
  const labels = { ask: t('action.askToJoin'), withdraw: t('action.withdraw'), leave: t('action.leave') };
  return renderCard(template, {
    notice: notice ?? '',
    title: t('networks.title', { region: inLanguage(region.name, lang) }),
    runBy: t('networks.runBy', { unit: unitName }),
    networks: networks.map((n) => {
      const name = inLanguage(n.name, lang);
      const standing = standingOf?.(n.id) ?? 'none';
      return {
        name,
        description: inLanguage(n.description, lang),
        coordinators: coordinatorLine(n, lang),
        standing,
        standingText:
          standing === 'member' ? t('networks.standing.member') : standing === 'pending' ? t('networks.standing.pending') : '',
        labels,
        leaveConfirm: t('action.leaveConfirm', { network: name }),
        askData: actionData({ action: 'openJoinForm', networkId: n.id }),
        withdrawData: actionData({ action: 'withdrawJoin', networkId: n.id }),
        leaveData: actionData({ action: 'leaveNetwork', networkId: n.id }),
      };
    }),
    empty: networks.length === 0 ? t('networks.empty', { unit: unitName }) : '',
    hint: standingOf ? '' : t('networks.joinInChat'),
    changeRegion: t('action.changeRegion'),
    changeRegionData: actionData({ action: 'chooseRegion' }),
  });
}

export function coordinatorLine(network: Network, lang: Language): string {
  const names = network.coordinators.map((c) => `${c.displayName} (${inLanguage(c.title, lang)})`);
  if (names.length === 0) return '';
  const t = translator(lang);
  return t(names.length === 1 ? 'networks.coordinator' : 'networks.coordinators', { names: formatList(names, lang) });
}
