/**
 * The outbox's messages about join requests: approval cards to each coordinator, updates of every copy when
 * someone decides (or Teams membership changes), and the outcome to the requester, each in the reader's own
 * language. A coordinator who never opened Kollega gets the app installed through Graph when credentials
 * allow; the install then delivers the card. If no coordinator can be reached, the requester is told whom to
 * contact. Throwing means "try again later"; a message already delivered is not sent twice.
 */
import type { Kysely } from 'kysely';
import { PermanentJobError, TransientJobError } from '../../shared/jobs/errors';
import { inLanguage } from '../../shared/domain/localized';
import { formatList } from '../../shared/i18n/format';
import { languageOf } from '../../shared/i18n/language';
import { translator } from '../../shared/i18n/translate';
import { getNetwork } from '../../shared/store/repositories/catalog';
import { listPersonalConversations } from '../../shared/store/repositories/conversations';
import {
  claimApprovalCard,
  getJoinRequest,
  getMembership,
  listApprovalCards,
  recordApprovalCardShown,
  releaseApprovalCard,
} from '../../shared/store/repositories/joining';
import { findPeopleByIdentity, getPerson, type PersonRecord } from '../../shared/store/repositories/people';
import type { Database } from '../../shared/store/schema';
import { approvalCard } from '../cards/approval';
import { noticeCard } from '../cards/notice';
import { cardAttachment, cardFingerprint, type AdaptiveCard } from '../cards/render';
import { loadApprovalView } from '../handlers/approvalView';
import type { Proactive } from '../proactive';
import { sendToPersonalChat } from './personal';
import { RetryLater } from './retryLater';

export interface NotificationWork {
  db: Kysely<Database>;
  proactive: Proactive;
  now: () => Date;
  /** How long a claim to send a card lasts (the outbox job's lease); without it a claim is never taken over. */
  claimLeaseMs?: number;
  /** Installs Kollega for a user through Graph; absent without Graph credentials or a Teams app id. */
  installApp?: (aadObjectId: string) => Promise<void>;
}

export async function notifyCoordinators(work: NotificationWork, { requestId }: { requestId: string }): Promise<void> {
  const request = await getJoinRequest(work.db, requestId);
  if (!request || request.state !== 'pending') return;
  const network = await getNetwork(work.db, request.networkId);
  if (!network) return;
  // Only a copy that was shown counts: a claim without one was left by an instance that died while sending.
  const already = new Set((await listApprovalCards(work.db, requestId)).filter((c) => c.shown !== null).map((c) => c.coordinatorPersonId));
  let reached = 0;
  const retry = new RetryLater();

  // Each coordinator on their own: one who cannot be reached does not keep the card from the others.
  for (const coordinator of network.coordinators) {
    const people = await findPeopleByIdentity(work.db, coordinator);
    if (people.some((p) => already.has(p.id))) {
      reached += 1;
      continue;
    }
    const [chat] = await listPersonalConversations(work.db, people.map((p) => p.id));
    const person = chat && people.find((p) => p.id === chat.personId);
    if (chat && person) {
      if (await retry.unlessPermanent(() => sendApprovalCard(work, requestId, person, chat.id))) reached += 1;
    } else if (work.installApp && coordinator.aadObjectId) {
      // The install reaches the bot as installationUpdate, which delivers the waiting cards. A refusal that
      // will not mend (no such user, no permission) leaves this coordinator unreached; an outage is retried.
      const aad = coordinator.aadObjectId;
      if (await retry.unlessPermanent(() => work.installApp!(aad))) reached += 1;
    }
  }
  retry.throwIfAny();
  if (reached === 0) await tellRequesterNobodyIsReachable(work, requestId);
}

