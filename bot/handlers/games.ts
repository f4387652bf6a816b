/**
 * "Which games are free in March?" ("mitkä pelit ovat vapaana maaliskuussa?", "vilka spel är lediga i mars?") and a
 * bare "games": the free periods of the escape-room games of the person's networks (or of the channel's network),
 * one card per network, with a button to book in the tab. Someone in no network that lends games is told which do
 * and can ask to join from the card.
 */
import { dateOf, todayInFinland } from '../../shared/domain/calendarDate';
import { inLanguage } from '../../shared/domain/localized';
import { freePeriods } from '../../shared/domain/resources/gameCalendar';
import { formatList } from '../../shared/i18n/format';
import { listBookings, listEveryGame, type GameRecord } from '../../shared/store/repositories/games';
import { freeGamesCard, noGamesCard } from '../cards/freeGames';
import type { AdaptiveCard } from '../cards/render';
import { gamesPeriod, monthsLabel, periodsText } from '../cards/resourcesText';
import type { BotServices } from '../services';
import { tabLink } from '../tabLink';
import type { Turn } from '../turn';
import { networkScope, type NetworkScope } from './networkScope';

export async function freeGamesAnswer(turn: Turn, services: BotServices, question: { text: string; bare: boolean }): Promise<AdaptiveCard[]> {
  const db = services.store.db;
  const scope = await networkScope(turn, services);
  const gamesOf = new Map<string, GameRecord[]>(scope.all.map((n) => [n.id, []]));
  for (const game of await listEveryGame(db)) gamesOf.get(game.networkId)?.push(game);
  const lending = scope.networks.filter((n) => gamesOf.get(n.id)!.length > 0);
  if (lending.length === 0) return [noGames(turn, scope, gamesOf)];

  const period = gamesPeriod(question.text, question.bare, dateOf(todayInFinland(services.now())));
  const label = monthsLabel(period.months, turn.lang);
  const cards: AdaptiveCard[] = [];
  for (const network of lending) {
    const games = gamesOf.get(network.id)!;
    const bookings = await listBookings(db, { gameIds: games.map((g) => g.id), from: period.first, to: period.last });
    cards.push(freeGamesCard({
      lang: turn.lang,
      period: label,
      networkName: inLanguage(network.name, turn.lang),
      games: games.map((game) => {
        const free = freePeriods(period.first, period.last, bookings.filter((b) => b.gameId === game.id));
        return { name: inLanguage(game.name, turn.lang), free: free.length > 0 ? periodsText(free, turn.lang) : null };
      }),
      bookUrl: tabLink(services.tabs, { view: 'games', networkId: network.id }),
      notice: period.pastMonth ? turn.t('resourcesBot.games.pastMonth') : undefined,
    }));
  }
  return cards;
}

/** Nothing to show: why, and which networks lend games (those the person could ask to join). */
function noGames(turn: Turn, scope: NetworkScope, gamesOf: ReadonlyMap<string, GameRecord[]>): AdaptiveCard {
  const lending = scope.all.filter((n) => gamesOf.get(n.id)!.length > 0);
  if (lending.length === 0) return noGamesCard({ lang: turn.lang, lines: [turn.t('resourcesBot.games.noneAnywhere')], lending: [] });
  const named = lending.map((n) => ({ id: n.id, name: inLanguage(n.name, turn.lang) }));
  const why = scope.team ? turn.t('resourcesBot.games.teamNetworkHasNone', { network: inLanguage(scope.team.name, turn.lang) }) : turn.t('resourcesBot.games.notMember');
  return noGamesCard({
    lang: turn.lang,
    lines: [why, turn.t('resourcesBot.games.lentBy', { networks: formatList(named.map((n) => n.name), turn.lang) })],
    lending: named,
  });
}
