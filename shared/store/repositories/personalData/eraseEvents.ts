/**
 * Erasing a person from events. Seats were released before these steps (the events' own rules answered "not
 * going" for them where answers are still open, so the first in the queue moved up); here their answers, tips
 * and notices go, and each event's counts are taken again from the answers left, so the card stays right.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../schema';
import { toTimestamp } from '../util';
import type { EraseStep } from './steps';
import { changed, entraIdsOf, ERASED_PERSON_ID } from './subject';

export const eraseEventNotices: EraseStep = async (db, s) => changed(await db.deleteFrom('event_notices_sent').where('person_id', '=', s.person.id).executeTakeFirst());

export const eraseContributions: EraseStep = async (db, s) => {
  const events = (await db.selectFrom('event_contributions').select('event_id').distinct().where('person_id', '=', s.person.id).execute()).map((r) => r.event_id);
  const rows = changed(await db.deleteFrom('event_contributions').where('person_id', '=', s.person.id).executeTakeFirst());
  for (const id of events) {
    await db
      .updateTable('events')
      .set((eb) => ({
        contributions_count: eb.selectFrom('event_contributions').select((c) => c.fn.countAll<number>().as('n')).where('event_id', '=', id),
        version: eb('version', '+', 1),
        updated_at: toTimestamp(s.now),
      }))
      .where('id', '=', id)
      .execute();
  }
  return rows;
};

export const eraseRsvps: EraseStep = async (db, s) => {
  const events = (await db.selectFrom('event_rsvps').select('event_id').where('person_id', '=', s.person.id).execute()).map((r) => r.event_id);
  const rows = changed(await db.deleteFrom('event_rsvps').where('person_id', '=', s.person.id).executeTakeFirst());
  for (const id of events) await recountAnswers(db, id, s.now);
  return rows;
};

/** An event's counts from its answers as they are. */
export async function recountAnswers(db: Kysely<Database>, eventId: string, now: Date): Promise<void> {
  const groups = await db
    .selectFrom('event_rsvps')
    .select(['answer', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('event_id', '=', eventId)
    .groupBy(['answer', 'status'])
    .execute();
  const count = (answer: string, status?: string) =>
    groups.filter((g) => g.answer === answer && (status === undefined || g.status === status)).reduce((n, g) => n + Number(g.n), 0);
  await db
    .updateTable('events')
    .set((eb) => ({
      confirmed_count: count('going', 'confirmed'),
      waitlisted_count: count('going', 'waitlisted'),
      maybe_count: count('maybe'),
      not_going_count: count('notGoing'),
      version: eb('version', '+', 1),
      updated_at: toTimestamp(now),
    }))
    .where('id', '=', eventId)
    .execute();
}

/** Events they planned stay the network's; the planner becomes the erased person, the meeting no longer theirs. */
export const eraseEventPlanner: EraseStep = async (db, s) => {
  let rows = changed(await db.updateTable('events').set({ created_by: ERASED_PERSON_ID }).where('created_by', '=', s.person.id).executeTakeFirst());
  const entra = entraIdsOf(s.person);
  if (entra.length > 0) rows += changed(await db.updateTable('events').set({ graph_organizer_id: null }).where('graph_organizer_id', 'in', entra).executeTakeFirst());
  return rows;
};
