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

// The RSVP scenario's world, as test/support/eventsWorld.ts has it: the children's and youth network (lanu) meets
// in its own team, and Tiina, its coordinator, plans the event.
export const tiina = someone('tiina', 'Tiina Rajala', 'fi-FI');
export const LANU_TEAM = { id: '19:lanu-general@thread.tacv2', name: 'Lanu', aadGroupId: '3d9e7a51-5c2b-4f0e-b8d4-7a6c1e2f9b30' };

const teamChannelData = (team) => ({ tenant: { id: TENANT }, team: { id: team.id, name: team.name, aadGroupId: team.aadGroupId }, channel: { id: team.id } });

/** Kollega added to a team (its General channel) by someone: the channel's reference is kept, the event cards go there. */
export function teamInstallation(who, team, serviceUrl) {
  const a = base('installationUpdate', who, serviceUrl);
  return {
    ...a,
    action: 'add',
    conversation: { id: team.id, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    channelData: { ...teamChannelData(team), source: { name: 'message' }, settings: { selectedChannel: { id: team.id } } },
  };
}

/** An Action.Execute press on a card in a team's channel (pressInChannel in test/support/joiningWorld.ts). */
export function channelCardExecute(who, team, verb, data, serviceUrl, replyToId = '1795439643639') {
  return {
    ...cardExecute(who, verb, data, serviceUrl),
    replyToId,
    conversation: { id: `${team.id};messageid=${replyToId}`, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    channelData: { ...teamChannelData(team), source: { name: 'message' } },
  };
}

/** The address the team's roster gives someone (Teams' member API; Kollega asks it for the meeting's attendees). */
export const rosterEmail = (who) => `${who.id.slice(3)}@kirjasto.example.org`;

/** The people of the RSVP burst: distinct Teams and Entra ids, in Finnish, Swedish and English. */
export function rsvpCrowd(count) {
  const locales = ['fi-FI', 'sv-FI', 'en-GB'];
  return Array.from({ length: count }, (_, i) => someone(`bench-rsvp-${i}`, `Bench Librarian ${i}`, locales[i % locales.length]));
}
