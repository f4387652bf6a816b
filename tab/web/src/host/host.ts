/** Where the page runs and what it should show: the facts start-up gathers before anything renders. */
import type { Lang } from '../../../../shared/api/tabContract';
import type { OpenedSection } from '../resources/openedSection';
import type { ThemeName } from './themes';

/** config: the channel tab's settings page; channel: one network's tab; personal: the member's own tab. */
export type PageKind = 'config' | 'channel' | 'personal';

export interface Host {
  inTeams: boolean;
  lang: Lang;
  theme: ThemeName;
  page: PageKind;
  /** The network of a channel tab, from its content URL (?network=ID). */
  networkId: string | null;
  /** A section a bot card's link asked for (Teams' subEntityId, or ?open= outside Teams). */
  opened?: OpenedSection | null;
  /** Teams single sign-on; only in Teams. */
  teamsToken?: () => Promise<string>;
  /** Teams tells when the user switches theme; only in Teams. */
  onThemeChange?: (handler: (theme: ThemeName) => void) => void;
}

export function pageOf(query: URLSearchParams, teamsFrame?: string): { page: PageKind; networkId: string | null } {
  const networkId = query.get('network')?.trim() || null;
  if (teamsFrame === 'settings' || query.get('view') === 'config') return { page: 'config', networkId };
  return { page: networkId ? 'channel' : 'personal', networkId };
}
