/**
 * The fields of an event's form and of a book tip or practice, as a card or the tab's API sends them. The
 * card actions and the API share them, so both take the same texts within the same limits; what the fields
 * mean (dates, required ones, the ISBN's check digit) is read afterwards, with answers a person can act on.
 */
import { z } from 'zod';
import { ageGroups, contributionLimits } from '../domain/contributions';

/** Free text a person typed: trimmed, bounded, empty meaning none. */
export const typed = (max: number) =>
  z
    .string()
    .max(max)
    .optional()
    .transform((v) => v?.trim() || undefined);

/** A number field: clients send it as a number or as text; empty means none. */
export const numberText = z
  .union([z.number(), z.string().max(12)])
  .optional()
  .transform((v) => (v === undefined ? undefined : String(v).trim() || undefined));

export const eventPlanFields = {
  titleFi: typed(200),
  titleSv: typed(200),
  titleEn: typed(200),
  descriptionFi: typed(2000),
  descriptionSv: typed(2000),
  descriptionEn: typed(2000),
  startDate: typed(10),
  startTime: typed(8),
  endDate: typed(10),
  endTime: typed(8),
  capacity: numberText,
  deadlineDate: typed(10),
  deadlineTime: typed(8),
  joinUrl: typed(2000),
};

export const bookTipFields = {
  title: typed(contributionLimits.title),
  author: typed(contributionLimits.author),
  ageGroup: z.enum(ageGroups).or(z.literal('')).optional().transform((v) => v || undefined),
  note: typed(contributionLimits.note),
  isbn: typed(40),
};

export const practiceFields = {
  title: typed(contributionLimits.title),
  description: typed(contributionLimits.description),
  library: typed(contributionLimits.library),
};
