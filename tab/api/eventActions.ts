/**
 * Events in the tab's API, changing: a coordinator plans, changes and cancels; anyone signed in answers and
 * adds a book tip or a practice. The same services as the bot's cards decide, so the rules and the audit are
 * one; a refusal answers with the reason in the caller's language and changes nothing.
 */
import { z } from 'zod';
import { readContribution } from '../../shared/domain/contributions';
import { eventKinds, rsvpAnswers, type PlanProblem } from '../../shared/domain/events';
import { inLanguage } from '../../shared/domain/localized';
import type { Language } from '../../shared/i18n/language';
import { t } from '../../shared/i18n/translate';
import { readDraft, type DraftProblem } from '../../shared/services/eventDrafts';
import { answer, contribute } from '../../shared/services/eventAnswers';
import { cancelEvent, changeEvent, createEvent, mayManage, type EventsContext, type ManageResult } from '../../shared/services/events';
import { getNetwork } from '../../shared/store/repositories/catalog';
import { bookTipFields, eventPlanFields, practiceFields, typed } from '../../shared/validation/eventFields';
import { validate } from '../../shared/validation/validate';
import { badRequest, conflict, forbidden, notFound, unauthorized } from './errors';
import { offerCalendarAccess } from './calendarAccess';
import { callerView, eventOfRequest, isEvent } from './events';
import type { ApiRequest, ApiResponse, ApiRoute, ApiServices } from './types';

const networkParams = z.object({ id: z.string().min(1).max(64).regex(/^[a-z0-9-]+$/) });
const createBody = z.object({ kind: z.enum(eventKinds), ...eventPlanFields }).strict();
const changeBody = z.object(eventPlanFields).strict();
const cancelBody = z.object({ reason: typed(500) }).strict();
const rsvpBody = z.object({ answer: z.enum(rsvpAnswers) }).strict();
const contributionBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('bookTip'), ...bookTipFields }).strict(),
  z.object({ kind: z.literal('practice'), ...practiceFields }).strict(),
]);

function context(services: ApiServices): EventsContext {
  return { db: services.store.db, now: services.now(), ...services.events };
}

function problemTexts(lang: Language, problems: readonly (DraftProblem | PlanProblem)[], confirmed = 0): string[] {
  return problems.map((p) => t(lang, `event.problem.${p}`, { count: confirmed }));
}

/** What a service decided, as an HTTP answer; `ok` is the status of success. */
async function manageAnswer(request: ApiRequest, services: ApiServices, result: ManageResult, ok: number): Promise<ApiResponse> {
  const lang = request.lang;
  switch (result.outcome) {
    case 'unknown':
      return notFound(lang);
    case 'forbidden':
      return forbidden(lang, result.network ? t(lang, 'event.forbidden', { network: inLanguage(result.network.name, lang) }) : t(lang, 'event.notCoordinator'));
    case 'invalid':
      return badRequest(lang, problemTexts(lang, result.problems));
    case 'cancelled':
      return conflict(t(lang, 'event.alreadyCancelled'));
    default:
      services.outbox.kick();
      return { status: ok, body: { event: await callerView(request, services, result.event) } };
  }
}

/** Rights before anything else about the event (and before a token exchange): the refusal, or undefined. */
async function unlessManager(request: ApiRequest, services: ApiServices, ctx: EventsContext, event: { id: string; networkId: string }, action: 'change' | 'cancel'): Promise<ApiResponse | undefined> {
  if (await mayManage(ctx, request.caller!, event.networkId, action, event.id)) return undefined;
  return manageAnswer(request, services, { outcome: 'forbidden', network: await getNetwork(ctx.db, event.networkId) }, 200);
}

