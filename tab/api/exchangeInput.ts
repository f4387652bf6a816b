/** The bodies of the staff exchange's routes, validated before use, and the answers to its refusals. */
import { z } from 'zod';
import type { ExchangePlan, PlanError, PlanGap } from '../../shared/domain/exchange/plan';
import type { Language } from '../../shared/i18n/language';
import { t, type MessageKey } from '../../shared/i18n/translate';
import { typed } from '../../shared/validation/eventFields';
import { badRequest, conflict, forbidden } from './errors';
import type { ApiResponse } from './types';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const libraryId = z.string().min(1).max(64).regex(/^[a-z0-9-]+$/);
/** Euros as whole cents; 100 000 € is far above any visit. */
export const cents = z.number().int().min(0).max(100_000_00);

export const planBody = z
  .object({
    homeLibraryId: libraryId,
    hostLibraryId: libraryId.nullable().default(null),
    startsOn: date.nullable().default(null),
    endsOn: date.nullable().default(null),
    reciprocal: z.boolean().default(false),
    returnVisitor: typed(200),
    returnStartsOn: date.nullable().default(null),
    returnEndsOn: date.nullable().default(null),
    expectations: typed(2000),
    expertise: typed(300),
    languagePractice: z.boolean().default(false),
    supervisorName: typed(200),
    supervisorEmail: typed(254),
    hostContactName: typed(200),
    hostContactEmail: typed(254),
    travelEstimateCents: cents.default(0),
    stayEstimateCents: cents.default(0),
  })
  .strict();

export const writeBody = z.object({ plan: planBody, submit: z.boolean().default(false), version: z.number().int().positive().optional() }).strict();

export const planOf = (b: z.output<typeof planBody>): ExchangePlan => ({
  ...b,
  returnVisitor: b.returnVisitor ?? null,
  expectations: b.expectations ?? '',
  expertise: b.expertise ?? '',
  supervisorName: b.supervisorName ?? '',
  supervisorEmail: b.supervisorEmail ?? '',
  hostContactName: b.hostContactName ?? '',
  hostContactEmail: b.hostContactEmail ?? '',
});

export const stepBody = z.discriminatedUnion('step', [
  z.object({ step: z.enum(['confirm', 'withdraw', 'markReimbursed', 'submit']), recordingFor: z.enum(['supervisor', 'host']).optional(), version: z.number().int().positive().optional() }).strict(),
  z.object({ step: z.enum(['requestChanges', 'decline']), reason: z.string().max(1000), recordingFor: z.enum(['supervisor', 'host']).optional(), version: z.number().int().positive().optional() }).strict(),
  z.object({ step: z.literal('acceptAsHost'), mentorName: z.string().max(200), mentorEmail: z.string().email().max(254).nullable().optional(), recordingFor: z.enum(['host']).optional(), version: z.number().int().positive().optional() }).strict(),
  z.object({ step: z.literal('approveCosts'), grantedCents: cents, version: z.number().int().positive().optional() }).strict(),
]);

export const costsBody = z.object({ travelCents: cents, stayCents: cents }).strict();
export const feedbackBody = z.object({ direction: z.enum(['guestToHost', 'guestToUnit', 'hostToGuest']), rating: z.number().int().min(1).max(5), text: z.string().trim().min(1).max(2000) }).strict();
export const storyBody = z.object({ title: z.string().trim().min(1).max(120), text: z.string().trim().min(1).max(4000), publish: z.boolean() }).strict();
export const budgetBody = z.object({ amountCents: z.number().int().min(0).max(10_000_000_00) }).strict();
export const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }).strict();

export function planInvalid(lang: Language, errors: readonly PlanError[], gaps: readonly PlanGap[]): ApiResponse {
  return badRequest(lang, [...errors.map((e) => t(lang, `exchange.error.${e}` as MessageKey)), ...gaps.map((g) => t(lang, `exchange.gap.${g}` as MessageKey))]);
}

/** A refused step: 403 for a step that is not the caller's, 409 for one the application's state refuses. */
export function stepRefused(lang: Language, refusal: string): ApiResponse {
  const message = t(lang, `exchange.refusal.${refusal}` as MessageKey);
  return refusal === 'notYourTurn' ? forbidden(lang, message) : conflict(message);
}

export const exchangeForbidden = (lang: Language) => forbidden(lang, t(lang, 'exchange.notCoordinator'));
