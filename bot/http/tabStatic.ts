/** The tab's static files under /tab/ (the Teams tab's content URL); / leads there. */
import path from 'node:path';
import restify from 'restify';
import { tabStaticDir } from '../../shared/config/paths';

export function mountTabStatic(server: restify.Server): void {
  server.get('/', (_req, res, next) => {
    res.redirect(302, '/tab/', next);
  });
  server.get(
    '/tab/*',
    restify.plugins.serveStaticFiles(tabStaticDir, {
      maxAge: 0,
      setHeaders: (res, file) => {
        res.setHeader('X-Content-Type-Options', 'nosniff');
        // Built assets carry their content's hash in the name: a browser may keep them; index.html it asks for anew.
        if (file.includes(`${path.sep}assets${path.sep}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
}
