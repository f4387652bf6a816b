/**
 * A person's e-mail, which Teams gives only through its member API. Coordinators may be named by e-mail in
 * the seed, so it is looked up once, when a decision needs it, and kept.
 */
import { TeamsInfo, type TurnContext } from 'botbuilder';
import { updatePersonDetails, type PersonRecord } from '../../shared/store/repositories/people';
import type { BotServices } from '../services';
import type { Turn } from '../turn';

export async function withEmail(turn: Turn, services: BotServices): Promise<PersonRecord> {
  if (turn.person.email) return turn.person;
  const now = services.now().getTime();
  // Teams had no e-mail for this person a moment ago: asking on every decision would only add a round trip.
  if (services.recent.lookedUpRecently(turn.person.id, now)) return turn.person;
  services.recent.lookedUpNow(turn.person.id, now);
  try {
    const email = await teamsEmailOf(turn.context, turn.activity.from.id);
    if (!email) return turn.person;
    await updatePersonDetails(services.store.db, turn.person.id, { email }, services.now());
    return { ...turn.person, email };
  } catch (err) {
    // Not fatal: the person can still be recognised by Entra object id.
    services.log.debug({ err }, 'member info unavailable');
    return turn.person;
  }
}

/** The address Teams' member API gives for someone (e-mail, else the sign-in name), lower case; throws if Teams cannot answer. */
export async function teamsEmailOf(context: TurnContext, userId: string): Promise<string | null> {
  const member = await TeamsInfo.getMember(context, userId);
  return (member.email || member.userPrincipalName || '').toLowerCase() || null;
}
