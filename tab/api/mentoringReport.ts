/**
 * After a meeting: the mentor records notes and attendance. After the season: the coordinators' report per group,
 * as JSON for the tab and as a CSV file for the unit's yearly report (comments without names).
 */
import { z } from 'zod';
import type { MentoringReport } from '../../shared/api/tabContract';
import { inLanguage } from '../../shared/domain/localized';
import { t } from '../../shared/i18n/translate';
import { seasonReport } from '../../shared/services/mentoringReport';
import { recordMeetingNotes } from '../../shared/services/mentoringVoices';
import { toCsv } from './csv';
import { byId, id, readRequest, serviceContext } from './request';
import { badRequest, conflict, forbidden, notFound } from './errors';
import type { ApiRequest, ApiResponse, ApiRoute, ApiServices } from './types';

const ctx = serviceContext;

export const recordMeetingRoute: ApiRoute = {
  method: 'POST',
  path: '/api/mentoring/meetings/:id/record',
  async handle(request, services) {
    const lang = request.lang;
    const input = readRequest(request, byId, z.object({ notes: z.string().max(4000).nullable().default(null), attended: z.array(id).max(200) }).strict());
    if (!input.ok) return input.answer;
    const result = await recordMeetingNotes(ctx(services), { person: request.caller!, meetingId: input.params.id, ...input.body });
    if (result.outcome === 'unknown') return notFound(lang);
    if (result.outcome === 'refused') {
      const message = t(lang, `mentoring.record.${result.refusal}`);
      return result.refusal === 'notLeader' ? forbidden(lang, message) : result.refusal === 'notInGroup' ? badRequest(lang, [message]) : conflict(message);
    }
    return { status: 200, body: { recorded: true } };
  },
};

async function report(request: ApiRequest, services: ApiServices) {
  const lang = request.lang;
  const input = readRequest(request, byId, z.unknown());
  if (!input.ok) return { answer: input.answer };
  const result = await seasonReport(ctx(services), request.caller!, input.params.id);
  if (result.outcome === 'unknown') return { answer: notFound(lang) };
  if (result.outcome === 'forbidden') return { answer: forbidden(lang, t(lang, 'mentoring.report.coordinatorsOnly')) };
  return { report: result.report };
}

export const seasonReportRoute: ApiRoute = {
  method: 'GET',
  path: '/api/mentoring/seasons/:id/report',
  async handle(request, services): Promise<ApiResponse> {
    const found = await report(request, services);
    if (!found.report) return found.answer!;
    const { season, groups } = found.report;
    const body: MentoringReport = {
      season: { id: season.id, name: season.name, startsOn: season.startsOn, endsOn: season.endsOn },
      groups: groups.map(({ group, report: r }) => ({ group: { id: group.id, name: group.name }, report: r })),
    };
    return { status: 200, body };
  },
};

export const seasonReportCsvRoute: ApiRoute = {
  method: 'GET',
  path: '/api/mentoring/seasons/:id/report.csv',
  async handle(request, services): Promise<ApiResponse> {
    const found = await report(request, services);
    if (!found.report) return found.answer!;
    const lang = request.lang;
    const tr = (key: Parameters<typeof t>[1]) => t(lang, key);
    const season = inLanguage(found.report.season.name, lang);
    const csv = toCsv(
      ['season', 'group', 'meetingsHeld', 'meetingsCancelled', 'groupSize', 'averageAttendance', 'attendanceRate', 'themes', 'feedbackCount', 'averageUsefulness', 'averageWellbeing', 'comments']
        .map((k) => tr(`mentoring.report.${k}` as Parameters<typeof t>[1])),
      found.report.groups.map(({ group, report: r }) => [
        season, inLanguage(group.name, lang), r.meetingsHeld, r.meetingsCancelled, r.groupSize, r.averageAttendance, r.attendanceRate,
        r.themes.join(' | '), r.feedbackCount, r.averageUsefulness, r.averageWellbeing, r.comments.join(' | '),
      ]),
    );
    const name = `${tr('mentoring.report.file')}-${season}`.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-');
    return { status: 200, body: csv, file: { contentType: 'text/csv; charset=utf-8', name: `${name}.csv` } };
  },
};
