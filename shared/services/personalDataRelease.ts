/**
 * Before a person's rows go, what they hold open is given back by the rules that own it: a seat at an event whose
 * answers are open is released as a "not going" answer (so the first in the queue moves up and is told), a place
 * in a support group is freed (so the group's Teams series follows), and each exchange application is sorted into
 * removed or kept for the unit's accounts.
 */
import type { Kysely } from 'kysely';
import { todayInFinland } from '../domain/calendarDate';
import { answersOpen } from '../domain/events';
import { exchangeOnErasure } from '../domain/personalData';
import { getEvent } from '../store/repositories/events';
import { recordOf } from '../store/repositories/exchange';
import { groupsOfPerson, removeGroupPerson } from '../store/repositories/mentoring';
import type { PersonRecord } from '../store/repositories/people';
import type { Subject } from '../store/repositories/personalData/subject';
import type { Database } from '../store/schema';
import { answer } from './eventAnswers';
import { cardsFollowUp } from './events';
import { factsOf } from './exchangeParties';
import { attendeesFollow } from './mentoring';

/** Releases their open seats and places; returns the events whose cards will change, not yet over. */
export async function releaseOpenPlaces(db: Kysely<Database>, person: PersonRecord, now: Date): Promise<string[]> {
  const ctx = { db, now };
  const answered = await db.selectFrom('event_rsvps').select(['event_id', 'answer']).where('person_id', '=', person.id).execute();
  const contributed = await db.selectFrom('event_contributions').select('event_id').where('person_id', '=', person.id).execute();
  const touched = new Set([...answered, ...contributed].map((r) => r.event_id));
  for (const r of answered) {
    const event = await getEvent(db, r.event_id);
    if (event && r.answer !== 'notGoing' && answersOpen(event, now)) await answer(ctx, { person, eventId: event.id, answer: 'notGoing' });
  }
  for (const { groupId } of await groupsOfPerson(db, person.id)) {
    await removeGroupPerson(db, groupId, person.id);
    await attendeesFollow(db, groupId, now);
  }
  const upcoming: string[] = [];
  for (const id of touched) if (((await getEvent(db, id))?.endsAt ?? now) > now) upcoming.push(id);
  return upcoming;
}

/** After their answers and tips are gone, the cards of the events still ahead show the new counts. */
export async function cardsFollow(db: Kysely<Database>, eventIds: readonly string[], now: Date): Promise<void> {
  for (const id of eventIds) await cardsFollowUp(db, { now }, id);
}

export async function sortExchanges(db: Kysely<Database>, person: PersonRecord, now: Date): Promise<Subject['exchange']> {
  const rows = await db.selectFrom('exchange_applications').selectAll().where('applicant_id', '=', person.id).execute();
  const sorted: Subject['exchange'] = { deleted: [], anonymised: [] };
  const today = todayInFinland(now);
  for (const application of rows.map(recordOf)) {
    const facts = await factsOf(db, application, person.email, now);
    sorted[exchangeOnErasure(facts, today) === 'delete' ? 'deleted' : 'anonymised'].push(application.id);
  }
  return sorted;
}
