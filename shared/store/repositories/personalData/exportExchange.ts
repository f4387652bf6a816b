/**
 * The export's exchange area: their own applications in full (with the history's parties and reasons, the
 * feedback about their visits and their story), the steps they took on others' applications where they were
 * named, the feedback they wrote, budgets they set and the messages Kollega sent them.
 */
import type { Kysely } from 'kysely';
import type { PersonalDataExport } from '../../../api/personalDataContract';
import type { Database } from '../../schema';
import { recordOf } from '../exchange';
import type { ExportSubject } from './exportProfile';

export async function exchangeArea(db: Kysely<Database>, { person }: ExportSubject): Promise<PersonalDataExport['exchange']> {
  const id = person.id;
  const email = person.email?.toLowerCase() ?? '';
  const own = (await db.selectFrom('exchange_applications').selectAll().where('applicant_id', '=', id).orderBy('created_at').execute()).map(recordOf);
  const ownIds = own.map((a) => a.id);
  const history = ownIds.length === 0 ? [] : await db.selectFrom('exchange_history').selectAll().where('application_id', 'in', ownIds).orderBy('seq').execute();
  const feedback = ownIds.length === 0 ? [] : await db.selectFrom('exchange_feedback').selectAll().where('application_id', 'in', ownIds).execute();
  const stories = ownIds.length === 0 ? [] : await db.selectFrom('exchange_stories').selectAll().where('application_id', 'in', ownIds).execute();

  const named = await db
    .selectFrom('exchange_applications')
    .select(['id', 'state', 'starts_on', 'ends_on', 'supervisor_id', 'supervisor_email', 'host_contact_id', 'host_contact_email', 'mentor_email'])
    .where('applicant_id', '!=', id)
    .where((eb) =>
      eb.or([
        eb('supervisor_id', '=', id), eb('host_contact_id', '=', id),
        ...(email ? [eb('supervisor_email', '=', email), eb('host_contact_email', '=', email), eb('mentor_email', '=', email)] : []),
      ]),
    )
    .execute();
  const steps = named.length === 0 ? [] : await db.selectFrom('exchange_history').selectAll().where('application_id', 'in', named.map((a) => a.id)).where('actor_id', '=', id).orderBy('seq').execute();
  const written = await db.selectFrom('exchange_feedback').selectAll().where('author_id', '=', id).where('application_id', 'not in', ownIds.length ? ownIds : ['']).execute();
  const budgets = await db.selectFrom('exchange_budgets').selectAll().where('set_by', '=', id).execute();
  const messages = await db.selectFrom('exchange_notices').selectAll().where('person_id', '=', id).orderBy('sent_at').execute();

  const rolesOn = (a: (typeof named)[number]) =>
    [
      (a.supervisor_id === id || (email && a.supervisor_email === email)) && 'supervisor',
      (a.host_contact_id === id || (email && a.host_contact_email === email)) && 'host',
      email && a.mentor_email === email && 'workplaceMentor',
    ].filter((r): r is string => Boolean(r));
  return {
    // Others' Kollega ids are left out; the names and addresses the applicant wrote are their own plan.
    applications: own.map(({ id: applicationId, applicantId: _applicant, supervisorId: _supervisor, hostContactId: _host, ...rest }) => ({
      id: applicationId,
      ...rest,
      history: history.filter((h) => h.application_id === applicationId).map((h) => ({ at: h.at, party: h.party, action: h.action, reason: h.reason, state: h.state })),
      feedback: feedback.filter((f) => f.application_id === applicationId).map((f) => ({ direction: f.direction, rating: Number(f.rating), text: f.text, givenAt: f.given_at })),
      story: ((s) => (s ? { title: s.title, text: s.text, publishedAt: s.published_at } : null))(stories.find((s) => s.application_id === applicationId)),
    })),
    asParty: named.map((a) => ({
      applicationId: a.id, roles: rolesOn(a), state: a.state, startsOn: a.starts_on, endsOn: a.ends_on,
      steps: steps.filter((h) => h.application_id === a.id).map((h) => ({ at: h.at, action: h.action, reason: h.reason })),
    })),
    feedbackWritten: written.map((f) => ({ applicationId: f.application_id, direction: f.direction, rating: Number(f.rating), text: f.text, givenAt: f.given_at })),
    budgetsSet: budgets.map((b) => ({ unitId: b.unit_id, year: Number(b.year), amountCents: Number(b.amount_cents), setAt: b.set_at })),
    messages: messages.map((m) => ({ applicationId: m.application_id, notice: m.notice, sentAt: m.sent_at })),
  };
}
