/**
 * Start-up: are we inside Teams? teams-js's initialize never settles outside a Teams host, so it races a short
 * timer; inside Teams the context gives the language, theme and frame, outside the URL query does.
 */
import type { app } from '@microsoft/teams-js';
import { languageOf } from './language';
import { openedSectionOf } from '../resources/openedSection';
import { pageOf, type Host } from './host';
import { loadTeamsSdk, mayBeInTeams, type TeamsSdk } from './teamsSdk';
import { themeOfQuery, themeOfTeams } from './themes';

const teamsTimeoutMs = 2000;

function timeout(ms: number): Promise<'timeout'> {
  return new Promise((resolve) => setTimeout(() => resolve('timeout'), ms));
}

async function teamsContext(): Promise<{ sdk: TeamsSdk; context: app.Context } | null> {
  if (!mayBeInTeams()) return null;
  try {
    const sdk = await loadTeamsSdk();
    const started = await Promise.race([sdk.app.initialize().then(() => 'ready' as const), timeout(teamsTimeoutMs)]);
    return started === 'ready' ? { sdk, context: await sdk.app.getContext() } : null;
  } catch {
    return null;
  }
}

export async function detectHost(): Promise<Host> {
  const query = new URLSearchParams(window.location.search);
  const teams = await teamsContext();
  if (!teams) {
    return {
      inTeams: false,
      lang: languageOf(query.get('lang') ?? navigator.language),
      theme: themeOfQuery(query.get('theme')),
      ...pageOf(query),
      opened: openedSectionOf(query.get('open')),
    };
  }
  const { sdk, context } = teams;
  // Teams hides a tab behind its loading indicator (when the manifest asks for one) until the app says it is up.
  sdk.app.notifySuccess().catch(() => undefined);
  return {
    inTeams: true,
    lang: languageOf(context.app.locale),
    theme: themeOfTeams(context.app.theme),
    ...pageOf(query, context.page.frameContext),
    opened: openedSectionOf(context.page.subPageId ?? query.get('open')),
    teamsToken: () => sdk.authentication.getAuthToken(),
    onThemeChange: (handler) => sdk.app.registerOnThemeChangeHandler((theme) => handler(themeOfTeams(theme))),
  };
}
