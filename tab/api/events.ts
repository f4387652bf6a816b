/**
 * Events in the tab's API, reading: the caller's upcoming events, one event with the caller's own answer, its
 * book tips or practices, and the public .ics file (opened by a calendar, so its token stands in for a sign-in).
 */
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { eventIcs } from '../../shared/calendar/ics';
import { inLanguage } from '../../shared/domain/localized';
import { languages } from '../../shared/i18n/language';
import { standingFor } from '../../shared/services/eventAnswers';
import { upcomingEventsFor } from '../../shared/services/events';
import { coordinatedNetworks } from '../../shared/services/joining';
import { listContributions } from '../../shared/store/repositories/eventContributions';
import { getEvent, type EventRecord } from '../../shared/store/repositories/events';
import { validate } from '../../shared/validation/validate';
import { badRequest, notFound, unauthorized } from './errors';
import { contributionView, eventView } from './eventViews';
import type { ApiRequest, ApiResponse, ApiRoute, ApiServices } from './types';

export const eventParams = z.object({ id: z.uuid() });

/** The event the path names, for a signed-in caller; otherwise the answer to give instead. */
export async function eventOfRequest(request: ApiRequest, { store }: ApiServices): Promise<EventRecord | ApiResponse> {
  if (!request.caller) return unauthorized(request.lang);
  const params = validate(eventParams, request.params, request.lang);
  if (!params.ok) return badRequest(request.lang, params.problems);
  return (await getEvent(store.db, params.value.id)) ?? notFound(request.lang);
}

export const isEvent = (found: EventRecord | ApiResponse): found is EventRecord => 'networkId' in found;

/** An event as the caller sees it, with their answer and whether they may change it. */
export async function callerView(request: ApiRequest, services: ApiServices, event: EventRecord) {
  const caller = request.caller!;
  const [standing, coordinated] = await Promise.all([standingFor(services.store.db, event.id, caller.id), coordinatedNetworks(services.store.db, caller)]);
  return eventView(event, request.lang, { standing, canManage: coordinated.has(event.networkId), publicUrl: services.events.publicUrl });
}

export const listEventsRoute: ApiRoute = {
  method: 'GET',
  path: '/api/events',
  async handle(request, services) {
    if (!request.caller) return unauthorized(request.lang);
    const caller = request.caller;
    const { events, coordinated } = await upcomingEventsFor(services.store.db, caller, services.now());
    const views = await Promise.all(
      events.map(async (event) =>
        eventView(event, request.lang, {
          standing: await standingFor(services.store.db, event.id, caller.id),
          canManage: coordinated.has(event.networkId),
          publicUrl: services.events.publicUrl,
        }),
      ),
    );
    return { status: 200, body: { events: views } };
  },
};

export const getEventRoute: ApiRoute = {
  method: 'GET',
  path: '/api/events/:id',
  async handle(request, services) {
    const event = await eventOfRequest(request, services);
    if (!isEvent(event)) return event;
    return { status: 200, body: { event: await callerView(request, services, event) } };
  },
};

export const listContributionsRoute: ApiRoute = {
  method: 'GET',
  path: '/api/events/:id/contributions',
  async handle(request, services) {
    const event = await eventOfRequest(request, services);
    if (!isEvent(event)) return event;
    return { status: 200, body: { contributions: (await listContributions(services.store.db, event.id)).map(contributionView) } };
  },
};

const icsQuery = z.object({ token: z.string().min(1).max(64), lang: z.enum(languages).optional() });

export const eventIcsRoute: ApiRoute = {
  method: 'GET',
  path: '/api/events/:id/ics',
  async handle(request, { store }) {
    const params = validate(eventParams, request.params, request.lang);
    const query = validate(icsQuery, request.query, request.lang);
    if (!params.ok || !query.ok) return badRequest(request.lang, [...(params.ok ? [] : params.problems), ...(query.ok ? [] : query.problems)]);
    const event = await getEvent(store.db, params.value.id);
    // A wrong token answers as an unknown event does: the link tells nothing about events it does not name.
    if (!event || !sameToken(event.icsToken, query.value.token)) return notFound(request.lang);
    const lang = query.value.lang ?? request.lang;
    const ics = eventIcs({
      uid: `${event.id}@kollega`,
      sequence: event.version,
      title: inLanguage(event.title, lang),
      description: inLanguage(event.description, lang),
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      joinUrl: event.cancelled ? null : event.meeting.joinUrl,
      cancelled: event.cancelled,
      updatedAt: event.updatedAt,
    });
    return { status: 200, body: ics, file: { contentType: 'text/calendar; charset=utf-8', name: 'kollega-event.ics' } };
  },
};

function sameToken(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
