/**
 * What a network publishes for its libraries, in the tab's API: the yearly reading challenge and the list of guides
 * and documents. Everyone signed in reads them; the network's coordinators write them.
 */
import { z } from 'zod';
import { writeGuide, guidesOf, removeGuide, type GuideResult } from '../../shared/services/guides';
import { challengesOf, writeChallenge } from '../../shared/services/readingChallenges';
import { notFound } from './errors';
import { byId, readRequest, serviceContext as context } from './request';
import { challengeBody, challengeInvalid, challengeParams, guideBody, guideInvalid, networkParams, notCoordinator } from './resourcesInput';
import type { ApiRequest, ApiResponse, ApiRoute } from './types';

export const challengesRoute: ApiRoute = {
  method: 'GET',
  path: '/api/networks/:id/challenges',
  async handle(request, services) {
    const input = readRequest(request, networkParams, z.unknown());
    if (!input.ok) return input.answer;
    const found = await challengesOf(context(services), request.caller!, input.params.id);
    return found ? { status: 200, body: { challenges: found.challenges, you: { coordinates: found.coordinates } } } : notFound(request.lang);
  },
};

export const writeChallengeRoute: ApiRoute = {
  method: 'PUT',
  path: '/api/networks/:id/challenges/:year',
  async handle(request, services) {
    const input = readRequest(request, challengeParams, challengeBody);
    if (!input.ok) return input.answer;
    const { title, intro, tasks, publish } = input.body;
    const result = await writeChallenge(context(services), { actor: request.caller!, networkId: input.params.id, draft: { year: input.params.year, title, intro, tasks }, publish });
    if (result.outcome === 'unknown') return notFound(request.lang);
    if (result.outcome === 'forbidden') return notCoordinator(request.lang);
    if (result.outcome === 'invalid') return challengeInvalid(request.lang, result.errors);
    return { status: 200, body: { challenge: result.challenge } };
  },
};

export const guidesRoute: ApiRoute = {
  method: 'GET',
  path: '/api/networks/:id/guides',
  async handle(request, services) {
    const input = readRequest(request, networkParams, z.unknown());
    if (!input.ok) return input.answer;
    const found = await guidesOf(context(services), request.caller!, input.params.id);
    return found ? { status: 200, body: { guides: found.guides, you: { coordinates: found.coordinates } } } : notFound(request.lang);
  },
};

function guideAnswer(request: ApiRequest, result: GuideResult, status: number): ApiResponse {
  if (result.outcome === 'unknown') return notFound(request.lang);
  if (result.outcome === 'forbidden') return notCoordinator(request.lang);
  if (result.outcome === 'invalid') return guideInvalid(request.lang, result.errors);
  return result.outcome === 'removed' ? { status: 204, body: null } : { status, body: { guide: result.guide } };
}

export const addGuideRoute: ApiRoute = {
  method: 'POST',
  path: '/api/networks/:id/guides',
  async handle(request, services) {
    const input = readRequest(request, networkParams, guideBody);
    if (!input.ok) return input.answer;
    return guideAnswer(request, await writeGuide(context(services), { actor: request.caller!, networkId: input.params.id, draft: input.body }), 201);
  },
};

export const changeGuideRoute: ApiRoute = {
  method: 'PUT',
  path: '/api/guides/:id',
  async handle(request, services) {
    const input = readRequest(request, byId, guideBody);
    if (!input.ok) return input.answer;
    return guideAnswer(request, await writeGuide(context(services), { actor: request.caller!, guideId: input.params.id, draft: input.body }), 200);
  },
};

export const removeGuideRoute: ApiRoute = {
  method: 'DELETE',
  path: '/api/guides/:id',
  async handle(request, services) {
    const input = readRequest(request, byId, z.unknown());
    if (!input.ok) return input.answer;
    return guideAnswer(request, await removeGuide(context(services), { actor: request.caller!, guideId: input.params.id }), 204);
  },
};
