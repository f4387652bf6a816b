/**
 * Links from a card into Kollega's personal tab. In Teams a deep link to the static tab (`kollega-home` in the
 * manifest, whose id is the bot's app id unless TEAMS_MANIFEST_ID says otherwise) opens it in place, with the
 * section to show as its subEntityId; outside Teams (local mode, the Playground) the tab's own address, with the
 * section as `?open=`. Without either address there is no link, and the card leaves the button out.
 */
export interface TabLinks {
  /** The Teams app's id: the manifest id, which is the bot's app id by default. */
  appId: string | undefined;
  /** PUBLIC_URL, without a trailing slash. */
  publicUrl: string | undefined;
}

/** The manifest's personal tab. */
export const HOME_TAB = 'kollega-home';

/** What the tab should open: a network's games (to book) or its reading challenge. */
export type TabSection = { view: 'games' | 'challenge'; networkId: string };

export const sectionKey = (section: TabSection): string => `${section.view}:${section.networkId}`;

export function tabLink(links: TabLinks, section: TabSection): string | undefined {
  const key = sectionKey(section);
  if (links.appId) {
    const context = encodeURIComponent(JSON.stringify({ subEntityId: key }));
    return `https://teams.microsoft.com/l/entity/${encodeURIComponent(links.appId)}/${HOME_TAB}?context=${context}`;
  }
  if (links.publicUrl && /^https:\/\//.test(links.publicUrl)) return `${links.publicUrl}/tab/?open=${encodeURIComponent(key)}`;
  return undefined;
}
