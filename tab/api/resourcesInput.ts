/** The bodies of the shared resources' routes, validated before use, and the answers to their refusals. */
import { z } from 'zod';
import type { BookingPeriod, PeriodError } from '../../shared/domain/resources/bookingPeriod';
import { MAX_DAYS_AHEAD, MAX_LOAN_DAYS } from '../../shared/domain/resources/bookingPeriod';
import type { GuideError } from '../../shared/domain/resources/guides';
import { FIRST_YEAR, MAX_TASKS, type ChallengeError } from '../../shared/domain/resources/readingChallenge';
import { formatDayRange, formatList } from '../../shared/i18n/format';
import type { StepRefusal } from '../../shared/services/gameBookings';
import type { Language } from '../../shared/i18n/language';
import { t, type MessageKey } from '../../shared/i18n/translate';
import { badRequest, conflict, forbidden } from './errors';
import type { ApiResponse } from './types';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const slug = z.string().min(1).max(64).regex(/^[a-z0-9-]+$/);
const version = z.number().int().positive();
const note = z.string().max(1000).nullable().optional().transform((v) => v?.trim() || null);

export const networkParams = z.object({ id: slug });
export const challengeParams = z.object({ id: slug, year: z.coerce.number().int().min(1900).max(2200) });
export const rangeQuery = z.object({ from: day.optional(), to: day.optional() }).strict();

const text = (max: number) => z.string().max(max).transform((v) => v.trim());
const localized = (max: number) => z.object({ fi: text(max), sv: text(max), en: text(max).default('') }).strict();
const bilingual = (max: number) => z.object({ fi: text(max), sv: text(max) }).strict();

export const gameBody = z
  .object({
    name: localized(120).refine((n) => n.fi && n.sv, { message: 'fi and sv are needed' }),
    description: localized(2000),
  })
  .strict();

export const bookingBody = z
  .object({ pickUpOn: day, returnOn: day, libraryId: slug, message: z.string().max(1000).nullable().optional().transform((v) => v?.trim() || null) })
  .strict();

export const bookingStepBody = z.discriminatedUnion('step', [
  z.object({ step: z.literal('confirm'), version }).strict(),
  z.object({ step: z.literal('decline'), version, reason: z.string().max(1000) }).strict(),
  z.object({ step: z.literal('cancel'), version, reason: note }).strict(),
  z.object({ step: z.literal('handOver'), version, note }).strict(),
  z.object({ step: z.literal('return'), version, condition: z.enum(['complete', 'missingParts', 'damaged']), note }).strict(),
]);

export const challengeBody = z
  .object({ title: bilingual(200), intro: bilingual(4000).default({ fi: '', sv: '' }), tasks: z.array(bilingual(1000)).max(MAX_TASKS * 2), publish: z.boolean() })
  .strict();

const edition = z.object({ url: z.string().max(2000), published: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).nullable().default(null) }).strict();
export const guideBody = z
  .object({ title: localized(200), editions: z.object({ fi: edition.optional(), sv: edition.optional(), en: edition.optional() }).strict() })
  .strict();

export function periodInvalid(lang: Language, errors: readonly (PeriodError | 'unknownLibrary')[]): ApiResponse {
  return badRequest(lang, errors.map((e) => t(lang, `resources.period.${e}` as MessageKey, { days: e === 'tooLong' ? MAX_LOAN_DAYS : MAX_DAYS_AHEAD })));
}

export function periodTaken(lang: Language, conflicts: readonly BookingPeriod[]): ApiResponse {
  const periods = formatList(conflicts.map((c) => formatDayRange(c.pickUpOn, c.returnOn, lang)), lang);
  return conflict(t(lang, 'resources.taken', { periods }));
}

/** A refused step: 403 for one that is not the caller's, 409 for one the booking's state refuses, 400 for a missing note. */
export function bookingRefused(lang: Language, refusal: StepRefusal): ApiResponse {
  const message = t(lang, `resources.refusal.${refusal}` as MessageKey);
  if (refusal === 'notYours') return forbidden(lang, message);
  if (refusal === 'noteRequired') return { status: 400, body: { error: { code: 'BadRequest', message } } };
  return conflict(message);
}

export const notCoordinator = (lang: Language) => forbidden(lang, t(lang, 'resources.notCoordinator'));

export const challengeInvalid = (lang: Language, errors: readonly ChallengeError[]) =>
  badRequest(lang, errors.map((e) => t(lang, `resources.challenge.${e}` as MessageKey, { max: MAX_TASKS, first: FIRST_YEAR })));

export const guideInvalid = (lang: Language, errors: readonly GuideError[]) => badRequest(lang, errors.map((e) => t(lang, `resources.guide.${e}` as MessageKey)));