export const createEventRoute: ApiRoute = {
  method: 'POST',
  path: '/api/networks/:id/events',
  async handle(request, services) {
    const lang = request.lang;
    if (!request.caller) return unauthorized(lang);
    const params = validate(networkParams, request.params, lang);
    if (!params.ok) return badRequest(lang, params.problems);
    const body = validate(createBody, request.body, lang);
    if (!body.ok) return badRequest(lang, body.problems);
    const network = await getNetwork(services.store.db, params.value.id);
    if (!network) return notFound(lang);
    const ctx = context(services);
    // Rights before the plan's sense: someone who may not plan learns nothing from a bad plan's problems.
    if (!(await mayManage(ctx, request.caller, network.id, 'create', network.id))) return manageAnswer(request, services, { outcome: 'forbidden', network }, 201);
    const draft = readDraft(body.value);
    if (!draft.ok) return badRequest(lang, problemTexts(lang, draft.problems));
    await offerCalendarAccess(request, services);
    const result = await createEvent(ctx, { actor: request.caller, networkId: network.id, kind: body.value.kind, draft: draft.draft });
    return manageAnswer(request, services, result, 201);
  },
};

export const changeEventRoute: ApiRoute = {
  method: 'PUT',
  path: '/api/events/:id',
  async handle(request, services) {
    const event = await eventOfRequest(request, services);
    if (!isEvent(event)) return event;
    const body = validate(changeBody, request.body, request.lang);
    if (!body.ok) return badRequest(request.lang, body.problems);
    const ctx = context(services);
    const refused = await unlessManager(request, services, ctx, event, 'change');
    if (refused) return refused;
    const draft = readDraft(body.value);
    if (!draft.ok) return badRequest(request.lang, problemTexts(request.lang, draft.problems));
    await offerCalendarAccess(request, services);
    const result = await changeEvent(ctx, { actor: request.caller!, eventId: event.id, draft: draft.draft });
    if (result.outcome === 'invalid') return badRequest(request.lang, problemTexts(request.lang, result.problems, event.counts.confirmed));
    return manageAnswer(request, services, result, 200);
  },
};

export const cancelEventRoute: ApiRoute = {
  method: 'POST',
  path: '/api/events/:id/cancel',
  async handle(request, services) {
    const event = await eventOfRequest(request, services);
    if (!isEvent(event)) return event;
    const body = validate(cancelBody, request.body ?? {}, request.lang);
    if (!body.ok) return badRequest(request.lang, body.problems);
    const ctx = context(services);
    const refused = await unlessManager(request, services, ctx, event, 'cancel');
    if (refused) return refused;
    await offerCalendarAccess(request, services);
    const result = await cancelEvent(ctx, { actor: request.caller!, eventId: event.id, reason: body.value.reason ?? null });
    return manageAnswer(request, services, result, 200);
  },
};

export const answerEventRoute: ApiRoute = {
  method: 'PUT',
  path: '/api/events/:id/rsvp',
  async handle(request, services) {
    const event = await eventOfRequest(request, services);
    if (!isEvent(event)) return event;
    const body = validate(rsvpBody, request.body, request.lang);
    if (!body.ok) return badRequest(request.lang, body.problems);
    const result = await answer({ db: services.store.db, now: services.now() }, { person: request.caller!, eventId: event.id, answer: body.value.answer });
    if (result.outcome === 'unknown') return notFound(request.lang);
    if (result.outcome === 'refused') return conflict(t(request.lang, `event.answer.refused.${result.refusal}`));
    services.outbox.kick();
    return { status: 200, body: { event: await callerView(request, services, result.event) } };
  },
};

export const addContributionRoute: ApiRoute = {
  method: 'POST',
  path: '/api/events/:id/contributions',
  async handle(request, services) {
    const lang = request.lang;
    const event = await eventOfRequest(request, services);
    if (!isEvent(event)) return event;
    const body = validate(contributionBody, request.body, lang);
    if (!body.ok) return badRequest(lang, body.problems);
    const contribution = readContribution(body.value);
    if (contribution === 'required') return badRequest(lang, [t(lang, 'event.form.required')]);
    if (contribution === 'badIsbn') return badRequest(lang, [t(lang, 'event.contribution.badIsbn')]);
    const result = await contribute({ db: services.store.db, now: services.now() }, { person: request.caller!, eventId: event.id, contribution, fromNetworkTeam: false });
    if (result.outcome === 'unknown') return notFound(lang);
    if (result.outcome === 'refused') {
      const message = t(lang, `event.contribution.${result.reason}`);
      return result.reason === 'notMember' ? forbidden(lang, message) : conflict(message);
    }
    services.outbox.kick();
    return { status: result.outcome === 'added' ? 201 : 200, body: { event: await callerView(request, services, result.event) } };
  },
};
