/**
 * Proactive messages: Kollega speaks first (a coordinator's approval card, an outcome) in a conversation whose
 * reference was remembered at install, and updates cards it sent. A conversation the app was removed from is
 * not written to.
 */
import type { Activity, CloudAdapter, ConversationReference } from 'botbuilder';
import { getConversation } from '../shared/store/repositories/conversations';
import type { Store } from '../shared/store/database';

export type ProactiveResult = { sent: true; activityId?: string } | { sent: false; reason: 'unknown' | 'uninstalled' };

export interface Proactive {
  send(conversationId: string, activity: Partial<Activity>): Promise<ProactiveResult>;
  /** Replaces a message the bot sent (a card whose state changed). */
  update(conversationId: string, activityId: string, activity: Partial<Activity>): Promise<ProactiveResult>;
}

export function createProactive(adapter: CloudAdapter, appId: string | undefined, store: Store): Proactive {
  async function inConversation(conversationId: string, work: (reference: ConversationReference) => Promise<string | undefined>) {
    const conversation = await getConversation(store.db, conversationId);
    if (!conversation) return { sent: false, reason: 'unknown' } as const;
    if (conversation.uninstalledAt) return { sent: false, reason: 'uninstalled' } as const;
    const activityId = await work(JSON.parse(conversation.referenceJson) as ConversationReference);
    return { sent: true, activityId } as const;
  }

  return {
    send: (conversationId, activity) =>
      inConversation(conversationId, async (reference) => {
        let id: string | undefined;
        await adapter.continueConversationAsync(appId ?? '', reference, async (context) => {
          id = (await context.sendActivity(activity))?.id;
        });
        return id;
      }),
    update: (conversationId, activityId, activity) =>
      inConversation(conversationId, async (reference) => {
        await adapter.continueConversationAsync(appId ?? '', reference, async (context) => {
          await context.updateActivity({ ...activity, id: activityId, conversation: reference.conversation });
        });
        return activityId;
      }),
  };
}
