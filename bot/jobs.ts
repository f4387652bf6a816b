/**
 * The outbox's handlers: which code does each kind of work after a person's action was answered.
 * Payloads are validated like any other input; a malformed one fails the job at once instead of doing harm.
 */
import { z } from 'zod';
import type { Config } from '../shared/config/config';
import type { CalendarGraph, TeamsGraph } from '../shared/graph';
import type { OutboxJobRecord } from '../shared/jobs/outbox';
import { jobPayload } from '../shared/jobs/payload';
import type { JobContext, JobHandler } from '../shared/jobs/worker';
import type { Logger } from '../shared/log/logger';
import { eventJobs } from '../shared/services/events';
import { exchangeJobs } from '../shared/services/exchange';
import { resourceJobs } from '../shared/services/gameBookings';
import { joiningJobs } from '../shared/services/joining';
import { mentoringJobs } from '../shared/services/mentoring';
import { retentionJobs, sweepPersonalData } from '../shared/services/retention';
import { addApprovedMember, recordAddFailure, removeFormerMember, syncManualMembers } from '../shared/services/teamsMembership';
import type { Store } from '../shared/store/database';
import { postContributions, postEventCard, updateEventCards, type EventWork } from './notifications/eventCards';
import { cancelMeeting, createMeeting, meetingGaveUp, syncAttendees, updateMeeting } from './notifications/eventMeetings';
import { notifyChange, notifyPromoted, remind } from './notifications/eventMessages';
import { onExchangeStep } from './notifications/exchangeSteps';
import { askAfterVisit, remindOfVisit } from './notifications/exchangeVisit';
import { notifyBooked, onBookingStep, remindOfLoan, type ResourceWork } from './notifications/gameBookings';
import { notifyApplicant, notifyApplicationCoordinators } from './notifications/mentoringApplications';
import { requestFeedback, sendAgenda } from './notifications/mentoringMessages';
import { createSeries, syncMeeting, syncSeriesAttendees } from './notifications/mentoringSeries';
import { notifyCoordinators, notifyRequester, updateApprovalCards, type NotificationWork } from './notifications/joinRequests';
import type { Proactive } from './proactive';
import type { TabLinks } from './tabLink';

const requestPayload = z.object({ requestId: z.uuid() });
const membershipPayload = z.object({ networkId: z.string().min(1), personId: z.uuid() });
const networkPayload = z.object({ networkId: z.string().min(1) });
const eventPayload = z.object({ eventId: z.uuid() });
const changePayload = eventPayload.extend({ change: z.enum(['changed', 'cancelled']) });
const promotedPayload = eventPayload.extend({ personId: z.uuid() });
const reminderPayload = eventPayload.extend({ minutes: z.number().int().positive(), startsAt: z.iso.datetime() });
const summaryPayload = eventPayload.extend({ endsAt: z.iso.datetime() });
const groupPayload = z.object({ groupId: z.uuid() });
const meetingPayload = z.object({ meetingId: z.uuid() });
const applicationPayload = z.object({ applicationId: z.uuid() });
const calendarDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const exchangeStepPayload = applicationPayload.extend({ seq: z.number().int().positive() });
const exchangeReminderPayload = applicationPayload.extend({ startsOn: calendarDay });
const exchangeAfterPayload = applicationPayload.extend({ endsOn: calendarDay });
const retentionPayload = z.object({ day: calendarDay });
const bookingPayload = z.object({ bookingId: z.uuid() });
const bookingStepPayload = bookingPayload.extend({ version: z.number().int().positive() });
const loanReminderPayload = bookingPayload.extend({ day: calendarDay });

export interface JobDeps {
  store: Store;
  log: Logger;
  proactive: Proactive;
  graph: TeamsGraph | undefined;
  calendar: CalendarGraph | undefined;
  graphConfig: Config['graph'];
  now: () => Date;
  events: { publicUrl?: string; reminderMinutes: readonly number[] };
  /** Where cards link into Kollega's tab. */
  tabs: TabLinks;
  /** PERSONAL_DATA_RETENTION_DAYS. */
  retentionDays: number;
}

