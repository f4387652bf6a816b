/**
 * Who is in a support group, changed by a coordinator: people Kollega knows found by name or e-mail and placed
 * (or taken out), and someone new added by e-mail. The service checks the rights and the group's size.
 */
import { z } from 'zod';
import type { Language } from '../../shared/i18n/language';
import { t } from '../../shared/i18n/translate';
import type { MentoringPeopleFound } from '../../shared/api/tabContract';
import { findPeopleToPlace, placeInGroup, type PlaceResult } from '../../shared/services/mentoring';
import { badRequest, conflict, notFound } from './errors';
import { mentoringForbidden } from './mentoringInput';
import { byId, id, readRequest, serviceContext as ctx } from './request';
import type { ApiResponse, ApiRoute } from './types';

const placeBody = z.object({ role: z.enum(['mentor', 'member']).nullable() }).strict();

function placed(lang: Language, result: PlaceResult, role: 'mentor' | 'member' | null): ApiResponse {
  if (result.outcome === 'unknown') return notFound(lang);
  if (result.outcome === 'forbidden') return mentoringForbidden(lang);
  if (result.outcome === 'full') return conflict(t(lang, 'mentoring.group.full'));
  return { status: 200, body: { personId: result.personId, placed: role } };
}

export const placeInGroupRoute: ApiRoute = {
  method: 'PUT',
  path: '/api/mentoring/groups/:id/people/:personId',
  async handle(request, services) {
    const input = readRequest(request, z.object({ id, personId: id }), placeBody);
    if (!input.ok) return input.answer;
    const result = await placeInGroup(ctx(services), { actor: request.caller!, groupId: input.params.id, who: { personId: input.params.personId }, role: input.body.role });
    return placed(request.lang, result, input.body.role);
  },
};

const byEmailBody = z.object({ email: z.email().max(254), name: z.string().trim().min(1).max(120), role: z.enum(['mentor', 'member']) }).strict();

/** Someone not (yet) among the people Kollega knows: added by e-mail, invited to the series by that address. */
export const addByEmailRoute: ApiRoute = {
  method: 'POST',
  path: '/api/mentoring/groups/:id/people',
  async handle(request, services) {
    const lang = request.lang;
    // The two mistakes a person makes here get their own words, not the schema's.
    const typed = z.object({ email: z.unknown(), name: z.unknown() }).safeParse(request.body);
    if (typed.success && !z.email().safeParse(typed.data.email).success) return badRequest(lang, [t(lang, 'mentoring.people.badEmail')]);
    if (typed.success && !z.string().trim().min(1).safeParse(typed.data.name).success) return badRequest(lang, [t(lang, 'mentoring.people.nameRequired')]);
    const input = readRequest(request, byId, byEmailBody);
    if (!input.ok) return input.answer;
    const { email, name, role } = input.body;
    const result = await placeInGroup(ctx(services), { actor: request.caller!, groupId: input.params.id, who: { email, name }, role });
    return placed(lang, result, role);
  },
};

export const findPeopleRoute: ApiRoute = {
  method: 'GET',
  path: '/api/mentoring/people',
  async handle(request, services) {
    const input = readRequest(request, z.object({}), z.unknown());
    if (!input.ok) return input.answer;
    const query = z.string().trim().min(2).max(100).safeParse(request.query.q);
    if (!query.success) return badRequest(request.lang, [t(request.lang, 'mentoring.people.searchTooShort')]);
    const result = await findPeopleToPlace(ctx(services), request.caller!, query.data);
    if (result.outcome === 'forbidden') return mentoringForbidden(request.lang);
    const body: MentoringPeopleFound = { people: result.people.map((p) => ({ id: p.id, name: p.displayName ?? p.email ?? '', email: p.email, library: p.library })) };
    return { status: 200, body };
  },
};
