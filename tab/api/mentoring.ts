/**
 * Group mentoring in the tab's API, changing: a coordinator opens a season, creates groups and places people;
 * anyone signed in applies to a group; a coordinator decides, the applicant may withdraw. The service decides
 * and audits; a refusal answers in the caller's language and changes nothing.
 */
import { z } from 'zod';
import type { Language } from '../../shared/i18n/language';
import { t } from '../../shared/i18n/translate';
import { ordinals, weekdays } from '../../shared/domain/mentoring/monthlySeries';
import { applyToGroup, createGroup, decideOnApplication, groupView, openSeason } from '../../shared/services/mentoring';
import { changeMeeting, planSeries } from '../../shared/services/mentoringSeries';
import { getGroup } from '../../shared/store/repositories/mentoring';
import { typed } from '../../shared/validation/eventFields';
import { offerCalendarAccess } from './calendarAccess';
import { mentoringForbidden } from './mentoringInput';
import { byId, id, readRequest, serviceContext } from './request';
import { badRequest, conflict, forbidden, notFound } from './errors';
import type { ApiRequest, ApiResponse, ApiRoute, ApiServices } from './types';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const seasonBody = z.object({ unitId: id, nameFi: typed(120), nameSv: typed(120), nameEn: typed(120), startsOn: date, endsOn: date }).strict();
const groupBody = z
  .object({
    networkId: id.nullable().optional(),
    nameFi: typed(120), nameSv: typed(120), nameEn: typed(120),
    focusFi: typed(500), focusSv: typed(500), focusEn: typed(500),
    capacity: z.number().int().min(1).max(100).nullable().optional(),
    mentorIds: z.array(id).max(5).default([]),
    memberIds: z.array(id).max(100).default([]),
  })
  .strict();
const applyBody = z.object({ message: typed(1000) }).strict();
const decisionBody = z.object({ decision: z.enum(['accept', 'decline']), reason: typed(500) }).strict();

const ctx = serviceContext;

const texts = (fi: string | undefined, sv: string | undefined, en: string | undefined) => (fi && sv ? { fi, sv, en: en ?? null } : undefined);

export const openSeasonRoute: ApiRoute = {
  method: 'POST',
  path: '/api/mentoring/seasons',
  async handle(request, services) {
    const lang = request.lang;
    const input = readRequest(request, z.object({}), seasonBody);
    if (!input.ok) return input.answer;
    const b = input.body;
    const name = texts(b.nameFi, b.nameSv, b.nameEn);
    if (!name) return badRequest(lang, [t(lang, 'mentoring.group.nameRequired')]);
    const result = await openSeason(ctx(services), { actor: request.caller!, unitId: b.unitId, name, startsOn: b.startsOn, endsOn: b.endsOn });
    if (result.outcome === 'unknownUnit') return badRequest(lang, [t(lang, 'mentoring.unknownUnit')]);
    if (result.outcome === 'forbidden') return mentoringForbidden(lang);
    if (result.outcome === 'invalid') return badRequest(lang, result.problems.map((p) => t(lang, `mentoring.season.${p}`)));
    return { status: 201, body: { season: result.season } };
  },
};

export const createGroupRoute: ApiRoute = {
  method: 'POST',
  path: '/api/mentoring/seasons/:id/groups',
  async handle(request, services) {
    const lang = request.lang;
    const input = readRequest(request, byId, groupBody);
    if (!input.ok) return input.answer;
    const b = input.body;
    const name = texts(b.nameFi, b.nameSv, b.nameEn);
    const focus = texts(b.focusFi, b.focusSv, b.focusEn);
    if (!name || !focus) return badRequest(lang, [t(lang, 'mentoring.group.nameRequired')]);
    const result = await createGroup(ctx(services), {
      actor: request.caller!, seasonId: input.params.id, networkId: b.networkId ?? null, name, focus, capacity: b.capacity ?? null, mentorIds: b.mentorIds, memberIds: b.memberIds,
    });
    if (result.outcome === 'unknownSeason') return notFound(lang);
    if (result.outcome === 'forbidden') return mentoringForbidden(lang);
    if (result.outcome === 'invalid') return badRequest(lang, result.problems.map((p) => t(lang, `mentoring.group.${p}`)));
    return { status: 201, body: { group: result.group } };
  },
};

export const applyRoute: ApiRoute = {
  method: 'POST',
  path: '/api/mentoring/groups/:id/applications',
  async handle(request, services) {
    const lang = request.lang;
    const input = readRequest(request, byId, applyBody);
    if (!input.ok) return input.answer;
    const result = await applyToGroup(ctx(services), { person: request.caller!, groupId: input.params.id, message: input.body.message ?? null });
    if (result.outcome === 'unknown') return notFound(lang);
    if (result.outcome === 'refused') return conflict(t(lang, `mentoring.application.${result.refusal}`));
    return { status: result.outcome === 'created' ? 201 : 200, body: { application: result.application } };
  },
};

