/** What every mentoring route reads first: a signed-in caller, valid route params and a valid body. */
import { z } from 'zod';
import { validate } from '../../shared/validation/validate';
import type { Language } from '../../shared/i18n/language';
import { t } from '../../shared/i18n/translate';
import { badRequest, forbidden, unauthorized } from './errors';
import type { ApiRequest, ApiResponse, ApiServices } from './types';

/** A season's, group's, meeting's, theme's or person's id as it appears in a path or a body. */
export const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
export const byId = z.object({ id });

/** The answer to someone who is not the unit's coordinator trying to change its mentoring. */
export const mentoringForbidden = (lang: Language) => forbidden(lang, t(lang, 'mentoring.notCoordinator'));

export const mentoringContext = (services: ApiServices) => ({ db: services.store.db, now: services.now() });

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
