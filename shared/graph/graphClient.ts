/**
 * Builds the real Microsoft Graph client with an msal-node client-credentials token provider.
 * Production passes only GraphSettings; tests add GraphTransportOptions so that msal and the client reach
 * a local HTTPS emulator that uses a test certificate.
 */
import { AuthError, ConfidentialClientApplication, ServerError, type INetworkModule } from '@azure/msal-node';
import {
  AuthenticationHandler,
  AuthenticationHandlerOptions,
  Client,
  HTTPMessageHandler,
  ResponseType,
  RetryHandler,
  RetryHandlerOptions,
  TelemetryHandler,
  type AuthenticationProvider,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import { errorFromThrown, GraphError, NETWORK_FAILURE_STATUS, parseRetryAfter } from './graphError';

export const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com';
export const DEFAULT_AUTHORITY_HOST = 'https://login.microsoftonline.com';

export interface GraphSettings {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** Default https://graph.microsoft.com (no version suffix). */
  baseUrl?: string;
  /** Default https://login.microsoftonline.com. */
  authorityHost?: string;
}

export type FetchLike = (input: Context['request'], init?: Context['options']) => Promise<Response>;

export interface GraphTransportOptions {
  /** Tests only: msal's HTTP client (production: msal's own). */
  msalNetworkClient?: INetworkModule;
  /** Tests only: replaces global fetch for Graph calls (production: the client's HTTPMessageHandler). */
  fetch?: FetchLike;
  /**
   * Bounded in-request retry of 429/503/504: at most `maxRetries` (default 1), and only when the answer
   * carries a Retry-After of at most `maxRetryAfterMs` (default 2000). Everything else goes to the caller.
   */
  retry?: { maxRetries?: number; maxRetryAfterMs?: number };
}

export interface GraphAnswer {
  status: number;
  ok: boolean;
  /** The JSON answer (or its text, when it is not JSON). */
  body: unknown;
  retryAfter: string | null;
}

export interface GraphConnection {
  client: Client;
  /** Graph origin, e.g. https://graph.microsoft.com; used in `@odata.bind` URLs. */
  baseUrl: string;
  /** Gets (or reuses the cached) token, turning msal failures into GraphError before a request is sent. */
  ensureToken(): Promise<void>;
  /**
   * One request; every HTTP answer is returned, and GraphError thrown only when none came. `asUser` is a
   * delegated token (the on-behalf-of flow) used instead of the application's own.
   */
  request(what: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, extra?: { query?: Record<string, string>; body?: unknown; asUser?: string }): Promise<GraphAnswer>;
}

/** Final middleware for tests: the same job as HTTPMessageHandler with an injected fetch. */
class InjectedFetchHandler implements Middleware {
  constructor(private readonly fetchImpl: FetchLike) {}
  async execute(context: Context): Promise<void> {
    context.response = await this.fetchImpl(context.request, context.options);
  }
}

const OAUTH_RETRY_CODES = new Set(['temporarily_unavailable', 'server_error']);
const MSAL_NETWORK_CODES = new Set(['network_error', 'endpoints_resolution_error', 'no_network_connectivity']);

/** An msal failure as a GraphError: transient when Entra ID could not be reached or failed on its side. */
export function tokenError(thrown: unknown): GraphError {
  if (thrown instanceof GraphError) return thrown;
  // OAuth's own "try again" codes come without an HTTP status in msal's error.
  if (thrown instanceof ServerError && ((thrown.status ?? 0) >= 500 || OAUTH_RETRY_CODES.has(thrown.errorCode))) {
    return new GraphError(`token request failed: ${thrown.errorCode}`, { status: thrown.status ?? 503, code: thrown.errorCode, transient: true });
  }
  if (thrown instanceof AuthError && MSAL_NETWORK_CODES.has(thrown.errorCode)) {
    return new GraphError(`token request failed: ${thrown.message}`, { status: NETWORK_FAILURE_STATUS, code: thrown.errorCode });
  }
  // Wrong secret, unknown client or tenant: retrying will not help.
  const code = thrown instanceof AuthError ? thrown.errorCode : undefined;
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return new GraphError(`token request failed: ${message}`, { status: 401, code, transient: false });
}

export function connectGraph(settings: GraphSettings, options: GraphTransportOptions = {}): GraphConnection {
  const baseUrl = (settings.baseUrl ?? DEFAULT_GRAPH_BASE_URL).replace(/\/+$/, '');
  const authorityHost = (settings.authorityHost ?? DEFAULT_AUTHORITY_HOST).replace(/\/+$/, '');
  const scopes = [`${baseUrl}/.default`];

  const msal = new ConfidentialClientApplication({
    auth: {
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
      authority: `${authorityHost}/${settings.tenantId}`,
      // A non-Microsoft authority (the emulator) must be declared, else msal asks Microsoft's instance discovery.
      knownAuthorities: authorityHost === DEFAULT_AUTHORITY_HOST ? [] : [new URL(authorityHost).host],
    },
    system: options.msalNetworkClient ? { networkClient: options.msalNetworkClient } : {},
  });

  // msal keeps client-credential tokens in its in-memory cache and renews them before expiry.
  const authProvider: AuthenticationProvider = {
    async getAccessToken(): Promise<string> {
      let result;
      try {
        result = await msal.acquireTokenByClientCredential({ scopes });
      } catch (thrown) {
        throw tokenError(thrown);
      }
      if (!result?.accessToken) throw new GraphError('token request returned no token', { status: 401, transient: false });
      return result.accessToken;
    },
  };

  const maxRetryAfterMs = options.retry?.maxRetryAfterMs ?? 2000;
  const retry = new RetryHandler(
    new RetryHandlerOptions(0, options.retry?.maxRetries ?? 1, (_delay, _attempt, _request, _options, response) => {
      // Only a short, explicit Retry-After is waited for here; a long wait belongs to the outbox, not a held job.
      const after = parseRetryAfter(response.headers.get('Retry-After'));
      return after !== undefined && after <= maxRetryAfterMs;
    }),
  );
  const transport: Middleware = options.fetch ? new InjectedFetchHandler(options.fetch) : new HTTPMessageHandler();
  // No RedirectHandler: none of our calls redirect, and a followed redirect could leave the Graph host.
  const middleware = [new AuthenticationHandler(authProvider), retry, new TelemetryHandler(), transport];

  const host = new URL(baseUrl).hostname;
  const client = Client.initWithMiddleware({
    middleware,
    baseUrl,
    defaultVersion: 'v1.0',
    // The client sends the bearer token only to Graph hosts or declared custom hosts.
    customHosts: host === new URL(DEFAULT_GRAPH_BASE_URL).hostname ? undefined : new Set([host]),
  });

  async function ensureToken(): Promise<void> {
    await authProvider.getAccessToken();
  }

  return {
    client,
    baseUrl,
    ensureToken,
    async request(what, method, path, extra = {}) {
      let request = client.api(path).responseType(ResponseType.RAW);
      if (extra.asUser !== undefined) {
        const delegated = extra.asUser;
        request = request.middlewareOptions([new AuthenticationHandlerOptions({ getAccessToken: async () => delegated })]);
      } else {
        await ensureToken();
      }
      if (extra.query) request = request.query(extra.query);
      let response: Response;
      try {
        response =
          method === 'GET' ? await request.get()
          : method === 'POST' ? await request.post(extra.body)
          : method === 'PATCH' ? await request.patch(extra.body)
          : await request.delete();
      } catch (thrown) {
        throw errorFromThrown(what, thrown);
      }
      const text = await response.text();
      let body: unknown = undefined;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
      return { status: response.status, ok: response.ok, body, retryAfter: response.headers.get('Retry-After') };
    },
  };
}
