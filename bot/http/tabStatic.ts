/** The tab's static files under /tab/ (the Teams tab's content URL); / leads there. */
import fs from 'node:fs';
import path from 'node:path';
import restify from 'restify';
import { tabStaticDir } from '../../shared/config/paths';

const assetsDir = path.join(tabStaticDir, 'assets');
const types: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };
// Built assets carry their content's hash in the name: a browser may keep them; index.html it asks for anew.
const immutable = 'public, max-age=31536000, immutable';

export function mountTabStatic(server: restify.Server): void {
  server.get('/', (_req, res, next) => {
    res.redirect(302, '/tab/', next);
  });
  server.get(
    '/tab/*',
    sendPrecompressed,
    restify.plugins.serveStaticFiles(tabStaticDir, {
      maxAge: 0,
      setHeaders: (res, file) => {
        res.setHeader('X-Content-Type-Options', 'nosniff');
        if (file.includes(`${path.sep}assets${path.sep}`)) res.setHeader('Cache-Control', immutable);
      },
    }),
  );
}

/**
 * A script or style sheet as the build gzipped it (tab/web/precompress.mjs), to a browser that takes gzip; any
 * other request goes on to the plain files.
 */
function sendPrecompressed(req: restify.Request, res: restify.Response, next: restify.Next): void {
  if (!req.path().startsWith('/tab/assets/')) return next();
  const name = path.basename(req.path());
  const type = types[path.extname(name)];
  const gzipped = path.join(assetsDir, `${name}.gz`);
  if (!type || !/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) || !fs.existsSync(gzipped)) return next();
  res.writeHead(200, {
    'content-type': type,
    'content-encoding': 'gzip',
    'content-length': fs.statSync(gzipped).size,
    'cache-control': immutable,
    vary: 'Accept-Encoding',
    'x-content-type-options': 'nosniff',
  });
  fs.createReadStream(gzipped).pipe(res);
  next(false);
}
