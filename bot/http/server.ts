/**
 * The one HTTP server: the bot's /api/messages, the tab's JSON API, the tab's static files and health probes.
 * restify lives here and in nothing else but bot/, so a later move to another SDK changes one folder.
 */
import restify from 'restify';
import type { CloudAdapter } from 'botbuilder';
import { languageFromAcceptLanguage, languageOf } from '../../shared/i18n/language';
import { t } from '../../shared/i18n/translate';
import type { Logger } from '../../shared/log/logger';
import type { Store } from '../../shared/store/database';
import { isStoreUnavailable } from '../../shared/store/errors';
import { badRequestBody, storeUnavailable } from '../../tab/api/errors';
import { apiRoutes } from '../../tab/api/routes';
import type { CallerResolver } from '../../tab/api/auth/caller';
import type { ApiResponse, ApiRoute, ApiServices } from '../../tab/api/types';
import { checkInboundActivity } from '../activities/inbound';
import { readJsonBody } from './jsonBody';
import type { KollegaBot } from '../kollegaBot';
import { mountHealth } from './health';
import { mountTabStatic } from './tabStatic';

export interface ServerParts {
  adapter: CloudAdapter;
  bot: KollegaBot;
  store: Store;
  log: Logger;
  /** What the tab's API routes are given besides the store and the logger. */
  api: Omit<ApiServices, 'store' | 'log'>;
  /** Who a request's bearer token names (tab/api/auth). */
  callerOf: CallerResolver;
}

/** What a client is told to wait before sending again a request refused while the database was away. */
const RETRY_AFTER_SECONDS = 30;

/** Bot Framework activities are small; a card submit with long texts stays well below this. */
const maxBodyBytes = 256 * 1024;

export function createServer({ adapter, bot, store, log, api, callerOf }: ServerParts): restify.Server {
  const server = restify.createServer({
    name: 'kollega',
    handleUncaughtExceptions: false,
    // restify logs through our logger, so its lines are JSON like ours and pass the same redaction.
    // (@types/restify still types this as a bunyan logger; restify 11 itself uses pino.)
    log: log.child({ component: 'http' }) as unknown as restify.ServerOptions['log'],
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));

  // Schema first: a malformed activity is answered here and reaches neither the adapter nor the bot.
  server.post('/api/messages', readJsonBody(maxBodyBytes), async (req: restify.Request, res: restify.Response) => {
    const checked = checkInboundActivity(req.body);
    if (!checked.ok) {
      log.warn({ problems: checked.problems }, 'invalid activity rejected');
      const locale = req.body?.locale;
      const lang = typeof locale === 'string' ? languageOf(locale) : languageFromAcceptLanguage(req.headers['accept-language']);
      res.send(400, badRequestBody(lang, checked.problems));
      return;
    }
    // A turn that sent nothing is still acknowledged with 200: that too waits until its writes are on disk.
    await adapter.process(req, res, async (context) => {
      await bot.run(context);
      await store.durable();
    });
  });

  for (const route of apiRoutes) mountApiRoute(server, route, { store, log, ...api }, callerOf, maxBodyBytes);
  mountHealth(server, store, log);
  mountTabStatic(server);

  // Errors restify raises itself (bad JSON, too large, not found) answer in JSON and in the reader's language.
  server.on('restifyError', (req, res, err, callback) => {
    const lang = languageFromAcceptLanguage(req.headers['accept-language']);
    const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
    const message =
      status === 404 ? t(lang, 'error.notFound') : status >= 500 ? t(lang, 'error.generic') : t(lang, 'error.badRequest', { details: err.message });
    if (status >= 500) log.error({ err, path: req.path() }, 'request failed');
    err.toJSON = () => ({ error: { code: err.name?.replace(/Error$/, '') || 'Error', message } });
    return callback();
  });
  return server;
}

function mountApiRoute(server: restify.Server, route: ApiRoute, services: ApiServices, callerOf: CallerResolver, maxBodyBytes: number): void {
  const method = ({ GET: 'get', POST: 'post', PUT: 'put', PATCH: 'patch', DELETE: 'del' } as const)[route.method];
  const body = route.method === 'GET' || route.method === 'DELETE' ? [] : [readJsonBody(maxBodyBytes)];
  server[method](route.path, ...body, async (req: restify.Request, res: restify.Response) => {
    const lang = languageFromAcceptLanguage(req.headers['accept-language']);
    let result: ApiResponse;
    try {
      const caller = await callerOf(req.headers.authorization);
      const request = { params: { ...(req.params ?? {}) }, query: { ...(req.query ?? {}) }, body: req.body, lang, caller: caller?.person, ssoToken: caller?.ssoToken };
      result = await route.handle(request, services);
      await services.store.durable();
    } catch (err) {
      if (!isStoreUnavailable(err)) throw err;
      // Not a bug but an outage: the reader learns nothing was saved and may send the same again shortly.
      services.log.warn({ err, path: route.path }, 'database unavailable; request refused');
      result = storeUnavailable(lang);
      res.header('retry-after', String(RETRY_AFTER_SECONDS));
    }
    res.header('content-language', lang);
    if (result.file && typeof result.body === 'string') {
      // A file (an .ics) goes out as it is, not through restify's JSON formatter.
      // The plain name for old clients, the UTF-8 one (RFC 6266) for names with å, ä and ö.
      const ascii = result.file.name.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '');
      const disposition = `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(result.file.name)}`;
      res.writeHead(result.status, { 'content-type': result.file.contentType, 'content-disposition': disposition, 'cache-control': 'no-store' });
      res.end(result.body);
      return;
    }
    res.send(result.status, result.body);
  });
}
