/** Messages to a person's own chat with Kollega, from the outbox. */
import type { Kysely } from 'kysely';
import { listPersonalConversations } from '../../shared/store/repositories/conversations';
import type { PersonRecord } from '../../shared/store/repositories/people';
import type { Database } from '../../shared/store/schema';
import { cardAttachment, type AdaptiveCard } from '../cards/render';
import type { Proactive } from '../proactive';
import { RetryLater } from './retryLater';

/** A message to someone's personal chat with Kollega; someone without one (never installed) is not reached. */
export async function sendToPersonalChat(work: { db: Kysely<Database>; proactive: Proactive }, person: Pick<PersonRecord, 'id'>, card: AdaptiveCard): Promise<boolean> {
  const [chat] = await listPersonalConversations(work.db, [person.id]);
  if (!chat) return false;
  return (await work.proactive.send(chat.id, { attachments: [cardAttachment(card)] })).sent;
}

/** How a personal message is claimed for one person before it goes, and let go again when it could not go. */
export interface MessageClaim {
  claim(personId: string): Promise<boolean>;
  release(personId: string): Promise<void>;
}

/**
 * Sends each person their card once: one already claimed (sent, or being sent elsewhere) is skipped; a failed
 * send is released for the retry, and the others still go (RetryLater reports the failures at the end).
 */
export async function sendClaimedToEach<P extends { personId: string }>(
  work: { db: Kysely<Database>; proactive: Proactive },
  people: readonly P[],
  claims: MessageClaim,
  card: (person: P) => AdaptiveCard,
): Promise<void> {
  const retry = new RetryLater();
  for (const person of people) {
    if (!(await claims.claim(person.personId))) continue;
    await retry.unlessPermanent(async () => {
      try {
        await sendToPersonalChat(work, { id: person.personId }, card(person));
      } catch (err) {
        await claims.release(person.personId);
        throw err;
      }
    });
  }
  retry.throwIfAny();
}
