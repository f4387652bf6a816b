/**
 * Proactive messages: Kollega speaks first (a coordinator's approval card, an outcome) in a conversation whose
 * reference was remembered at install, and updates cards it sent. A conversation the app was removed from is
 * not written to. Sends made for an outbox job keep to Teams' rate limit per conversation.
 */
import { TeamsInfo, type Activity, type CloudAdapter, type ConversationReference, type TeamsChannelAccount, type TurnContext } from 'botbuilder';
import { DeferJobError } from '../shared/jobs/errors';
import { Pacer, type RateLimit } from '../shared/jobs/pacing';
import { getConversation } from '../shared/store/repositories/conversations';
import type { Store } from '../shared/store/database';

export type ProactiveResult = { sent: true; activityId?: string } | { sent: false; reason: 'unknown' | 'uninstalled' };

export interface Proactive {
  send(conversationId: string, activity: Partial<Activity>): Promise<ProactiveResult>;
  /** Replaces a message the bot sent (a card whose state changed). */
  update(conversationId: string, activityId: string, activity: Partial<Activity>): Promise<ProactiveResult>;
  /** The people of a conversation as Teams knows them (with e-mail addresses), every page; undefined if unknown. */
  members(conversationId: string): Promise<TeamsChannelAccount[] | undefined>;
  /**
   * The same, for one outbox job: a message over Teams' limit for its conversation is not sent now; the job is
   * deferred (DeferJobError) to the slot kept for it.
   */
  forJob(jobId: number): Proactive;
}

/**
 * Teams lets a bot send about 7 messages a second, 60 in 30 seconds and 1,800 an hour into one conversation
 * (updates included): a burst of five, then one every two seconds, stays inside all of them.
 */
export const perConversationLimit: RateLimit = { intervalMs: 2000, burst: 5 };

export function createProactive(
  adapter: CloudAdapter,
  appId: string | undefined,
  store: Store,
  now: () => Date = () => new Date(),
  limit = perConversationLimit,
): Proactive {
  const pacer = new Pacer(limit);

  /**
   * Runs `work` in a proactive turn and gives back its result or its error. The adapter hands a turn's error to
   * onTurnError, which logs it and returns: a message that never left would count as sent and never be retried.
   */
  async function inTurn<T>(reference: Partial<ConversationReference>, work: (context: TurnContext) => Promise<T>): Promise<T> {
    let outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
    await adapter.continueConversationAsync(appId ?? '', reference, async (context) => {
      try {
        outcome = { ok: true, value: await work(context) };
      } catch (error) {
        outcome = { ok: false, error };
      }
    });
    if (!outcome) throw new Error('the proactive turn did not run');
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  }

  function view(owner: string | undefined): Proactive {
    async function inConversation(conversationId: string, work: (reference: ConversationReference) => Promise<string | undefined>) {
      const conversation = await getConversation(store.db, conversationId);
      if (!conversation) return { sent: false, reason: 'unknown' } as const;
      if (conversation.uninstalledAt) return { sent: false, reason: 'uninstalled' } as const;
      if (owner) {
        const waitMs = pacer.take(conversationId, owner, now().getTime());
        if (waitMs > 0) throw new DeferJobError(waitMs);
      }
      const activityId = await work(JSON.parse(conversation.referenceJson) as ConversationReference);
      return { sent: true, activityId } as const;
    }

    return {
      send: (conversationId, activity) =>
        inConversation(conversationId, (reference) => inTurn(reference, async (context) => (await context.sendActivity(activity))?.id)),
      // Teams (and the Agents Playground) refuse an update without its type: "Unknown activity type".
      update: (conversationId, activityId, activity) =>
        inConversation(conversationId, (reference) =>
          inTurn(reference, async (context) => {
            await context.updateActivity({ type: 'message', ...activity, id: activityId, conversation: reference.conversation });
            return activityId;
          }),
        ),
      async members(conversationId) {
        const conversation = await getConversation(store.db, conversationId);
        if (!conversation || conversation.uninstalledAt) return undefined;
        return inTurn(JSON.parse(conversation.referenceJson) as ConversationReference, async (context) => {
          const members: TeamsChannelAccount[] = [];
          let continuationToken: string | undefined;
          do {
            const page = await TeamsInfo.getPagedMembers(context, 500, continuationToken);
            members.push(...page.members);
            continuationToken = page.continuationToken;
          } while (continuationToken);
          return members;
        });
      },
      forJob: (jobId) => view(`job:${jobId}`),
    };
  }
  return view(undefined);
}
