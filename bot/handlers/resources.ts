/**
 * "resources" ("materiaalit", "aineistot", "resurser", "material"): the guides and documents of the person's
 * networks (or of the channel's network), each linked in the reader's language where it has an edition in it, and
 * each network's current reading challenge with a button to read it in the tab. Networks with nothing shared are
 * left out; when none has anything, the person is told so.
 */
import { inLanguage } from '../../shared/domain/localized';
import { listChallenges } from '../../shared/store/repositories/readingChallenges';
import { listGuides } from '../../shared/store/repositories/guides';
import { noticeCard } from '../cards/notice';
import type { AdaptiveCard } from '../cards/render';
import { resourcesCard } from '../cards/resources';
import { challengeTitle, guideLine } from '../cards/resourcesText';
import type { BotServices } from '../services';
import { tabLink } from '../tabLink';
import type { Turn } from '../turn';
import { networkScope } from './networkScope';

export async function resourcesAnswer(turn: Turn, services: BotServices): Promise<AdaptiveCard[]> {
  const db = services.store.db;
  const cards: AdaptiveCard[] = [];
  for (const network of (await networkScope(turn, services)).networks) {
    const guides = await listGuides(db, network.id);
    // Published ones only, newest year first: the current challenge is the first.
    const [challenge] = await listChallenges(db, network.id, false);
    if (guides.length === 0 && !challenge) continue;
    cards.push(resourcesCard({
      lang: turn.lang,
      networkName: inLanguage(network.name, turn.lang),
      guides: guides.map((g) => guideLine(g, turn.lang)),
      challenge: challenge ? { year: challenge.year, title: challengeTitle(challenge.title, turn.lang), tasks: challenge.tasks.length } : null,
      challengeUrl: tabLink(services.tabs, { view: 'challenge', networkId: network.id }),
    }));
  }
  return cards.length > 0 ? cards : [noticeCard({ lines: [turn.t('resourcesBot.welcome.title'), turn.t('resourcesBot.resources.none')] })];
}
