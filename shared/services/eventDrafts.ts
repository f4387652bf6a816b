/**
 * An event as a coordinator writes it (the bot's form, the tab's form): texts, and dates and times as Finnish
 * wall-clock time. Read here into a draft the services take, or the problems that keep it from being one.
 */
import { fromHelsinki } from '../i18n/localTime';
import type { EventDraft } from './events';

export interface LocalEventFields {
  titleFi?: string;
  titleSv?: string;
  titleEn?: string;
  descriptionFi?: string;
  descriptionSv?: string;
  descriptionEn?: string;
  /** YYYY-MM-DD and HH:MM, in Finnish time. */
  startDate?: string;
  startTime?: string;
  /** The start's date when absent. */
  endDate?: string;
  endTime?: string;
  /** Whole number as text; absent means no limit. */
  capacity?: string;
  deadlineDate?: string;
  /** 23:59 when the date is given without a time. */
  deadlineTime?: string;
  joinUrl?: string;
}

export type DraftProblem = 'incomplete' | 'badTime' | 'skippedTime' | 'badCapacity' | 'badUrl';

/** Teams meeting links: the public cloud's and Teams (free)'s. */
const teamsLink = /^https:\/\/teams\.(microsoft|live)\.com\/\S+$/;

export function readDraft(fields: LocalEventFields): { ok: true; draft: EventDraft } | { ok: false; problems: DraftProblem[] } {
  const problems = new Set<DraftProblem>();
  const text = (v: string | undefined) => v?.trim() || undefined;
  const [titleFi, titleSv, descriptionFi, descriptionSv] = [fields.titleFi, fields.titleSv, fields.descriptionFi, fields.descriptionSv].map(text);
  if (!titleFi || !titleSv || !descriptionFi || !descriptionSv || !text(fields.startDate) || !text(fields.startTime) || !text(fields.endTime)) {
    problems.add('incomplete');
  }
  const at = (date: string | undefined, time: string | undefined): Date | undefined => {
    if (!date || !time) return undefined;
    const read = fromHelsinki({ date: date.trim(), time: time.trim().slice(0, 5) });
    if (read.ok) return read.at;
    problems.add(read.reason === 'skipped' ? 'skippedTime' : 'badTime');
    return undefined;
  };
  const startsAt = at(text(fields.startDate), text(fields.startTime));
  const endsAt = at(text(fields.endDate) ?? text(fields.startDate), text(fields.endTime));
  const deadlineDate = text(fields.deadlineDate);
  const rsvpDeadline = deadlineDate ? at(deadlineDate, text(fields.deadlineTime) ?? '23:59') : null;
  if (!deadlineDate && text(fields.deadlineTime)) problems.add('badTime');

  const capacityText = text(fields.capacity);
  const capacity = capacityText === undefined ? null : /^-?\d{1,6}$/.test(capacityText) ? Number(capacityText) : undefined;
  if (capacity === undefined) problems.add('badCapacity');
  const joinUrl = text(fields.joinUrl) ?? null;
  if (joinUrl && !teamsLink.test(joinUrl)) problems.add('badUrl');

  if (problems.size > 0 || !startsAt || !endsAt || rsvpDeadline === undefined || capacity === undefined) {
    return { ok: false, problems: problems.size > 0 ? [...problems] : ['incomplete'] };
  }
  return {
    ok: true,
    draft: {
      title: { fi: titleFi!, sv: titleSv!, en: text(fields.titleEn) ?? null },
      description: { fi: descriptionFi!, sv: descriptionSv!, en: text(fields.descriptionEn) ?? null },
      startsAt,
      endsAt,
      rsvpDeadline,
      capacity,
      joinUrl,
    },
  };
}
