/** The export's networks and events areas: their memberships, requests, answers, tips and what they planned. */
import type { Kysely } from 'kysely';
import type { PersonalDataExport } from '../../../api/personalDataContract';
import type { Database } from '../../schema';
import type { ExportSubject } from './exportProfile';

const localized = (r: { fi: string; sv: string; en: string | null }) => ({ fi: r.fi, sv: r.sv, en: r.en });

export async function networksArea(db: Kysely<Database>, { person }: ExportSubject): Promise<PersonalDataExport['networks']> {
  const memberships = await db
    .selectFrom('memberships as m')
    .innerJoin('networks as n', 'n.id', 'm.network_id')
    .select(['m.network_id', 'n.name_fi as fi', 'n.name_sv as sv', 'n.name_en as en', 'm.joined_at', 'm.left_at', 'm.teams_state'])
    .where('m.person_id', '=', person.id)
    .orderBy('m.joined_at')
    .execute();
  // The coordinator who decided is named: the decision is the requester's to know.
  const requests = await db
    .selectFrom('join_requests as r')
    .innerJoin('networks as n', 'n.id', 'r.network_id')
    .leftJoin('people as d', 'd.id', 'r.decided_by')
    .select(['r.id', 'r.network_id', 'n.name_fi as fi', 'n.name_sv as sv', 'n.name_en as en', 'r.state', 'r.message', 'r.library', 'r.created_at', 'r.decided_at', 'd.display_name as decider', 'r.decided_by', 'r.reason'])
    .where('r.person_id', '=', person.id)
    .orderBy('r.created_at')
    .execute();
  const cards = await db.selectFrom('approval_cards').select(['join_request_id', 'sent_at']).where('coordinator_person_id', '=', person.id).orderBy('sent_at').execute();
  return {
    memberships: memberships.map((m) => ({ networkId: m.network_id, network: localized(m), joinedAt: m.joined_at, leftAt: m.left_at, teamsState: m.teams_state })),
    joinRequests: requests.map((r) => ({
      id: r.id, networkId: r.network_id, network: localized(r), state: r.state, message: r.message, library: r.library, askedAt: r.created_at,
      decidedAt: r.decided_at, decidedBy: r.decided_by === person.id ? person.displayName : r.decider, reason: r.reason,
    })),
    approvalCards: cards.map((c) => ({ joinRequestId: c.join_request_id, sentAt: c.sent_at })),
  };
}

export async function eventsArea(db: Kysely<Database>, { person }: ExportSubject): Promise<PersonalDataExport['events']> {
  const title = ['e.title_fi as fi', 'e.title_sv as sv', 'e.title_en as en'] as const;
  const answers = await db
    .selectFrom('event_rsvps as r')
    .innerJoin('events as e', 'e.id', 'r.event_id')
    .select(['r.event_id', ...title, 'e.starts_at', 'r.answer', 'r.status', 'r.answered_at'])
    .where('r.person_id', '=', person.id)
    .orderBy('e.starts_at')
    .execute();
  const contributions = await db
    .selectFrom('event_contributions as c')
    .innerJoin('events as e', 'e.id', 'c.event_id')
    .select(['c.event_id', ...title, 'c.kind', 'c.title', 'c.author', 'c.age_group', 'c.isbn', 'c.note', 'c.description', 'c.library', 'c.created_at'])
    .where('c.person_id', '=', person.id)
    .orderBy('c.created_at')
    .execute();
  const planned = await db.selectFrom('events as e').select(['e.id', ...title, 'e.starts_at', 'e.state']).where('e.created_by', '=', person.id).orderBy('e.starts_at').execute();
  const messages = await db.selectFrom('event_notices_sent').select(['event_id', 'notice', 'sent_at']).where('person_id', '=', person.id).orderBy('sent_at').execute();
  return {
    answers: answers.map((a) => ({ eventId: a.event_id, title: localized(a), startsAt: a.starts_at, answer: a.answer, status: a.status, answeredAt: a.answered_at })),
    contributions: contributions.map((c) => ({
      eventId: c.event_id, title: localized(c), kind: c.kind, addedAt: c.created_at,
      contribution: { title: c.title, author: c.author, ageGroup: c.age_group, isbn: c.isbn, note: c.note, description: c.description, library: c.library },
    })),
    planned: planned.map((e) => ({ eventId: e.id, title: localized(e), startsAt: e.starts_at, state: e.state })),
    messages: messages.map((m) => ({ eventId: m.event_id, notice: m.notice, sentAt: m.sent_at })),
  };
}
