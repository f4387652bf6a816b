/**
 * Reads a request's JSON body (an activity, an API call's input): JSON only, at most `maxBytes`. restify's
 * bodyParser does more (forms, gzip, Content-MD5) through a deprecated Buffer constructor on every chunk; Kollega
 * needs none of it. A body that is not JSON, too large or malformed is answered in the sender's language and goes
 * no further.
 */
import type { Request, RequestHandler, Response } from 'restify';
import { languageFromAcceptLanguage } from '../../shared/i18n/language';
import { t, type MessageKey } from '../../shared/i18n/translate';

const json = /^application\/json\s*(;|$)/i;

export function readJsonBody(maxBytes: number): RequestHandler {
  return (req: Request, res: Response, next) => {
    const refuse = (status: number, key: MessageKey) => {
      const lang = languageFromAcceptLanguage(req.headers['accept-language']);
      res.send(status, { error: { code: status === 415 ? 'UnsupportedMediaType' : status === 413 ? 'PayloadTooLarge' : 'BadRequest', message: t(lang, 'error.badRequest', { details: t(lang, key) }) } });
      next(false);
    };
    // A POST with no body at all (leave a network, withdraw a request) has nothing to parse.
    if (req.headers['content-length'] === '0' && !req.headers['content-type']) {
      req.body = undefined;
      return next();
    }
    if (!json.test(req.headers['content-type'] ?? '')) return refuse(415, 'error.body.notJson');
    const declared = Number(req.headers['content-length']);
    if (declared > maxBytes) return refuse(413, 'error.body.tooLarge');
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > maxBytes) {
        done = true;
        refuse(413, 'error.body.tooLarge');
        req.resume(); // drain what is still coming, without keeping it
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      try {
        req.body = JSON.parse(Buffer.concat(chunks, size).toString('utf8'));
      } catch {
        return refuse(400, 'error.body.malformed');
      }
      next();
    });
    // The client went away: there is nobody to answer.
    req.on('error', () => {
      if (done) return;
      done = true;
      next(false);
    });
  };
}
