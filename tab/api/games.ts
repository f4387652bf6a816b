/**
 * A network's escape-room games in the tab's API: the calendars and bookings a caller may see, booking a period,
 * each step of a booking, and the coordinators' adding and describing of games. The services decide and audit; a
 * refusal answers in the caller's language and changes nothing.
 */
import { z } from 'zod';
import type { BookingEvent } from '../../shared/domain/resources/gameBooking';
import { t } from '../../shared/i18n/translate';
import { bookGame, takeBookingStep } from '../../shared/services/gameBookings';
import { bookingView, defaultRange, gamesView, MAX_RANGE_DAYS, validRange } from '../../shared/services/gameViews';
import { writeGame } from '../../shared/services/games';
import { coordinatedNetworks } from '../../shared/services/joining';
import type { BookingRecord, GameRecord } from '../../shared/store/repositories/games';
import { validate } from '../../shared/validation/validate';
import { badRequest, forbidden, notFound } from './errors';
import { byId, readRequest, serviceContext as context } from './request';
import { bookingBody, bookingRefused, bookingStepBody, gameBody, networkParams, notCoordinator, periodInvalid, periodTaken, rangeQuery } from './resourcesInput';
import type { ApiRequest, ApiResponse, ApiRoute, ApiServices } from './types';

export const gamesRoute: ApiRoute = {
  method: 'GET',
  path: '/api/networks/:id/games',
  async handle(request, services) {
    const input = readRequest(request, networkParams, z.unknown());
    if (!input.ok) return input.answer;
    const query = validate(rangeQuery, request.query ?? {}, request.lang);
    if (!query.ok) return badRequest(request.lang, query.problems);
    const ctx = context(services);
    const range = { ...defaultRange(ctx.now), ...query.value };
    if (!validRange(range)) return badRequest(request.lang, [t(request.lang, 'resources.range.invalid', { days: MAX_RANGE_DAYS })]);
    const view = await gamesView(ctx.db, request.caller!, input.params.id, range, ctx.now);
    return view ? { status: 200, body: view } : notFound(request.lang);
  },
};

async function saveGame(request: ApiRequest, services: ApiServices, target: { networkId?: string; gameId?: string }, status: number): Promise<ApiResponse> {
  const input = readRequest(request, target.networkId ? networkParams : byId, gameBody);
  if (!input.ok) return input.answer;
  const result = await writeGame(context(services), { actor: request.caller!, ...target, ...input.body });
  if (result.outcome === 'unknown') return notFound(request.lang);
  if (result.outcome === 'forbidden') return notCoordinator(request.lang);
  const now = services.now();
  const view = await gamesView(services.store.db, request.caller!, result.game.networkId, defaultRange(now), now);
  return { status, body: { game: view!.games.find((g) => g.id === result.game.id) } };
}

export const addGameRoute: ApiRoute = {
  method: 'POST',
  path: '/api/networks/:id/games',
  handle: (request, services) => saveGame(request, services, { networkId: String(request.params.id ?? '') }, 201),
};

export const changeGameRoute: ApiRoute = {
  method: 'PUT',
  path: '/api/games/:id',
  handle: (request, services) => saveGame(request, services, { gameId: String(request.params.id ?? '') }, 200),
};

/** A booking made or moved on: the outbox wakes for the messages that follow; the caller gets it as they may see it. */
async function changedBooking(request: ApiRequest, services: ApiServices, changed: { booking: BookingRecord; game: GameRecord }, status: number): Promise<ApiResponse> {
  services.outbox.kick();
  const coordinator = (await coordinatedNetworks(services.store.db, request.caller!)).has(changed.game.networkId);
  return { status, body: { booking: await bookingView(services.store.db, request.caller!, changed.booking, { networkId: changed.game.networkId, coordinator }) } };
}

export const bookGameRoute: ApiRoute = {
  method: 'POST',
  path: '/api/games/:id/bookings',
  async handle(request, services) {
    const input = readRequest(request, byId, bookingBody);
    if (!input.ok) return input.answer;
    const lang = request.lang;
    const b = input.body;
    const result = await bookGame(context(services), { actor: request.caller!, gameId: input.params.id, period: { pickUpOn: b.pickUpOn, returnOn: b.returnOn }, libraryId: b.libraryId, message: b.message });
    switch (result.outcome) {
      case 'unknown': return notFound(lang);
      case 'forbidden': return forbidden(lang, t(lang, 'resources.notMember'));
      case 'invalid': return periodInvalid(lang, result.errors);
      case 'taken': return periodTaken(lang, result.conflicts);
    }
    return changedBooking(request, services, result, 201);
  },
};

export const bookingStepRoute: ApiRoute = {
  method: 'POST',
  path: '/api/bookings/:id/steps',
  async handle(request, services) {
    const input = readRequest(request, byId, bookingStepBody);
    if (!input.ok) return input.answer;
    const b = input.body;
    const event: BookingEvent =
      b.step === 'decline' ? { type: 'decline', reason: b.reason }
      : b.step === 'cancel' ? { type: 'cancel', reason: b.reason }
      : b.step === 'handOver' ? { type: 'handOver', note: b.note }
      : b.step === 'return' ? { type: 'return', condition: b.condition, note: b.note }
      : { type: 'confirm' };
    const result = await takeBookingStep(context(services), { actor: request.caller!, bookingId: input.params.id, version: b.version, event });
    if (result.outcome === 'unknown') return notFound(request.lang);
    if (result.outcome === 'refused') return bookingRefused(request.lang, result.refusal);
    return changedBooking(request, services, result, 200);
  },
};
