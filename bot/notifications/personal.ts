/** Messages to a person's own chat with Kollega, from the outbox. */
import type { Kysely } from 'kysely';
import { listPersonalConversations } from '../../shared/store/repositories/conversations';
import type { PersonRecord } from '../../shared/store/repositories/people';
import type { Database } from '../../shared/store/schema';
import { cardAttachment, type AdaptiveCard } from '../cards/render';
import type { Proactive } from '../proactive';

/** A message to someone's personal chat with Kollega; someone without one (never installed) is not reached. */
export async function sendToPersonalChat(work: { db: Kysely<Database>; proactive: Proactive }, person: Pick<PersonRecord, 'id'>, card: AdaptiveCard): Promise<boolean> {
  const [chat] = await listPersonalConversations(work.db, [person.id]);
  if (!chat) return false;
  return (await work.proactive.send(chat.id, { attachments: [cardAttachment(card)] })).sent;
}
