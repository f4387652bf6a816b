// Teams-shaped activities for the benchmark: small JS twins of test/fixtures/activities.ts and the people of
// test/support/joiningWorld.ts (the TS fixtures are not compiled into dist/, so the bench cannot import them).
import { createHash, randomUUID } from 'node:crypto';

export const TENANT = '6f1c4a2e-3b7d-4c8e-9a15-2d0b7e5f8c41';
const BOT = { id: '28:kollega-test-bot', name: 'Kollega' };

/** Same derivation as joiningWorld's someone(), so Elina's aadObjectId matches the test world's. */
export function someone(key, name, locale = 'fi-FI') {
  const hex = createHash('sha256').update(key).digest('hex').slice(0, 12);
  return { id: `29:${key}`, name, aadObjectId: `0b6c1d2e-2222-4a4a-8c01-${hex}`, locale, conversationId: `a:chat-${key}` };
}

export const elina = someone('elina', 'Elina Karioja', 'sv-FI');

function base(type, who, serviceUrl) {
  const now = new Date().toISOString();
  return {
    type,
    id: randomUUID(), // fresh per request: a repeated id would look like a redelivery
    channelId: 'msteams',
    serviceUrl,
    timestamp: now,
    localTimestamp: now,
    localTimezone: 'Europe/Helsinki',
    locale: who.locale,
    from: { id: who.id, name: who.name, aadObjectId: who.aadObjectId },
    recipient: BOT,
    conversation: { id: who.conversationId, conversationType: 'personal', tenantId: TENANT },
    entities: [{ type: 'clientInfo', locale: who.locale, country: 'FI', platform: 'Web', timezone: 'Europe/Helsinki' }],
    channelData: { tenant: { id: TENANT } },
  };
}

export function personalMessage(who, text, serviceUrl) {
  return { ...base('message', who, serviceUrl), text, textFormat: 'plain' };
}

/** Action.Execute (Universal Actions): invoke adaptiveCard/action, answered in the HTTP response. */
export function cardExecute(who, verb, data, serviceUrl) {
  return {
    ...base('invoke', who, serviceUrl),
    name: 'adaptiveCard/action',
    replyToId: '1795439643639',
    value: { action: { type: 'Action.Execute', verb, data: { action: verb, ...data } }, trigger: 'manual' },
    channelData: { tenant: { id: TENANT }, source: { name: 'message' } },
  };
}

/** The app installed in someone's personal scope: Kollega keeps the conversation reference for proactive cards. */
export function installation(who, serviceUrl) {
  const a = base('installationUpdate', who, serviceUrl);
  return { ...a, action: 'add', channelData: { ...a.channelData, source: { name: 'message' }, settings: { selectedChannel: { id: who.conversationId } } } };
}
