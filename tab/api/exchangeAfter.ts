/** After the visit, in the tab's API: feedback in its three directions, the guest's story, and the published stories. */
import { z } from 'zod';
import { giveFeedback, writeStory, type AfterResult } from '../../shared/services/exchangeAfter';
import { exchangeView } from '../../shared/services/exchangeViews';
import { listPublishedStories } from '../../shared/store/repositories/exchangeAfter';
import { libraryById } from '../../shared/services/exchangeViews';
import { feedbackBody, stepRefused, storyBody } from './exchangeInput';
import { byId, readRequest, serviceContext as context } from './request';
import { notFound } from './errors';
import type { ApiRequest, ApiResponse, ApiRoute, ApiServices } from './types';

async function answer(request: ApiRequest, services: ApiServices, id: string, result: AfterResult): Promise<ApiResponse> {
  if (result.outcome === 'unknown') return notFound(request.lang);
  if (result.outcome === 'refused') return stepRefused(request.lang, result.refusal);
  const ctx = context(services);
  return { status: 200, body: { application: await exchangeView(ctx.db, request.caller!, id, ctx.now) } };
}

export const exchangeFeedbackRoute: ApiRoute = {
  method: 'POST',
  path: '/api/exchange/applications/:id/feedback',
  async handle(request, services) {
    const input = readRequest(request, byId, feedbackBody);
    if (!input.ok) return input.answer;
    const result = await giveFeedback(context(services), { actor: request.caller!, applicationId: input.params.id, ...input.body });
    return answer(request, services, input.params.id, result);
  },
};

export const exchangeStoryRoute: ApiRoute = {
  method: 'PUT',
  path: '/api/exchange/applications/:id/story',
  async handle(request, services) {
    const input = readRequest(request, byId, storyBody);
    if (!input.ok) return input.answer;
    const result = await writeStory(context(services), { actor: request.caller!, applicationId: input.params.id, ...input.body });
    return answer(request, services, input.params.id, result);
  },
};

/** Stories the guests agreed to publish, for anyone signed in to read. */
export const exchangeStoriesRoute: ApiRoute = {
  method: 'GET',
  path: '/api/exchange/stories',
  async handle(request, services) {
    const input = readRequest(request, z.object({}), z.unknown());
    if (!input.ok) return input.answer;
    const stories = await listPublishedStories(services.store.db, 50);
    return { status: 200, body: { stories: stories.map((s) => ({ ...s, homeLibrary: libraryById(s.homeLibraryId), hostLibrary: libraryById(s.hostLibraryId) })) } };
  },
};
