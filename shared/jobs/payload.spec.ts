import { z } from 'zod';
import { classifyJobError, PermanentJobError } from './errors';
import { jobPayload } from './payload';

describe('jobPayload', () => {
  const schema = z.object({ bookingId: z.uuid(), version: z.number().int().positive() });

  it('gives back a payload that fits its schema', () => {
    const payload = { bookingId: '0190e6f0-0000-7000-8000-0000000000e1', version: 2 };
    expect(jobPayload(schema, payload)).toEqual(payload);
  });

  it('fails a payload that does not fit for good, naming each field that is wrong, so the job is not retried', () => {
    let thrown: unknown;
    try {
      jobPayload(schema, { bookingId: 'not-a-booking', version: 0 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PermanentJobError);
    expect((thrown as Error).message).toMatch(/^Malformed payload: bookingId .+; version .+/);
    expect(classifyJobError(thrown).permanent).toBe(true);
    expect(() => jobPayload(schema, null)).toThrow(/Malformed payload: \(root\)/);
  });
});
