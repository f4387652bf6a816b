// The connector stand-in of the RSVP scenario, in its own process like connector-stub.mjs, with what that one
// does not need: the team's roster (Teams' paged member API, with e-mail addresses, which Kollega reads for the
// meeting's attendees) and the time of every request, per conversation, so the parent can count card updates
// in any 150 ms window. GET /_stats: counts by method, kind and status; GET /_log?since=<ms>: the requests.
import http from 'node:http';
import { reportListening } from './child.mjs';
import { TENANT, rosterEmail, rsvpCrowd, tiina } from './activities.mjs';

const crowd = rsvpCrowd(Number(process.env.STUB_ROSTER_SIZE ?? 0));
const member = (who, email) => ({ id: who.id, name: who.name, aadObjectId: who.aadObjectId, email, userPrincipalName: email, tenantId: TENANT, userRole: 'user' });
// Tiina as Teams tells her (no e-mail, as in test/support/joiningWorld.ts), then the crowd with theirs.
const roster = [member(tiina, undefined), ...crowd.map((who) => member(who, rosterEmail(who)))];
const byId = new Map(roster.map((m) => [m.id, m]));

const counts = {};
const log = [];
let nextId = 1;

function answer(method, path, query) {
  let m;
  if (method === 'POST' && path === '/v3/conversations') return ['create conversation', undefined, 200, { id: `a:stub-${nextId++}`, activityId: `stub-${nextId++}` }];
  if (method === 'POST' && (m = /^\/v3\/conversations\/([^/]+)\/activities(\/[^/]+)?$/.exec(path))) return ['send', m[1], 201, { id: `stub-${nextId++}` }];
  if (method === 'PUT' && (m = /^\/v3\/conversations\/([^/]+)\/activities\/([^/]+)$/.exec(path))) return ['update', m[1], 200, { id: decodeURIComponent(m[2]) }];
  if (method === 'GET' && (m = /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/.exec(path))) {
    const found = byId.get(decodeURIComponent(m[2]));
    return found ? ['member', m[1], 200, found] : ['member', m[1], 404, { error: { code: 'MemberNotFoundInConversation', message: 'The member could not be found in the conversation.' } }];
  }
  if (method === 'GET' && (m = /^\/v3\/conversations\/([^/]+)\/members$/.exec(path))) return ['members', m[1], 200, roster];
  if (method === 'GET' && (m = /^\/v3\/conversations\/([^/]+)\/pagedmembers$/.exec(path))) {
    // Real paging: pageSize and an opaque continuation token (here the next offset).
    const size = Math.max(1, Number(query.get('pageSize')) || 50);
    const start = Number(query.get('continuationToken')) || 0;
    const page = roster.slice(start, start + size);
    return ['paged members', m[1], 200, start + size < roster.length ? { members: page, continuationToken: String(start + size) } : { members: page }];
  }
  return ['unknown', undefined, 404, { error: { code: 'NotFound', message: `no stub route for ${method} ${path}` } }];
}

const server = http.createServer((req, res) => {
  req.resume(); // bodies are not needed, only drained
  req.on('end', () => {
    const url = new URL(req.url ?? '/', 'http://stub');
    const path = url.pathname.replace(/\/{2,}/g, '/');
    let status;
    let body;
    if (req.method === 'GET' && path === '/_stats') [status, body] = [200, counts];
    else if (req.method === 'GET' && path === '/_log') {
      const since = Number(url.searchParams.get('since') ?? 0);
      [status, body] = [200, log.filter((r) => r.t >= since)];
    } else {
      const t = Date.now();
      let kind;
      let conversation;
      [kind, conversation, status, body] = answer(req.method, path, url.searchParams);
      const key = `${req.method} ${kind} ${status}`;
      counts[key] = (counts[key] ?? 0) + 1;
      log.push({ t, method: req.method, kind, conversationId: conversation && decodeURIComponent(conversation), status });
    }
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => reportListening(server));
