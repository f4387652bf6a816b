/**
 * Proactive messages: Kollega speaks first (a coordinator's approval card, a reminder) in a conversation whose
 * reference was remembered at install. A conversation the app was removed from is not written to.
 */
import type { Activity, CloudAdapter, ConversationReference } from 'botbuilder';
import { getConversation } from '../shared/store/repositories/conversations';
import type { Store } from '../shared/store/database';

export type ProactiveResult = { sent: true; activityId?: string } | { sent: false; reason: 'unknown' | 'uninstalled' };

export interface Proactive {
  send(conversationId: string, activity: Partial<Activity>): Promise<ProactiveResult>;
}

export function createProactive(adapter: CloudAdapter, appId: string | undefined, store: Store): Proactive {
  return {
    async send(conversationId, activity) {
      const conversation = await getConversation(store.db, conversationId);
      if (!conversation) return { sent: false, reason: 'unknown' };
      if (conversation.uninstalledAt) return { sent: false, reason: 'uninstalled' };
      const reference = JSON.parse(conversation.referenceJson) as ConversationReference;
      let activityId: string | undefined;
      await adapter.continueConversationAsync(appId ?? '', reference, async (context) => {
        activityId = (await context.sendActivity(activity))?.id;
      });
      return { sent: true, activityId };
    },
  };
}
