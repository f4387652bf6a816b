/**
 * A job's payload read by its schema. A payload that does not fit will not fit on any retry either (it was written
 * by a bug, or by hand in the database), so the job fails at once instead of using up its attempts.
 */
import type { z } from 'zod';
import { PermanentJobError } from './errors';

export function jobPayload<S extends z.ZodType>(schema: S, payload: unknown): z.output<S> {
  const parsed = schema.safeParse(payload);
  if (!parsed.success) throw new PermanentJobError(`Malformed payload: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`);
  return parsed.data;
}
