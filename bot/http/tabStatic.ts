/** The tab's static files under /tab/ (the Teams tab's content URL); / leads there. */
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
      setHeaders: (res) => res.setHeader('X-Content-Type-Options', 'nosniff'),
    }),
  );
}
