/**
 * The staff-exchange cards as they stand now for one person, read fresh from the store each time they are drawn
 * (by a press, a refresh or the outbox): the application's card and the after-visit card, or undefined when the
 * application is none of theirs, so an outsider learns nothing of it.
 */
import type { Kysely } from 'kysely';
import type { Language } from '../../shared/i18n/language';
import { budgetLeft, partyPeople, unitCoordinators } from '../../shared/services/exchangeNotices';
import { exchangeView } from '../../shared/services/exchangeViews';
import { getExchange, type ExchangeRecord } from '../../shared/store/repositories/exchange';
import { getPerson, type PersonRecord } from '../../shared/store/repositories/people';
import type { Database } from '../../shared/store/schema';
import { afterVisitCard } from '../cards/exchangeAfterVisit';
import { exchangeCard } from '../cards/exchangeApplication';
import type { AdaptiveCard } from '../cards/render';

type Notice = { text: string; good: boolean };

/** Someone Teams can address: not a person known only by an e-mail someone gave, nor only by a tab sign-in. */
export const reachable = (person: PersonRecord) => !person.botUserId.startsWith('mail:') && !person.botUserId.startsWith('aad:');

/** The parties' Teams ids: the applicant, the supervisor, the host contact and the unit's coordinators. */
export async function refreshIdsOf(db: Kysely<Database>, application: ExchangeRecord): Promise<string[]> {
  const applicant = await getPerson(db, application.applicantId);
  const others = application.state === 'draft'
    ? []
    : [...(await partyPeople(db, application, 'supervisor')), ...(await partyPeople(db, application, 'host')), ...(await unitCoordinators(db, application.unitId))];
  return [...new Set([...(applicant ? [applicant] : []), ...others].filter(reachable).map((p) => p.botUserId))];
}

export async function exchangeCardFor(db: Kysely<Database>, person: PersonRecord, applicationId: string, lang: Language, now: Date, notice?: Notice): Promise<AdaptiveCard | undefined> {
  const view = await exchangeView(db, person, applicationId, now);
  const application = view && (await getExchange(db, applicationId));
  if (!view || !application) return undefined;
  const budget = view.you.steps.includes('approveCosts') ? await budgetLeft(db, application) : null;
  return exchangeCard({ lang, view, budget, refreshUserIds: await refreshIdsOf(db, application), notice });
}

export async function afterVisitCardFor(db: Kysely<Database>, person: PersonRecord, applicationId: string, lang: Language, now: Date, notice?: Notice): Promise<AdaptiveCard | undefined> {
  const view = await exchangeView(db, person, applicationId, now);
  return view && afterVisitCard({ lang, view, notice });
}
