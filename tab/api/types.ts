/**
 * The tab's JSON API as plain functions: a request in, a status and body out. The HTTP server in bot/http mounts
 * them, so the API carries no web framework and moves with the domain when the bot's SDK changes.
 */
import type { DelegatedAccess } from '../../shared/graph';
import type { Language } from '../../shared/i18n/language';
import type { Logger } from '../../shared/log/logger';
import type { EventSettings } from '../../shared/services/events';
import type { Store } from '../../shared/store/database';
import type { PersonRecord } from '../../shared/store/repositories/people';
import type { DevTokens } from './auth/devTokens';

export interface ApiRequest {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  lang: Language;
  /**
   * Who is calling, as the HTTP layer established it from a verified bearer token (auth/caller.ts); undefined
   * when nobody signed in.
   */
  caller: PersonRecord | undefined;
  /** The caller's verified Teams SSO token (not for developer sign-in): what the on-behalf-of flow exchanges. */
  ssoToken?: string;
}

export interface ApiResponse {
  status: number;
  /** JSON, unless `file` says it is a file's text. */
  body: unknown;
  /** A download (an .ics file): its media type and name. */
  file?: { contentType: string; name: string };
}

export interface ApiServices {
  store: Store;
  log: Logger;
  now: () => Date;
  /** Wakes the outbox worker after a commit, so the work that follows starts at once. */
  outbox: { kick(): void };
  events: EventSettings;
  /** Whether Graph credentials are configured, so Teams membership follows Kollega's. */
  teamsAutomation: boolean;
  /** Developer sign-in outside Teams: its token signer, only when TAB_DEV_SIGN_IN=true (never in production). */
  signIn: { devTokens?: DevTokens };
  /** Present when GRAPH_TOKEN_CACHE_KEY is set: a coordinator's tab sign-in lets Graph act in their calendar. */
  delegatedCalendar?: Pick<DelegatedAccess, 'grant'>;
}

export interface ApiRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** restify-style path, e.g. /api/networks/:id */
  path: string;
  handle(request: ApiRequest, services: ApiServices): Promise<ApiResponse>;
}
