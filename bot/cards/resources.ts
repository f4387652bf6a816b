/**
 * The answer to "resources": a network's guides and documents, each linked in the reader's language or, when it has
 * no edition in it, in another one that the card names; and the network's current reading challenge, its title in
 * the reader's language (both Finnish and Swedish for an English reader) with its number of tasks.
 */
import type { Language } from '../../shared/i18n/language';
import { translator } from '../../shared/i18n/translate';
import type { GuideLine } from './resourcesText';
import { renderCard, type AdaptiveCard } from './render';
import template from './resources.card.json';

export interface ResourcesInput {
  lang: Language;
  networkName: string;
  guides: readonly GuideLine[];
  /** The newest published challenge; null when there is none. */
  challenge: { year: number; title: string; tasks: number } | null;
  /** Where to read the challenge in the tab; absent when Kollega has no address for it. */
  challengeUrl?: string;
}

export function resourcesCard({ lang, networkName, guides, challenge, challengeUrl }: ResourcesInput): AdaptiveCard {
  const t = translator(lang);
  return renderCard(template, {
    heading: t('resourcesBot.resources.title', { network: networkName }),
    guidesHeading: t('resourcesBot.resources.guides'),
    noGuides: t('resourcesBot.resources.noGuides'),
    guides: guides.map((g) => ({ title: g.title, detail: g.detail, url: g.url ?? '', open: t('resourcesBot.action.openGuide') })),
    challengeHeading: challenge ? t('resourcesBot.challenge.heading', { year: challenge.year }) : t('resourcesBot.challenge.heading', { year: '' }).trim(),
    challengeText: challenge ? challenge.title : t('resourcesBot.challenge.none'),
    challengeTasks: challenge ? (challenge.tasks === 1 ? t('resourcesBot.challenge.oneTask') : t('resourcesBot.challenge.tasks', { count: challenge.tasks })) : '',
    links: challenge && challengeUrl ? [{ title: t('resourcesBot.action.readChallenge'), url: challengeUrl }] : [],
  });
}
