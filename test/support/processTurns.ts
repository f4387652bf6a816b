/**
 * Teams' side of the suites that drive server processes over HTTP (several instances, kill -9): activities as a
 * person's chat or the lanu team's channel sends them, posted to a process's /api/messages.
 */
import { cardExecute, installationUpdate } from '../fixtures/activities';
import { LANU_TEAM } from './eventsWorld';
import { tiina, type Someone } from './joiningWorld';
import { cardText } from './kollegaUnderTest';

/** Posts an activity; anything but 200 throws. Returns the answer's body (an invoke's card). */
export async function postActivity(url: string, activity: object): Promise<any> {
  const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** Who speaks, in their own chat with Kollega. */
export function inChat(who: Someone, serviceUrl: string) {
  return {
    serviceUrl,
    locale: who.locale,
    from: { id: who.id, name: who.name, aadObjectId: who.aadObjectId },
    conversation: { id: who.conversationId, conversationType: 'personal' as const, tenantId: who.tenantId },
  };
}

/** The lanu team's General channel, as Teams describes it in channelData. */
export const lanuTeamData = { tenant: { id: tiina.tenantId }, team: { id: LANU_TEAM.id, name: LANU_TEAM.name, aadGroupId: LANU_TEAM.aadGroupId }, channel: { id: LANU_TEAM.id } };

/** Who speaks, on a card in the lanu channel. */
export function inLanuChannel(who: Someone, serviceUrl: string) {
  return {
    ...inChat(who, serviceUrl),
    conversation: { id: `${LANU_TEAM.id};messageid=1795439643639`, conversationType: 'channel' as const, isGroup: true, tenantId: who.tenantId },
  };
}

/** Kollega installed in the person's own chat. */
export const installInChat = (url: string, who: Someone, serviceUrl: string) =>
  postActivity(url, { ...installationUpdate('add', 'personal', inChat(who, serviceUrl)), channelData: { tenant: { id: who.tenantId }, source: { name: 'message' } } });

/** Kollega added to the lanu team by Tiina. */
export const installInLanu = (url: string, serviceUrl: string) =>
  postActivity(url, {
    ...installationUpdate('add', 'team', { ...inLanuChannel(tiina, serviceUrl), conversation: { id: LANU_TEAM.id, conversationType: 'channel', isGroup: true, tenantId: tiina.tenantId } }),
    channelData: { ...lanuTeamData, settings: { selectedChannel: { id: LANU_TEAM.id } } },
  });

/** An Action.Execute press in the person's chat; returns the text of the card that replaced the pressed one. */
export async function pressInChat(url: string, who: Someone, serviceUrl: string, verb: string, data: object): Promise<string> {
  const activity = cardExecute(verb, { ...inChat(who, serviceUrl), data: { action: verb, ...data } });
  return cardText((await postActivity(url, { ...activity, channelData: { tenant: { id: who.tenantId } } })).value);
}

/** An Action.Execute press on a card in the lanu channel. */
export async function pressInLanu(url: string, who: Someone, serviceUrl: string, verb: string, data: object): Promise<string> {
  const activity = cardExecute(verb, { ...inLanuChannel(who, serviceUrl), data: { action: verb, ...data } });
  return cardText((await postActivity(url, { ...activity, channelData: { ...lanuTeamData, source: { name: 'message' } } })).value);
}

/** Polls until `done` holds, or throws naming what did not happen. */
export async function waitFor(what: string, done: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
