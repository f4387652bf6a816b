// A local stand-in for the Bot Framework connector, in its own process so its work is shared fairly by every
// bot under test. It answers the routes the bots call and counts them (GET /_stats).
import http from 'node:http';
import { reportListening } from './child.mjs';

const counts = {};
let nextId = 1;
// Elina as Teams' member API tells her (no e-mail, as in test/support/joiningWorld.ts).
const member = JSON.parse(process.env.STUB_MEMBER ?? '{}');

function answer(method, path) {
  if (method === 'GET' && path === '/_stats') return [200, counts];
  if (method === 'POST' && /^\/v3\/conversations\/[^/]+\/activities(\/[^/]+)?$/.test(path)) return [201, { id: `stub-${nextId++}` }];
  if (method === 'PUT' && /^\/v3\/conversations\/[^/]+\/activities\/[^/]+$/.test(path)) return [200, { id: path.split('/').pop() }];
  if (method === 'GET' && /^\/v3\/conversations\/[^/]+\/members\/[^/]+$/.test(path)) return [200, member];
  if (method === 'POST' && path === '/v3/conversations') return [200, { id: `a:stub-${nextId++}`, activityId: `stub-${nextId++}` }];
  return [404, { error: { code: 'NotFound', message: `no stub route for ${method} ${path}` } }];
}

const server = http.createServer((req, res) => {
  req.resume(); // bodies are not needed, only drained
  req.on('end', () => {
    const path = new URL(req.url ?? '/', 'http://stub').pathname.replace(/\/{2,}/g, '/');
    const [status, body] = answer(req.method, path);
    if (path !== '/_stats') {
      const key = `${req.method} ${status}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => reportListening(server));
