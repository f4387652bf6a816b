/**
 * Who plays which part in a staff-exchange application, read from the store on every request: a card's or a
 * form's say-so counts for nothing. The supervisor and the host contact are named by e-mail; until they have
 * talked to Kollega or signed in to the tab they are outside it, and their unit's coordinator records their word.
 */
import type { Kysely } from 'kysely';
import type { ExchangeFacts, Party } from '../domain/exchange/application';
import { checkPlan } from '../domain/exchange/plan';
import { findLibrary } from '../domain/exchange/libraryDirectory';
import { regionLibraries } from '../domain/exchange/regionLibraries';
import { dayNumber, todayInFinland } from '../domain/calendarDate';
import type { ExchangeRecord } from '../store/repositories/exchange';
import { getPerson, type PersonRecord } from '../store/repositories/people';
import type { Database } from '../store/schema';
import { coordinatedUnits } from './mentoring';

export const knownLibrary = (id: string) => findLibrary(regionLibraries, id) !== undefined;

const named = (person: PersonRecord, id: string | null, email: string) => person.id === id || (!!person.email && person.email === email);

export async function partiesOf(db: Kysely<Database>, person: PersonRecord, application: ExchangeRecord): Promise<Set<Party>> {
  const parties = new Set<Party>();
  if (person.id === application.applicantId) parties.add('applicant');
  // Before submission the supervisor and host have no part yet: the draft is the applicant's alone.
  if (application.state !== 'draft') {
    if (named(person, application.supervisorId, application.supervisorEmail)) parties.add('supervisor');
    if (named(person, application.hostContactId, application.hostContactEmail)) parties.add('host');
  }
  if ((await coordinatedUnits(db, person)).has(application.unitId)) parties.add('coordinator');
  return parties;
}

/** Someone Kollega knows only by the e-mail the applicant gave: they cannot press a card or open the tab yet. */
async function isOutside(db: Kysely<Database>, personId: string | null): Promise<boolean> {
  if (!personId) return true;
  const person = await getPerson(db, personId);
  return !person || person.botUserId.startsWith('mail:');
}

export async function factsOf(db: Kysely<Database>, application: ExchangeRecord, applicantEmail: string | null, now: Date): Promise<ExchangeFacts> {
  const today = todayInFinland(now);
  const plan = checkPlan(application, { today, knownLibrary, applicantEmail });
  return {
    state: application.state,
    // A draft without dates has no visit yet: put it far ahead so no date rule bites.
    visitStartsOn: application.startsOn ? dayNumber(application.startsOn)! : Number.MAX_SAFE_INTEGER,
    visitEndsOn: application.endsOn ? dayNumber(application.endsOn)! : Number.MAX_SAFE_INTEGER,
    planComplete: plan.errors.length === 0 && plan.gaps.length === 0,
    costsFiled: application.actualTravelCents !== null,
    external: { supervisor: await isOutside(db, application.supervisorId), host: await isOutside(db, application.hostContactId) },
  };
}
