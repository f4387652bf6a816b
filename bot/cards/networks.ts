/** The networks of a person's region, each with what it is for and who coordinates it. */
import type { Network, Region, Unit } from '../../shared/domain/catalog';
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
  notice?: string;
}

export function networksCard({ lang, region, unit, networks, notice }: NetworksCardInput): AdaptiveCard {
  const t = translator(lang);
  const unitName = inLanguage(unit.name, lang);
  return renderCard(template, {
    notice: notice ?? '',
    title: t('networks.title', { region: inLanguage(region.name, lang) }),
    runBy: t('networks.runBy', { unit: unitName }),
    networks: networks.map((n) => ({
      name: inLanguage(n.name, lang),
      description: inLanguage(n.description, lang),
      coordinators: coordinatorLine(n, lang),
    })),
    empty: networks.length === 0 ? t('networks.empty', { unit: unitName }) : '',
    changeRegion: t('action.changeRegion'),
    changeRegionData: actionData({ action: 'chooseRegion' }),
  });
}

function coordinatorLine(network: Network, lang: Language): string {
  const names = network.coordinators.map((c) => `${c.displayName} (${inLanguage(c.title, lang)})`);
  if (names.length === 0) return '';
  const t = translator(lang);
  return t(names.length === 1 ? 'networks.coordinator' : 'networks.coordinators', { names: formatList(names, lang) });
}