export function jobHandlers({ store, proactive, graph, calendar, graphConfig, now, events, tabs, retentionDays }: JobDeps): Record<string, JobHandler> {
  const teamsAppId = graphConfig?.teamsAppId;
  const notifications: NotificationWork = {
    db: store.db,
    proactive,
    now,
    installApp: graph && teamsAppId ? async (userId) => void (await graph.installAppForUser(userId, teamsAppId)) : undefined,
  };
  // Each job's messages are paced as that job's, so one that must wait for Teams keeps its place.
  const forJob = (ctx: JobContext): NotificationWork => ({ ...notifications, proactive: proactive.forJob(ctx.job.id), claimLeaseMs: ctx.leaseMs });
  const handlers: Record<string, JobHandler> = {
    [joiningJobs.notifyCoordinators]: (payload, ctx) => notifyCoordinators(forJob(ctx), jobPayload(requestPayload, payload)),
    [joiningJobs.updateCards]: (payload, ctx) => updateApprovalCards(forJob(ctx), jobPayload(requestPayload, payload)),
    [joiningJobs.notifyRequester]: (payload, ctx) => notifyRequester(forJob(ctx), jobPayload(requestPayload, payload)),
  };
  const eventWork = (ctx: JobContext): EventWork => ({ db: store.db, proactive: proactive.forJob(ctx.job.id), now, ...events });
  handlers[eventJobs.post] = (payload, ctx) => postEventCard(eventWork(ctx), jobPayload(eventPayload, payload));
  handlers[eventJobs.updateCards] = (payload, ctx) => updateEventCards(eventWork(ctx), jobPayload(eventPayload, payload));
  handlers[eventJobs.summary] = (payload, ctx) => postContributions(eventWork(ctx), jobPayload(summaryPayload, payload));
  handlers[eventJobs.notifyChange] = (payload, ctx) => notifyChange(eventWork(ctx), jobPayload(changePayload, payload));
  handlers[eventJobs.notifyPromoted] = (payload, ctx) => notifyPromoted(eventWork(ctx), jobPayload(promotedPayload, payload));
  handlers[eventJobs.remind] = (payload, ctx) => remind(eventWork(ctx), jobPayload(reminderPayload, payload));
  handlers[mentoringJobs.agenda] = (payload, ctx) => sendAgenda(eventWork(ctx), jobPayload(meetingPayload, payload));
  handlers[mentoringJobs.feedback] = (payload, ctx) => requestFeedback(eventWork(ctx), jobPayload(meetingPayload, payload));
  handlers[mentoringJobs.notifyApplication] = (payload, ctx) => notifyApplicationCoordinators(eventWork(ctx), jobPayload(applicationPayload, payload));
  handlers[mentoringJobs.notifyApplicant] = (payload, ctx) => notifyApplicant(eventWork(ctx), jobPayload(applicationPayload, payload));
  handlers[exchangeJobs.step] = (payload, ctx) => onExchangeStep(eventWork(ctx), jobPayload(exchangeStepPayload, payload));
  handlers[exchangeJobs.reminder] = (payload, ctx) => remindOfVisit(eventWork(ctx), jobPayload(exchangeReminderPayload, payload));
  handlers[exchangeJobs.afterVisit] = (payload, ctx) => askAfterVisit(eventWork(ctx), jobPayload(exchangeAfterPayload, payload));
  const resourceWork = (ctx: JobContext): ResourceWork => ({ db: store.db, proactive: proactive.forJob(ctx.job.id), now, tabs });
  handlers[resourceJobs.booked] = (payload, ctx) => notifyBooked(resourceWork(ctx), jobPayload(bookingPayload, payload));
  handlers[resourceJobs.bookingStep] = (payload, ctx) => onBookingStep(resourceWork(ctx), jobPayload(bookingStepPayload, payload));
  handlers[resourceJobs.pickUpReminder] = (payload, ctx) => remindOfLoan(resourceWork(ctx), 'pickUp', jobPayload(loanReminderPayload, payload));
  handlers[resourceJobs.returnReminder] = (payload, ctx) => remindOfLoan(resourceWork(ctx), 'return', jobPayload(loanReminderPayload, payload));
  handlers[retentionJobs.sweep] = async (payload) => {
    jobPayload(retentionPayload, payload);
    await sweepPersonalData({ db: store.db, now: now(), days: retentionDays });
  };
  if (calendar) {
    const meetingWork = (ctx: JobContext) => ({ ...eventWork(ctx), calendar });
    handlers[eventJobs.createMeeting] = (payload, ctx) => createMeeting(meetingWork(ctx), jobPayload(eventPayload, payload));
    handlers[eventJobs.updateMeeting] = (payload, ctx) => updateMeeting(meetingWork(ctx), jobPayload(eventPayload, payload));
    handlers[eventJobs.cancelMeeting] = (payload, ctx) => cancelMeeting(meetingWork(ctx), jobPayload(eventPayload, payload));
    handlers[eventJobs.syncAttendees] = (payload, ctx) => syncAttendees(meetingWork(ctx), jobPayload(eventPayload, payload));
    const seriesWork = { db: store.db, now, calendar };
    handlers[mentoringJobs.createSeries] = (payload) => createSeries(seriesWork, jobPayload(groupPayload, payload));
    handlers[mentoringJobs.syncMeeting] = (payload) => syncMeeting(seriesWork, jobPayload(meetingPayload, payload));
    handlers[mentoringJobs.syncAttendees] = (payload) => syncSeriesAttendees(seriesWork, jobPayload(groupPayload, payload));
  } else {
    // Without Graph there is no Teams series to follow: the group's changes are only Kollega's.
    handlers[mentoringJobs.syncMeeting] = async (payload) => void jobPayload(meetingPayload, payload);
    handlers[mentoringJobs.syncAttendees] = async (payload) => void jobPayload(groupPayload, payload);
  }
  if (graph && graphConfig) {
    const membership = { db: store.db, graph, hostTenantId: graphConfig.tenantId, guestRedirectUrl: graphConfig.guestRedirectUrl, now };
    handlers[joiningJobs.addTeamsMember] = (payload) => addApprovedMember(membership, jobPayload(requestPayload, payload));
    handlers[joiningJobs.removeTeamsMember] = (payload) => removeFormerMember(membership, jobPayload(membershipPayload, payload));
    handlers[joiningJobs.syncTeamsMembers] = (payload) => syncManualMembers(membership, jobPayload(networkPayload, payload));
  }
  return handlers;
}

/**
 * After the last retry: a member Kollega could not add is shown as such on the coordinators' cards; a meeting
 * Graph would not make is marked failed and its coordinator told.
 */
export function onJobFailed({ store, proactive, now, events }: Pick<JobDeps, 'store' | 'proactive' | 'now' | 'events'>) {
  return async (job: OutboxJobRecord, error: Error) => {
    if (job.kind === eventJobs.createMeeting) {
      const payload = eventPayload.safeParse(job.payload);
      if (payload.success) await meetingGaveUp({ db: store.db, proactive, now, ...events }, payload.data);
      return;
    }
    if (job.kind !== joiningJobs.addTeamsMember) return;
    const payload = requestPayload.safeParse(job.payload);
    if (payload.success) await recordAddFailure({ db: store.db, now }, payload.data.requestId, 'gave-up', error.message);
  };
}