async function decide(request: ApiRequest, services: ApiServices, event: Parameters<typeof decideOnApplication>[1]['event'], applicationId: string): Promise<ApiResponse> {
  const lang = request.lang;
  const result = await decideOnApplication(ctx(services), { actor: request.caller!, applicationId, event });
  if (result.outcome === 'unknown') return notFound(lang);
  if (result.outcome === 'refused') {
    const message = t(lang, `mentoring.application.${result.refusal}`);
    return result.refusal === 'forbidden' ? forbidden(lang, message) : conflict(message);
  }
  return { status: 200, body: { application: result.application } };
}

export const decideApplicationRoute: ApiRoute = {
  method: 'POST',
  path: '/api/mentoring/applications/:id/decision',
  async handle(request, services) {
    const input = readRequest(request, byId, decisionBody);
    if (!input.ok) return input.answer;
    const event = input.body.decision === 'accept' ? { type: 'accept' as const } : { type: 'decline' as const, reason: input.body.reason };
    return decide(request, services, event, input.params.id);
  },
};

export const withdrawApplicationRoute: ApiRoute = {
  method: 'POST',
  path: '/api/mentoring/applications/:id/withdraw',
  async handle(request, services) {
    const input = readRequest(request, byId, z.object({}).strict());
    if (!input.ok) return input.answer;
    return decide(request, services, { type: 'withdraw' }, input.params.id);
  },
};

const seriesBody = z
  .object({ weekday: z.enum(weekdays), ordinal: z.enum(ordinals), startTime: z.string().max(5), endTime: z.string().max(5) })
  .strict();

export const planSeriesRoute: ApiRoute = {
  method: 'POST',
  path: '/api/mentoring/groups/:id/series',
  async handle(request, services) {
    const lang = request.lang;
    const input = readRequest(request, byId, seriesBody);
    if (!input.ok) return input.answer;
    const context = { ...ctx(services), meetingAutomation: services.events.meetingAutomation, graphTenantId: services.events.graphTenantId };
    // Only a coordinator's token is worth exchanging; planSeries checks the rights again and audits a refusal.
    const group = await getGroup(services.store.db, input.params.id);
    if (group && (await groupView(services.store.db, request.caller!, group)).coordinates) await offerCalendarAccess(request, services);
    const result = await planSeries(context, { actor: request.caller!, groupId: input.params.id, rule: input.body });
    if (result.outcome === 'unknown') return notFound(lang);
    if (result.outcome === 'forbidden') return mentoringForbidden(lang);
    if (result.outcome === 'alreadyPlanned') return conflict(t(lang, 'mentoring.series.alreadyPlanned'));
    if (result.outcome === 'invalid') return badRequest(lang, result.problems.map((p) => t(lang, `mentoring.series.${p}`)));
    services.outbox.kick();
    return { status: 201, body: { meetings: result.meetings, teamsMeeting: result.teamsMeeting } };
  },
};

async function changeMeetingAnswer(request: ApiRequest, services: ApiServices, meetingId: string, change: Parameters<typeof changeMeeting>[1]['change']): Promise<ApiResponse> {
  const lang = request.lang;
  const result = await changeMeeting(ctx(services), { actor: request.caller!, meetingId, change });
  if (result.outcome === 'unknown') return notFound(lang);
  if (result.outcome === 'forbidden') return mentoringForbidden(lang);
  if (result.outcome === 'over') return conflict(t(lang, 'mentoring.meeting.over'));
  if (result.outcome === 'invalid') return badRequest(lang, result.problems.map((p) => t(lang, `mentoring.series.${p}`)));
  services.outbox.kick();
  return { status: 200, body: { meeting: result.meeting } };
}

export const moveMeetingRoute: ApiRoute = {
  method: 'PUT',
  path: '/api/mentoring/meetings/:id',
  async handle(request, services) {
    const input = readRequest(request, byId, z.object({ date, startTime: z.string().max(5), endTime: z.string().max(5) }).strict());
    if (!input.ok) return input.answer;
    return changeMeetingAnswer(request, services, input.params.id, { kind: 'move', ...input.body });
  },
};

export const cancelMeetingRoute: ApiRoute = {
  method: 'POST',
  path: '/api/mentoring/meetings/:id/cancel',
  async handle(request, services) {
    const input = readRequest(request, byId, z.object({}).strict());
    if (!input.ok) return input.answer;
    return changeMeetingAnswer(request, services, input.params.id, { kind: 'cancel' });
  },
};
