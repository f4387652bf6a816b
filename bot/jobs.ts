/**
 * The outbox's handlers: which code does each kind of work after a person's action was answered.
 * Payloads are validated like any other input; a malformed one fails the job instead of doing harm.
 */
import { z } from 'zod';
import type { Config } from '../shared/config/config';
import type { TeamsGraph } from '../shared/graph';
import type { OutboxJobRecord } from '../shared/jobs/outbox';
import type { JobContext, JobHandler } from '../shared/jobs/worker';
import type { Logger } from '../shared/log/logger';
import { joiningJobs } from '../shared/services/joining';
import { addApprovedMember, recordAddFailure, removeFormerMember, syncManualMembers } from '../shared/services/teamsMembership';
import type { Store } from '../shared/store/database';
import { notifyCoordinators, notifyRequester, updateApprovalCards, type NotificationWork } from './notifications/joinRequests';
import type { Proactive } from './proactive';

const requestPayload = z.object({ requestId: z.uuid() });
const membershipPayload = z.object({ networkId: z.string().min(1), personId: z.uuid() });
const networkPayload = z.object({ networkId: z.string().min(1) });

export interface JobDeps {
  store: Store;
  log: Logger;
  proactive: Proactive;
  graph: TeamsGraph | undefined;
  graphConfig: Config['graph'];
  now: () => Date;
}

export function jobHandlers({ store, proactive, graph, graphConfig, now }: JobDeps): Record<string, JobHandler> {
  const teamsAppId = graphConfig?.teamsAppId;
  const notifications: NotificationWork = {
    db: store.db,
    proactive,
    now,
    installApp: graph && teamsAppId ? async (userId) => void (await graph.installAppForUser(userId, teamsAppId)) : undefined,
  };
  // Each job's messages are paced as that job's, so one that must wait for Teams keeps its place.
  const forJob = (ctx: JobContext): NotificationWork => ({ ...notifications, proactive: proactive.forJob(ctx.job.id) });
  const handlers: Record<string, JobHandler> = {
    [joiningJobs.notifyCoordinators]: (payload, ctx) => notifyCoordinators(forJob(ctx), requestPayload.parse(payload)),
    [joiningJobs.updateCards]: (payload, ctx) => updateApprovalCards(forJob(ctx), requestPayload.parse(payload)),
    [joiningJobs.notifyRequester]: (payload, ctx) => notifyRequester(forJob(ctx), requestPayload.parse(payload)),
  };
  if (graph && graphConfig) {
    const membership = { db: store.db, graph, hostTenantId: graphConfig.tenantId, guestRedirectUrl: graphConfig.guestRedirectUrl, now };
    handlers[joiningJobs.addTeamsMember] = (payload) => addApprovedMember(membership, requestPayload.parse(payload));
    handlers[joiningJobs.removeTeamsMember] = (payload) => removeFormerMember(membership, membershipPayload.parse(payload));
    handlers[joiningJobs.syncTeamsMembers] = (payload) => syncManualMembers(membership, networkPayload.parse(payload));
  }
  return handlers;
}

/** After the last retry: a member Kollega could not add is shown as such on the coordinators' cards. */
export function onJobFailed({ store, now }: Pick<JobDeps, 'store' | 'now'>) {
  return async (job: OutboxJobRecord, error: Error) => {
    if (job.kind !== joiningJobs.addTeamsMember) return;
    const payload = requestPayload.safeParse(job.payload);
    if (payload.success) await recordAddFailure({ db: store.db, now }, payload.data.requestId, 'gave-up', error.message);
  };
}