async function sendApprovalCard(work: NotificationWork, requestId: string, coordinator: PersonRecord, conversationId: string) {
  const lang = languageOf(coordinator.locale);
  const view = await loadApprovalView(work.db, requestId, lang);
  if (!view) return;
  const now = work.now();
  const staleBefore = work.claimLeaseMs === undefined ? undefined : new Date(now.getTime() - work.claimLeaseMs);
  if (!(await claimApprovalCard(work.db, { joinRequestId: requestId, coordinatorPersonId: coordinator.id, conversationId, now, staleBefore }))) {
    // Sent meanwhile, or being sent by someone who may yet die: come back later rather than call it done.
    if ((await listApprovalCards(work.db, requestId)).some((c) => c.coordinatorPersonId === coordinator.id && c.shown === null)) {
      throw new TransientJobError(`the approval card for ${coordinator.id} is being sent elsewhere`);
    }
    return;
  }
  try {
    const card = approvalCard(view, lang, [coordinator.botUserId]);
    const result = await work.proactive.send(conversationId, { attachments: [cardAttachment(card)] });
    if (!result.sent) throw new PermanentJobError(`conversation ${result.reason}`);
    const shown = cardFingerprint(card);
    await recordApprovalCardShown(work.db, { joinRequestId: requestId, coordinatorPersonId: coordinator.id, activityId: result.activityId ?? null, shown });
  } catch (err) {
    await releaseApprovalCard(work.db, requestId, coordinator.id);
    throw err;
  }
}

/** Every coordinator's copy shows the current state: the decision, who made it, and Teams membership. */
export async function updateApprovalCards(work: NotificationWork, { requestId }: { requestId: string }): Promise<void> {
  const retry = new RetryLater();
  for (const copy of await listApprovalCards(work.db, requestId)) {
    if (!copy.activityId) continue;
    const activityId = copy.activityId;
    const coordinator = await getPerson(work.db, copy.coordinatorPersonId);
    if (!coordinator) continue;
    const lang = languageOf(coordinator.locale);
    // Read right before each update, so a copy shows the newest state even when updates overlap.
    const view = await loadApprovalView(work.db, requestId, lang);
    if (!view) return;
    const card = approvalCard(view, lang, [coordinator.botUserId]);
    const shown = cardFingerprint(card);
    // A retried or deferred job leaves alone the copies it already brought up to date.
    if (copy.shown === shown) continue;
    await retry.unlessPermanent(async () => {
      await work.proactive.update(copy.conversationId, activityId, { attachments: [cardAttachment(card)] });
      await recordApprovalCardShown(work.db, { joinRequestId: requestId, coordinatorPersonId: copy.coordinatorPersonId, shown });
    });
  }
  retry.throwIfAny();
}

export async function notifyRequester(work: NotificationWork, { requestId }: { requestId: string }): Promise<void> {
  const request = await getJoinRequest(work.db, requestId);
  if (!request || (request.state !== 'approved' && request.state !== 'declined')) return;
  const [requester, network, decider] = await Promise.all([
    getPerson(work.db, request.personId),
    getNetwork(work.db, request.networkId),
    request.decidedBy ? getPerson(work.db, request.decidedBy) : undefined,
  ]);
  if (!requester || !network) return;
  const lang = languageOf(requester.locale);
  const t = translator(lang);
  const name = inLanguage(network.name, lang);
  const coordinator = decider?.displayName ?? formatList(network.coordinators.map((c) => c.displayName), lang);
  let lines: string[];
  if (request.state === 'approved') {
    const membership = await getMembership(work.db, network.id, requester.id);
    lines = [t(membership?.teamsState === 'manual' ? 'outcome.approvedManual' : 'outcome.approved', { network: name, coordinator })];
  } else {
    lines = [t('outcome.declined', { network: name, coordinator }), ...(request.reason ? [t('outcome.reason', { reason: request.reason })] : [])];
  }
  const links = request.state === 'approved' && network.teamsUrl ? [{ title: t('action.openTeam'), url: network.teamsUrl }] : [];
  await sendToPersonalChat(work, requester, noticeCard({ lines, links }));
}


async function tellRequesterNobodyIsReachable(work: NotificationWork, requestId: string) {
  const request = await getJoinRequest(work.db, requestId);
  if (!request) return;
  const [requester, network] = await Promise.all([getPerson(work.db, request.personId), getNetwork(work.db, request.networkId)]);
  if (!requester || !network) return;
  const lang = languageOf(requester.locale);
  const text = translator(lang)('join.noCoordinatorReachable', {
    network: inLanguage(network.name, lang),
    coordinators: formatList(network.coordinators.map((c) => c.displayName), lang),
  });
  await sendToPersonalChat(work, requester, noticeCard({ lines: [text] }));
}
