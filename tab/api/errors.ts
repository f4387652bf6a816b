/** Error bodies every route answers with: a stable code for programs, a message in the reader's language. */
import type { Language } from '../../shared/i18n/language';
import { t } from '../../shared/i18n/translate';
import type { ApiResponse } from './types';

export function notFound(lang: Language): ApiResponse {
  return { status: 404, body: { error: { code: 'NotFound', message: t(lang, 'error.notFound') } } };
}

export function badRequest(lang: Language, problems: readonly string[]): ApiResponse {
  const details = problems.join('; ');
  return { status: 400, body: { error: { code: 'BadRequest', message: t(lang, 'error.badRequest', { details }) } } };
}
