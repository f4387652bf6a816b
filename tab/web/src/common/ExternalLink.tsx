/**
 * A link out of the tab. Inside Teams, a Teams link (a team, a meeting) opens through the host, so Teams itself
 * shows it instead of a browser window.
 */
import { Link } from '@fluentui/react-components';
import type { MouseEvent, ReactNode } from 'react';
import { initializedTeamsSdk } from '../host/teamsSdk';

const teamsLink = /^https:\/\/teams\.(microsoft|live)\.com\//;

export function ExternalLink({ href, children, download }: { href: string; children: ReactNode; download?: boolean }) {
  function open(event: MouseEvent) {
    const teams = initializedTeamsSdk();
    if (!teams || !teamsLink.test(href)) return;
    event.preventDefault();
    teams.app.openLink(href).catch(() => window.open(href, '_blank', 'noopener'));
  }
  if (download) return <Link href={href} download>{children}</Link>;
  return (
    <Link href={href} target="_blank" rel="noopener noreferrer" onClick={open}>
      {children}
    </Link>
  );
}
