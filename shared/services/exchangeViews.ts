/**
 * An exchange application as one person may see it: the plan, its parties, its history, the feedback meant for
 * them, and the steps open to them now. The tab's API and the bot's cards both show this.
 */
import type { Kysely } from 'kysely';
import type { ExchangeApplicationView, LibrarySummary } from '../api/exchangeContract';
import { feedbackProblem, possibleSteps, type Party } from '../domain/exchange/application';
import { findLibrary, isBilingual, type Library } from '../domain/exchange/libraryDirectory';
import { regionLibraries } from '../domain/exchange/regionLibraries';
import { visitDays } from '../domain/exchange/workingDays';
import { exchangeHistory, getExchange, listExchangesOf } from '../store/repositories/exchange';
import { getStory, listFeedback, type FeedbackDirection } from '../store/repositories/exchangeAfter';
import { getPerson, type PersonRecord } from '../store/repositories/people';
import type { Database } from '../store/schema';
import { factsOf, partiesOf } from './exchangeParties';
import { todayInFinland } from '../domain/calendarDate';

export const librarySummary = (library: Library): LibrarySummary => ({
  id: library.id, name: library.name, municipality: library.municipality.name, regionId: library.municipality.regionId,
  languages: library.municipality.languages, bilingual: isBilingual(library), email: library.email, phone: library.phone, url: library.url,
});

export const libraryById = (id: string | null): LibrarySummary | null => {
  const library = id ? findLibrary(regionLibraries, id) : undefined;
  return library ? librarySummary(library) : null;
};

/** Who reads which feedback: the host's is for the guest, the unit's for the unit, and the coordinator reads all. */
const readers: Record<FeedbackDirection, readonly Party[]> = {
  guestToHost: ['applicant', 'host', 'coordinator'],
  guestToUnit: ['applicant', 'coordinator'],
  hostToGuest: ['applicant', 'host', 'coordinator'],
};
/** Who writes it. */
export const writerOf: Record<FeedbackDirection, Party> = { guestToHost: 'applicant', guestToUnit: 'applicant', hostToGuest: 'host' };

/** The application as one person sees it: the contract's shape. */
export type ExchangeView = ExchangeApplicationView;

/** The application as this person sees it, or undefined when it is none of theirs (nor their unit's). */
export async function exchangeView(db: Kysely<Database>, person: PersonRecord, applicationId: string, now: Date): Promise<ExchangeView | undefined> {
  const application = await getExchange(db, applicationId);
  if (!application) return undefined;
  const parties = await partiesOf(db, person, application);
  // A coordinator does not see a draft: it is the applicant's until they send it.
  if (parties.size === 0 || (application.state === 'draft' && !parties.has('applicant'))) return undefined;
  const applicant = await getPerson(db, application.applicantId);
  const facts = await factsOf(db, application, applicant?.email ?? null, now);
  const today = todayInFinland(now);
  const steps = possibleSteps(facts, { parties }, today);
  const record = (who: 'supervisor' | 'host') => (parties.has('coordinator') ? possibleSteps(facts, { parties, recordingFor: who }, today) : []);
  const feedback = (await listFeedback(db, [application.id])).filter((f) => readers[f.direction].some((p) => parties.has(p)));
  const given = new Set(feedback.map((f) => f.direction));
  const afterVisit = feedbackProblem(facts, today) === undefined;
  const { supervisorId: _s, hostContactId: _h, ...rest } = application;
  const days = application.startsOn && application.endsOn ? visitDays(application.startsOn, application.endsOn) : undefined;
  return {
    ...rest,
    applicantName: applicant?.displayName ?? null,
    homeLibrary: libraryById(application.homeLibraryId),
    hostLibrary: libraryById(application.hostLibraryId),
    workingDays: days?.ok ? days.workingDays : null,
    outside: facts.external,
    history: await exchangeHistory(db, application.id),
    feedback,
    story: (await getStory(db, application.id)) ?? null,
    you: {
      parties: [...parties],
      steps,
      recordFor: { supervisor: record('supervisor'), host: record('host') },
      feedback: afterVisit ? (Object.keys(writerOf) as FeedbackDirection[]).filter((d) => parties.has(writerOf[d]) && !given.has(d)) : [],
      story: afterVisit && parties.has('applicant'),
    },
  };
}

/** The person's own applications and those waiting for them as supervisor or host, newest first. */
export async function myExchanges(db: Kysely<Database>, person: PersonRecord, now: Date): Promise<ExchangeView[]> {
  const views: ExchangeView[] = [];
  for (const application of await listExchangesOf(db, person.id)) {
    const view = await exchangeView(db, person, application.id, now);
    if (view) views.push(view);
  }
  return views;
}
