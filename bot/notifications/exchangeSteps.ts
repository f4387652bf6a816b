/**
 * After each step of a staff-exchange application (the 'exchange.step' job): the party whose turn it is now gets
 * their card (the supervisor, the host library's contact, or the unit's coordinators; the coordinators also when
 * the supervisor or host is outside Kollega, to record their word), and the applicant hears what someone else did,
 * why, and what comes next. Each in the reader's language, each claimed before it goes: sent once, also across
 * retries and restarts.
 */
import { languageOf } from '../../shared/i18n/language';
import { translator, type MessageKey } from '../../shared/i18n/translate';
import { factsOf } from '../../shared/services/exchangeParties';
import { partyPeople, unitCoordinators } from '../../shared/services/exchangeNotices';
import { exchangeHistory, getExchange, type ExchangeRecord, type HistoryRecord } from '../../shared/store/repositories/exchange';
import { claimExchangeNotice, releaseExchangeNotice } from '../../shared/store/repositories/exchangeAfter';
import { getPerson, type PersonRecord } from '../../shared/store/repositories/people';
import { dateRange, euros, libraryShort } from '../cards/exchangeText';
import { noticeCard } from '../cards/notice';
import type { AdaptiveCard } from '../cards/render';
import { exchangeCardFor } from '../handlers/exchangeCards';
import type { EventWork } from './eventCards';
import { sendClaimedToEach } from './personal';

export type ExchangeWork = Pick<EventWork, 'db' | 'proactive' | 'now'>;

/** Each person's message about this application once, claimed in exchange_notices under `notice`. */
export async function sendExchangeNotice(work: ExchangeWork, applicationId: string, notice: string, cards: ReadonlyMap<string, AdaptiveCard>): Promise<void> {
  await sendClaimedToEach(work, [...cards.keys()].map((personId) => ({ personId })), {
    claim: (personId) => claimExchangeNotice(work.db, { applicationId, notice, personId }, work.now()),
    release: (personId) => releaseExchangeNotice(work.db, { applicationId, notice, personId }),
  }, (p) => cards.get(p.personId)!);
}

/** Whose card it is now: the party whose turn it is, and the coordinators for one outside Kollega. */
async function turnPeople(work: ExchangeWork, application: ExchangeRecord): Promise<PersonRecord[]> {
  const coordinators = () => unitCoordinators(work.db, application.unitId);
  if (application.state === 'coordinatorReview') return coordinators();
  const party = application.state === 'supervisorReview' ? 'supervisor' : application.state === 'hostReview' ? 'host' : undefined;
  if (!party) return [];
  const applicant = await getPerson(work.db, application.applicantId);
  const outside = (await factsOf(work.db, application, applicant?.email ?? null, work.now())).external[party];
  return [...(await partyPeople(work.db, application, party)), ...(outside ? await coordinators() : [])];
}

async function sendTurnCards(work: ExchangeWork, application: ExchangeRecord, seq: number): Promise<void> {
  // Drawn before sending, each person's own version (the card builder in sendClaimedToEach is synchronous).
  const cards = new Map<string, AdaptiveCard>();
  for (const person of await turnPeople(work, application)) {
    const card = await exchangeCardFor(work.db, person, application.id, languageOf(person.locale), work.now());
    if (card) cards.set(person.id, card);
  }
  await sendExchangeNotice(work, application.id, `turn@${seq}`, cards);
}

const told = new Set(['confirm', 'acceptAsHost', 'approveCosts', 'requestChanges', 'decline', 'markReimbursed']);

/** What the applicant reads about a step someone else took. */
function toldCard(application: ExchangeRecord, entry: HistoryRecord, reader: PersonRecord): AdaptiveCard {
  const lang = languageOf(reader.locale);
  const t = translator(lang);
  const host = libraryShort(application.hostLibraryId, lang);
  // The supervisor's or host's own word, also when a coordinator recorded it: named as the applicant named them.
  const name = entry.party === 'supervisor' && entry.recordedFor ? application.supervisorName
    : entry.party === 'host' && entry.recordedFor ? application.hostContactName
      : (entry.actorName ?? '–');
  const params = {
    name, host, party: t(`exchange.party.${entry.party}` as MessageKey), mentor: application.mentorName ?? '–',
    granted: euros(application.grantedCents ?? 0, lang), amount: euros(application.reimbursedCents ?? 0, lang),
    dates: dateRange(application.startsOn, application.endsOn, lang) ?? '–',
  };
  const next: Partial<Record<string, MessageKey>> = { hostReview: 'exchangeBot.next.hostReview', coordinatorReview: 'exchangeBot.next.coordinatorReview', approved: 'exchangeBot.next.approved', changesRequested: 'exchangeBot.next.changesRequested' };
  const nextKey = entry.action === 'markReimbursed' ? undefined : next[entry.state];
  return noticeCard({
    lines: [
      t('exchangeBot.title'),
      t(`exchangeBot.told.${entry.action}` as MessageKey, params),
      ...(entry.reason ? [t('exchangeBot.told.reason', { reason: entry.reason })] : []),
      ...(entry.recordedFor ? [t('exchangeBot.told.recordedBy', { name: entry.actorName ?? '–' })] : []),
      ...(nextKey ? [t(nextKey, { host })] : []),
    ],
  });
}

export async function onExchangeStep(work: ExchangeWork, { applicationId, seq }: { applicationId: string; seq: number }): Promise<void> {
  const application = await getExchange(work.db, applicationId);
  const entry = application && (await exchangeHistory(work.db, application.id)).find((h) => h.seq === seq);
  if (!application || !entry) return;
  // Only while the application stands where this step left it: a later step's job sends the cards of its turn.
  if (application.version === seq) await sendTurnCards(work, application, seq);
  if (entry.party === 'applicant' || !told.has(entry.action)) return;
  const applicant = await getPerson(work.db, application.applicantId);
  if (applicant) await sendExchangeNotice(work, application.id, `told@${seq}`, new Map([[applicant.id, toldCard(application, entry, applicant)]]));
}
