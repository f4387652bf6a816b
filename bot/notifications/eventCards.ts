/**
 * An event's card in its network's channel: posted once, then kept up to date. Updates come from coalesced
 * jobs (one per 150 ms of answers) and each post is only sent a version it does not show yet, so a burst of
 * answers costs a few updates. After a session that collected them, the book tips or practices are posted too.
 */
import type { Kysely } from 'kysely';
import { contributionKindFor } from '../../shared/domain/contributions';
import { inLanguage } from '../../shared/domain/localized';
import { languageOf } from '../../shared/i18n/language';
import { translator } from '../../shared/i18n/translate';
import { cardsFollowUp, icsUrl } from '../../shared/services/events';
import { DeferJobError, PermanentJobError } from '../../shared/jobs/errors';
import { getNetwork } from '../../shared/store/repositories/catalog';
import { findTeamChannel } from '../../shared/store/repositories/conversations';
import { getEvent, type EventRecord } from '../../shared/store/repositories/events';
import { listContributions } from '../../shared/store/repositories/eventContributions';
import { claimPost, listPosts, recordPostShown, releasePost } from '../../shared/store/repositories/eventPosts';
import { recentResponders } from '../../shared/store/repositories/eventRsvps';
import { getPerson } from '../../shared/store/repositories/people';
import { takeTurn } from '../../shared/store/repositories/spacing';
import type { Database } from '../../shared/store/schema';
import { contributionsCard } from '../cards/contributions';
import { eventCard } from '../cards/eventCard';
import { noticeCard } from '../cards/notice';
import { cardAttachment, maxRefreshUsers, type AdaptiveCard } from '../cards/render';
import type { Proactive } from '../proactive';
import { sendToPersonalChat } from './personal';
import { RetryLater } from './retryLater';

export interface EventWork {
  db: Kysely<Database>;
  proactive: Proactive;
  now: () => Date;
  publicUrl?: string;
  /** Minutes before the start when those going are reminded, longest first. */
  reminderMinutes: readonly number[];
}

/**
 * The card everyone in the channel sees, in the language of the coordinator who planned the event; the people who
 * answered last see their own view in their own language (refresh).
 */
async function channelCard(work: EventWork, event: EventRecord): Promise<AdaptiveCard> {
  const creator = await getPerson(work.db, event.createdBy);
  const refreshUserIds = await recentResponders(work.db, event.id, maxRefreshUsers);
  const lang = languageOf(creator?.locale);
  return eventCard({ lang, event, now: work.now(), icsUrl: icsUrl(work.publicUrl, event, lang), refreshUserIds });
}

export async function postEventCard(work: EventWork, { eventId }: { eventId: string }): Promise<void> {
  const event = await getEvent(work.db, eventId);
  if (!event || event.cancelled) return;
  const network = await getNetwork(work.db, event.networkId);
  const channel = network?.teamsTeamId ? await findTeamChannel(work.db, network.teamsTeamId, network.teamsChannelId) : undefined;
  if (!network || !channel) {
    // Nothing to post in until Kollega is added to the network's team: the coordinator is told how to fix that.
    const creator = await getPerson(work.db, event.createdBy);
    if (creator) {
      const t = translator(languageOf(creator.locale));
      const text = t('event.notice.noChannel', { network: network ? inLanguage(network.name, languageOf(creator.locale)) : '', title: inLanguage(event.title, languageOf(creator.locale)) });
      await sendToPersonalChat(work, creator, noticeCard({ lines: [text] }));
    }
    throw new PermanentJobError('the network has no channel with Kollega in it');
  }
  if (!(await claimPost(work.db, event.id, channel.id, work.now()))) return;
  try {
    const result = await work.proactive.send(channel.id, { attachments: [cardAttachment(await channelCard(work, event))] });
    if (!result.sent) throw new PermanentJobError(`channel ${result.reason}`);
    await recordPostShown(work.db, { eventId: event.id, conversationId: channel.id, activityId: result.activityId ?? null, shownVersion: event.version });
  } catch (err) {
    await releasePost(work.db, event.id, channel.id);
    throw err;
  }
}

/**
 * Card updates in one conversation keep at least 150 ms apart (a few Teams-bound updates a second, however many
 * answers). The margin covers the few ms between taking the turn and Teams receiving the update.
 */
export const CARD_UPDATE_GAP_MS = 170;

/** Every post of the event brought to its current version; a post already showing it is left alone. */
export async function updateEventCards(work: EventWork, { eventId }: { eventId: string }): Promise<void> {
  const event = await getEvent(work.db, eventId);
  if (!event) return;
  const retry = new RetryLater();
  for (const post of await listPosts(work.db, event.id)) {
    if (!post.activityId || (post.shownVersion ?? 0) >= event.version) continue;
    const activityId = post.activityId;
    await retry.unlessPermanent(async () => {
      const card = await channelCard(work, event);
      const waitMs = await takeTurn(work.db, `card-update:${post.conversationId}`, work.now(), CARD_UPDATE_GAP_MS);
      if (waitMs > 0) throw new DeferJobError(waitMs);
      await work.proactive.update(post.conversationId, activityId, { attachments: [cardAttachment(card)] });
      await recordPostShown(work.db, { eventId: event.id, conversationId: post.conversationId, shownVersion: event.version });
    });
  }
  retry.throwIfAny();
  // Answers that came in while this ran (after its bucket closed) get a later update of their own.
  const after = await getEvent(work.db, event.id);
  if (after && after.version > event.version) await cardsFollowUp(work.db, { now: work.now() }, event.id);
}

/** After a session that collected tips or practices: the list, posted where the event's card is. */
export async function postContributions(work: EventWork, { eventId, endsAt }: { eventId: string; endsAt: string }): Promise<void> {
  const event = await getEvent(work.db, eventId);
  if (!event || event.cancelled || event.endsAt.toISOString() !== endsAt || !contributionKindFor(event.kind)) return;
  const contributions = await listContributions(work.db, event.id);
  if (contributions.length === 0) return;
  const creator = await getPerson(work.db, event.createdBy);
  const card = contributionsCard(languageOf(creator?.locale), event, contributions);
  for (const post of await listPosts(work.db, event.id)) {
    await work.proactive.send(post.conversationId, { attachments: [cardAttachment(card)] });
  }
}
