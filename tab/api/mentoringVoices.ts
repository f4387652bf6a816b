/**
 * Themes, votes, questions and feedback of a support group in the tab's API. Only the group's people take part
 * and see inside; the mentor or a coordinator fixes a meeting's theme; feedback is given once. Each refusal is
 * answered in the caller's language and changes nothing.
 */
import { z } from 'zod';
import type { Language } from '../../shared/i18n/language';
import { t } from '../../shared/i18n/translate';
import { addTheme, askQuestion, giveFeedback, questionsOf, setMeetingTheme, themesOf, voteForTheme } from '../../shared/services/mentoringVoices';
import { badRequest, conflict, forbidden, notFound } from './errors';
import { byId, id, readRequest, serviceContext } from './request';
import type { ApiResponse, ApiRoute } from './types';

const ctx = serviceContext;

/** The refusals that are about who the caller is answer 403; the others (the thing's state) 409. */
const NOT_ALLOWED = new Set(['notMember', 'notLeader']);
function refused(lang: Language, area: 'theme' | 'question' | 'feedback', refusal: string): ApiResponse {
  const message = t(lang, `mentoring.${area}.${refusal}` as Parameters<typeof t>[1]);
  if (NOT_ALLOWED.has(refusal)) return forbidden(lang, message);
  if (['empty', 'tooLong', 'outOfScale'].includes(refusal)) return badRequest(lang, [message]);
  return conflict(message);
}

export const listThemesRoute: ApiRoute = {
  method: 'GET',
  path: '/api/mentoring/groups/:id/themes',
  async handle(request, services) {
    const input = readRequest(request, byId, z.object({}));
    if (!input.ok) return input.answer;
    const result = await themesOf(ctx(services), request.caller!, input.params.id);
    if (result.outcome === 'unknown') return notFound(request.lang);
    if (result.outcome === 'forbidden') return forbidden(request.lang, t(request.lang, 'mentoring.insideOnly'));
    return { status: 200, body: { themes: result.themes } };
  },
};

export const addThemeRoute: ApiRoute = {
  method: 'POST',
  path: '/api/mentoring/groups/:id/themes',
  async handle(request, services) {
    const input = readRequest(request, byId, z.object({ title: z.string().max(1000) }).strict());
    if (!input.ok) return input.answer;
    const result = await addTheme(ctx(services), { person: request.caller!, groupId: input.params.id, title: input.body.title });
    if (result.outcome === 'unknown') return notFound(request.lang);
    if (result.outcome === 'refused') return refused(request.lang, 'theme', result.refusal);
    return { status: 201, body: { theme: result.theme } };
  },
};

export const voteRoute: ApiRoute = {
  method: 'PUT',
  path: '/api/mentoring/themes/:id/vote',
  async handle(request, services) {
    const input = readRequest(request, byId, z.object({ vote: z.boolean() }).strict());
    if (!input.ok) return input.answer;
    const result = await voteForTheme(ctx(services), { person: request.caller!, themeId: input.params.id, vote: input.body.vote });
    if (result.outcome === 'unknown') return notFound(request.lang);
    if (result.outcome === 'refused') return refused(request.lang, 'theme', result.refusal);
    return { status: 200, body: { theme: result.theme } };
  },
};

export const meetingThemeRoute: ApiRoute = {
  method: 'PUT',
  path: '/api/mentoring/meetings/:id/theme',
  async handle(request, services) {
    const input = readRequest(request, byId, z.object({ themeId: id }).strict());
    if (!input.ok) return input.answer;
    const result = await setMeetingTheme(ctx(services), { person: request.caller!, meetingId: input.params.id, themeId: input.body.themeId });
    if (result.outcome === 'unknown') return notFound(request.lang);
    if (result.outcome === 'refused') return refused(request.lang, 'theme', result.refusal);
    return { status: 200, body: { fixed: input.body.themeId } };
  },
};

export const askQuestionRoute: ApiRoute = {
  method: 'POST',
  path: '/api/mentoring/meetings/:id/questions',
  async handle(request, services) {
    const input = readRequest(request, byId, z.object({ text: z.string().max(4000), anonymous: z.boolean().default(false) }).strict());
    if (!input.ok) return input.answer;
    const result = await askQuestion(ctx(services), { person: request.caller!, meetingId: input.params.id, ...input.body });
    if (result.outcome === 'unknown') return notFound(request.lang);
    if (result.outcome === 'refused') return refused(request.lang, 'question', result.refusal);
    return { status: 201, body: { asked: true } };
  },
};

export const listQuestionsRoute: ApiRoute = {
  method: 'GET',
  path: '/api/mentoring/meetings/:id/questions',
  async handle(request, services) {
    const input = readRequest(request, byId, z.object({}));
    if (!input.ok) return input.answer;
    const result = await questionsOf(ctx(services), request.caller!, input.params.id);
    if (result.outcome === 'unknown') return notFound(request.lang);
    if (result.outcome === 'forbidden') return forbidden(request.lang, t(request.lang, 'mentoring.insideOnly'));
    return { status: 200, body: { questions: result.questions } };
  },
};

export const feedbackRoute: ApiRoute = {
  method: 'POST',
  path: '/api/mentoring/meetings/:id/feedback',
  async handle(request, services) {
    const input = readRequest(request, byId, z.object({ usefulness: z.number(), wellbeing: z.number(), comment: z.string().max(4000).default('') }).strict());
    if (!input.ok) return input.answer;
    const result = await giveFeedback(ctx(services), { person: request.caller!, meetingId: input.params.id, answer: input.body });
    if (result.outcome === 'unknown') return notFound(request.lang);
    if (result.outcome === 'refused') return refused(request.lang, 'feedback', result.refusal);
    return { status: 201, body: { given: true } };
  },
};
