/** What the signed-in routes read first: a caller, valid route params and a valid body; and the services' context. */
import { z } from 'zod';
import { validate } from '../../shared/validation/validate';
import { badRequest, unauthorized } from './errors';
import type { ApiRequest, ApiResponse, ApiServices } from './types';

/** An id (a season's, group's, application's, person's) as it appears in a path or a body. */
export const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
export const byId = z.object({ id });

/** The store and the time of this request, as the shared services take them. */
export const serviceContext = (services: ApiServices) => ({ db: services.store.db, now: services.now() });

/** Signed in, with valid params and body: the values, or the answer that refuses them. */
export function readRequest<P extends z.ZodType, B extends z.ZodType>(
  request: ApiRequest,
  params: P,
  body: B,
): { ok: true; params: z.output<P>; body: z.output<B> } | { ok: false; answer: ApiResponse } {
  const lang = request.lang;
  if (!request.caller) return { ok: false, answer: unauthorized(lang) };
  const p = validate(params, request.params, lang);
  if (!p.ok) return { ok: false, answer: badRequest(lang, p.problems) };
  const b = validate(body, request.body ?? {}, lang);
  if (!b.ok) return { ok: false, answer: badRequest(lang, b.problems) };
  return { ok: true, params: p.value, body: b.value };
}
