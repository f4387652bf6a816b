// A minimal Microsoft Graph + Entra ID token endpoint for the bench, inside the Kollega child: no server, no
// socket. It is passed to startKollega as graphTransport (msal-node's networkClient and the Graph client's
// fetch), so nothing of Graph or Entra ever leaves the process. It answers what msal-node asks (the authority's
// OpenID metadata, the client-credentials token) and the calendar calls of shared/graph/calendarGraph.ts, and
// counts every request by kind, keeping the time of each attendees PATCH. Anything else is answered 404 and
// listed as unexpected. (test/fixtures/graphEmulator.ts is the strict emulator the tests use; it is TypeScript
// over HTTPS and checks bodies against Graph's metadata, which a benchmark does not need.)
import { randomBytes, randomUUID } from 'node:crypto';

/**
 * Loopback and a port nothing listens on: should a request ever bypass the injected transports, it goes to
 * 127.0.0.1 and is refused there, never to a real host.
 */
export const STAND_IN_URL = 'https://127.0.0.1:9';

export function createGraphStandIn({ tenantId, clientId = randomUUID(), clientSecret = randomBytes(12).toString('hex') }) {
  const base = STAND_IN_URL;
  const tokens = new Set();
  const counts = {};
  const unexpected = [];
  /** One entry per attendees PATCH: when it arrived (ms since the epoch), for which meeting, how many attendees. */
  const attendeePatches = [];
  const events = new Map();

  const count = (kind) => (counts[kind] = (counts[kind] ?? 0) + 1);
  const strange = (what) => {
    count('unexpected');
    if (unexpected.length < 50) unexpected.push(what);
  };

  // msal-node's network module: GET the authority's metadata, POST the token request (a form).
  function authority(method, url, form) {
    const u = new URL(url);
    if (u.origin !== base) {
      strange(`msal ${method} ${url}`);
      return { status: 404, body: { error: 'not_found' } };
    }
    if (method === 'GET' && u.pathname === `/${tenantId}/v2.0/.well-known/openid-configuration`) {
      count('GET openid-configuration');
      const t = `${base}/${tenantId}`;
      return { status: 200, body: { issuer: `${t}/v2.0`, token_endpoint: `${t}/oauth2/v2.0/token`, authorization_endpoint: `${t}/oauth2/v2.0/authorize`, end_session_endpoint: `${t}/oauth2/v2.0/logout`, jwks_uri: `${t}/discovery/v2.0/keys` } };
    }
    if (method === 'POST' && u.pathname === `/${tenantId}/oauth2/v2.0/token`) {
      count('POST token');
      if (form.get('grant_type') !== 'client_credentials' || form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret) {
        strange(`token request refused: ${form.get('grant_type')} ${form.get('client_id')}`);
        return { status: 401, body: { error: 'invalid_client', error_description: 'bench stand-in' } };
      }
      const token = randomBytes(24).toString('base64url');
      tokens.add(token);
      return { status: 200, body: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: token } };
    }
    strange(`msal ${method} ${u.pathname}`);
    return { status: 404, body: { error: 'not_found' } };
  }

  const msalNetworkClient = {
    sendGetRequestAsync: async (url) => ({ ...authority('GET', url, new URLSearchParams()), headers: { 'content-type': 'application/json' } }),
    sendPostRequestAsync: async (url, options) => ({ ...authority('POST', url, new URLSearchParams(options?.body ?? '')), headers: { 'content-type': 'application/json' } }),
  };

  const graphError = (status, code, message) => ({ status, body: { error: { code, message, innerError: { 'request-id': randomUUID() } } } });

  /** The calendar calls Kollega makes (shared/graph/calendarGraph.ts). */
  function graph(method, path, body) {
    let m;
    if (method === 'POST' && (m = /^\/v1\.0\/users\/([^/]+)\/events$/.exec(path))) {
      count('POST /users/{id}/events');
      const organizer = decodeURIComponent(m[1]);
      const earlier = [...events.values()].find((e) => e.organizer === organizer && body?.transactionId && e.transactionId === body.transactionId);
      const event = earlier ?? { id: `AAMkA${randomBytes(66).toString('base64url')}=`, organizer, transactionId: body?.transactionId, attendees: 0 };
      events.set(event.id, event);
      const thread = `19:meeting_${randomBytes(36).toString('base64url')}@thread.v2`;
      event.joinUrl ??= `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(thread)}/0?context=${encodeURIComponent(JSON.stringify({ Tid: tenantId, Oid: organizer }))}`;
      return { status: 201, body: { id: event.id, subject: body?.subject, isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness', onlineMeeting: { joinUrl: event.joinUrl } } };
    }
    if ((m = /^\/v1\.0\/users\/([^/]+)\/events\/([^/]+)(\/cancel)?$/.exec(path))) {
      const event = events.get(decodeURIComponent(m[2]));
      const cancel = Boolean(m[3]);
      const kind = cancel ? `${method} /users/{id}/events/{id}/cancel` : method === 'PATCH' && Array.isArray(body?.attendees) ? 'PATCH /users/{id}/events/{id} (attendees)' : `${method} /users/{id}/events/{id}`;
      if (cancel ? method !== 'POST' : method !== 'GET' && method !== 'PATCH') {
        strange(`${method} ${path}`);
        return graphError(405, 'MethodNotAllowed', `${method} ${path}`);
      }
      count(kind);
      if (!event) return graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
      if (cancel) return { status: 202 };
      if (method === 'PATCH' && Array.isArray(body?.attendees)) {
        event.attendees = body.attendees.length;
        attendeePatches.push({ t: Date.now(), eventId: event.id, attendees: body.attendees.length });
      }
      return { status: 200, body: { id: event.id, onlineMeeting: { joinUrl: event.joinUrl } } };
    }
    strange(`${method} ${path}`);
    return graphError(404, 'NotFound', `no stand-in route for ${method} ${path}`);
  }

  /** The Graph client's fetch (it passes the URL as a string and a plain init with a string body). */
  async function fetchImpl(input, init = {}) {
    const url = new URL(typeof input === 'string' ? input : input.url);
    const method = (init.method ?? 'GET').toUpperCase();
    let answer;
    if (url.origin !== base) {
      strange(`fetch ${method} ${url.href}`);
      throw new TypeError(`bench Graph stand-in: refused ${url.href} (only ${base})`);
    }
    const token = /^Bearer (.+)$/.exec(new Headers(init.headers ?? {}).get('authorization') ?? '')?.[1];
    if (!token || !tokens.has(token)) {
      strange(`${method} ${url.pathname} without a token it issued`);
      answer = graphError(401, 'InvalidAuthenticationToken', 'missing or unknown bearer token');
    } else {
      let body;
      try {
        body = typeof init.body === 'string' && init.body ? JSON.parse(init.body) : undefined;
      } catch {
        body = undefined;
      }
      answer = graph(method, url.pathname, body);
    }
    const headers = answer.body === undefined ? {} : { 'content-type': 'application/json' };
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), { status: answer.status, headers });
  }

  return {
    /** Environment for loadConfig: Graph configured, pointing here. */
    env: { GRAPH_TENANT_ID: tenantId, GRAPH_CLIENT_ID: clientId, GRAPH_CLIENT_SECRET: clientSecret, GRAPH_BASE_URL: base, GRAPH_AUTHORITY_HOST: base },
    /** startKollega's options.graphTransport. */
    transport: { msalNetworkClient, fetch: fetchImpl },
    stats: () => ({ counts: { ...counts }, unexpected: [...unexpected], attendeePatches: [...attendeePatches] }),
  };
}
