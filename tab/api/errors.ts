/** Error bodies every route answers with: a stable code for programs, a message in the reader's language. */
import type { Language } from '../../shared/i18n/language';
import { t } from '../../shared/i18n/translate';
import type { ApiResponse } from './types';

export function notFound(lang: Language): ApiResponse {
  return { status: 404, body: { error: { code: 'NotFound', message: t(lang, 'error.notFound') } } };
}

export function badRequestBody(lang: Language, problems: readonly string[]) {
  return { error: { code: 'BadRequest', message: t(lang, 'error.badRequest', { details: problems.join('; ') }) } };
}

export function badRequest(lang: Language, problems: readonly string[]): ApiResponse {
  return { status: 400, body: badRequestBody(lang, problems) };
}

export function unauthorized(lang: Language): ApiResponse {
  return { status: 401, body: { error: { code: 'Unauthorized', message: t(lang, 'error.signInRequired') } } };
}

export function forbidden(lang: Language, message = t(lang, 'coord.notCoordinator')): ApiResponse {
  return { status: 403, body: { error: { code: 'Forbidden', message } } };
}

/** The request is fine but the thing's state refuses it (a cancelled event, answers closed). */
export function conflict(message: string): ApiResponse {
  return { status: 409, body: { error: { code: 'Conflict', message } } };
}

/** The database is away (restarting, cut off): nothing was saved and the same request may be sent again. */
export function storeUnavailable(lang: Language): ApiResponse {
  return { status: 503, body: { error: { code: 'Unavailable', message: t(lang, 'error.storeUnavailable') } } };
}
