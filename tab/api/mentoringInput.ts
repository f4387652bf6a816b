/** Group mentoring's own refusal, beside the request reading every signed-in route shares (request.ts). */
import type { Language } from '../../shared/i18n/language';
import { t } from '../../shared/i18n/translate';
import { forbidden } from './errors';

/** The answer to someone who is not the unit's coordinator trying to change its mentoring. */
export const mentoringForbidden = (lang: Language) => forbidden(lang, t(lang, 'mentoring.notCoordinator'));
