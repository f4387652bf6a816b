/**
 * The answer to "which games are free in March?": one card per network, each of its escape-room games with its
 * free periods in the asked days, and a button into the tab to book. Someone in no network that lends games gets
 * the same card saying which networks do, with a button to ask to join each.
 */
import type { Language } from '../../shared/i18n/language';
import { translator } from '../../shared/i18n/translate';
import { actionData } from '../activities/cardActions';
import { renderCard, type AdaptiveCard } from './render';
import template from './freeGames.card.json';

export interface FreeGamesInput {
  lang: Language;
  /** The asked days, as the reader reads them ("maaliskuu 2027"). */
  period: string;
  networkName: string;
  games: ReadonlyArray<{ name: string; free: string | null }>;
  /** Where to book; absent when Kollega has no address for its tab. */
  bookUrl?: string;
  notice?: string;
}

export function freeGamesCard({ lang, period, networkName, games, bookUrl, notice }: FreeGamesInput): AdaptiveCard {
  const t = translator(lang);
  return renderCard(template, {
    notice: notice ?? '',
    heading: t('resourcesBot.games.title', { period }),
    lines: [{ text: networkName }],
    games: games.map((g) => ({ name: g.name, free: g.free ? t('resourcesBot.games.free', { periods: g.free }) : t('resourcesBot.games.noneFree') })),
    hint: t('resourcesBot.games.hint'),
    links: bookUrl ? [{ title: t('resourcesBot.action.book'), url: bookUrl }] : [],
    joins: [],
  });
}

export interface NoGamesInput {
  lang: Language;
  /** Why there is nothing to show: the person's networks lend none, or the channel's network lends none. */
  lines: readonly string[];
  /** The networks that lend games and the person may ask to join. */
  lending: ReadonlyArray<{ id: string; name: string }>;
}

export function noGamesCard({ lang, lines, lending }: NoGamesInput): AdaptiveCard {
  const t = translator(lang);
  return renderCard(template, {
    notice: '',
    heading: t('resourcesBot.games.heading'),
    lines: lines.map((text) => ({ text })),
    games: [],
    hint: '',
    links: [],
    joins: lending.map((n) => ({ title: t('resourcesBot.action.join', { network: n.name }), data: actionData({ action: 'openJoinForm', networkId: n.id }) })),
  });
}
