/**
 * The section a link from the bot's cards opens: "games:lanu" or "challenge:lanu", as Teams' subEntityId (a deep
 * link to the personal tab) or, outside Teams, as ?open= (bot/tabLink.ts writes both).
 */
export interface OpenedSection {
  view: 'games' | 'challenge';
  networkId: string;
}

export function openedSectionOf(key: string | null | undefined): OpenedSection | null {
  const m = /^(games|challenge):([\w-]+)$/.exec(key?.trim() ?? '');
  return m ? { view: m[1] as OpenedSection['view'], networkId: m[2] } : null;
}

/** The id of the section's heading (GamesSection, ChallengeSection), to bring it into view. */
export const sectionHeadingId = (section: OpenedSection): string => `${section.view}-${section.networkId}`;
