/**
 * teams-js, loaded only where a Teams host can be: as soon as it is imported it fetches its list of valid
 * origins from Microsoft's CDN, which a plain browser page (developer sign-in) has no reason to do.
 */
export type TeamsSdk = typeof import('@microsoft/teams-js');

let sdk: TeamsSdk | null = null;

/** Teams runs a tab in a frame (web, desktop), a pop-up (authentication) or a webview with nativeInterface (mobile). */
export function mayBeInTeams(): boolean {
  return window.parent !== window || !!window.opener || 'nativeInterface' in window;
}

export async function loadTeamsSdk(): Promise<TeamsSdk> {
  sdk ??= await import('@microsoft/teams-js');
  return sdk;
}

/** The SDK once Teams has answered initialize; null outside Teams. */
export function initializedTeamsSdk(): TeamsSdk | null {
  return sdk && sdk.app.isInitialized() ? sdk : null;
}
