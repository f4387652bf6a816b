/**
 * Every kind of outbox work Kollega does, with Graph and without: a payload that does not fit its schema fails the
 * job at once (a retry could never succeed), before the handler touches the database, Teams or Graph.
 */
import type { JobContext } from '../shared/jobs/worker';
import { classifyJobError } from '../shared/jobs/errors';
import type { Store } from '../shared/store/database';
import { jobHandlers, type JobDeps } from './jobs';
import type { Proactive } from './proactive';

const untouchable = new Proxy({}, { get: (_, key) => { throw new Error(`touched ${String(key)}`); } });

function deps(withGraph: boolean): JobDeps {
  return {
    store: { db: untouchable } as unknown as Store,
    log: untouchable as JobDeps['log'],
    proactive: { forJob: () => untouchable } as unknown as Proactive,
    graph: withGraph ? (untouchable as JobDeps['graph']) : undefined,
    calendar: withGraph ? (untouchable as JobDeps['calendar']) : undefined,
    graphConfig: withGraph ? { tenantId: 't', clientId: 'c', clientSecret: 's', guestRedirectUrl: 'https://teams.microsoft.com' } : undefined,
    now: () => new Date('2030-01-01T00:00:00Z'),
    events: { reminderMinutes: [] },
    tabs: { appId: undefined, publicUrl: undefined },
    retentionDays: 365,
  };
}

const ctx = { job: { id: 'job-1' }, attempt: 1, leaseMs: 60_000 } as unknown as JobContext;

describe.each([true, false])('the outbox handlers (Graph: %s)', (withGraph) => {
  const handlers = jobHandlers(deps(withGraph));

  it.each([{}, null, { requestId: 42, eventId: 'x', bookingId: 'y', day: 'tomorrow' }])('fail a malformed payload (%j) for good', async (payload) => {
    const kinds = Object.keys(handlers);
    expect(kinds.length).toBeGreaterThan(withGraph ? 25 : 20);
    for (const kind of kinds) {
      const thrown = await Promise.resolve().then(() => handlers[kind](payload, ctx)).then(() => undefined, (error: unknown) => error);
      expect([kind, (thrown as Error)?.message]).toEqual([kind, expect.stringMatching(/^Malformed payload/)]);
      expect(classifyJobError(thrown).permanent).toBe(true);
    }
  });
});
