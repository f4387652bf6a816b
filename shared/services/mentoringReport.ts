/**
 * The end-of-season report for the unit's yearly report: per group, meetings held, attendance, themes and
 * feedback (averages and comments, never names). For the season's coordinators only.
 */
import { groupReport, type GroupReport } from '../domain/mentoring/seasonReport';
import { getSeason, listGroupPeople, listGroups, type GroupRecord, type SeasonRecord } from '../store/repositories/mentoring';
import { reportRows } from '../store/repositories/mentoringVoices';
import type { PersonRecord } from '../store/repositories/people';
import { coordinatedUnits, type MentoringContext } from './mentoring';

export type SeasonReport = { season: SeasonRecord; groups: Array<{ group: GroupRecord; report: GroupReport }> };

export async function seasonReport(ctx: MentoringContext, person: PersonRecord, seasonId: string): Promise<{ outcome: 'ok'; report: SeasonReport } | { outcome: 'unknown' } | { outcome: 'forbidden' }> {
  const season = await getSeason(ctx.db, seasonId);
  if (!season) return { outcome: 'unknown' };
  if (!(await coordinatedUnits(ctx.db, person)).has(season.unitId)) return { outcome: 'forbidden' };
  const groups = [];
  for (const group of await listGroups(ctx.db, season.id)) {
    const rows = await reportRows(ctx.db, group.id);
    groups.push({ group, report: groupReport(rows.meetings, rows.feedback, (await listGroupPeople(ctx.db, group.id)).length, ctx.now) });
  }
  return { outcome: 'ok', report: { season, groups } };
}
