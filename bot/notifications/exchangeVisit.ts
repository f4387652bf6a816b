/**
 * Around an agreed visit: a few days before it, the plan to the guest and to the workplace mentor (when Kollega
 * knows them by the e-mail the host gave; else to the host library's contact); the day after it, the guest is
 * asked for feedback to the host library and to the unit and for the actual costs, and the host contact for their
 * feedback. Nothing goes for an application that is no longer agreed or whose dates moved; each message goes once.
 */
import { languageOf } from '../../shared/i18n/language';
import { translator } from '../../shared/i18n/translate';
import { mentorPeople, partyPeople } from '../../shared/services/exchangeNotices';
import { exchangeView } from '../../shared/services/exchangeViews';
import { getExchange } from '../../shared/store/repositories/exchange';
import { getPerson, type PersonRecord } from '../../shared/store/repositories/people';
import { dateRange, day, exchangeFacts, libraryShort } from '../cards/exchangeText';
import { noticeCard } from '../cards/notice';
import type { AdaptiveCard } from '../cards/render';
import { afterVisitCardFor, reachable } from '../handlers/exchangeCards';
import { sendExchangeNotice, type ExchangeWork } from './exchangeSteps';

export async function remindOfVisit(work: ExchangeWork, { applicationId, startsOn }: { applicationId: string; startsOn: string }): Promise<void> {
  const application = await getExchange(work.db, applicationId);
  const applicant = application && (await getPerson(work.db, application.applicantId));
  if (!application || !applicant || application.state !== 'approved' || application.startsOn !== startsOn) return;
  // The plan is the same for everyone: read as the applicant sees it, written in each reader's language.
  const view = (await exchangeView(work.db, applicant, application.id, work.now()))!;
  const mentors = (await mentorPeople(work.db, application)).filter(reachable);
  const hosts = mentors.length > 0 ? mentors : await partyPeople(work.db, application, 'host');
  const card = (person: PersonRecord, guest: boolean): AdaptiveCard => {
    const lang = languageOf(person.locale);
    const t = translator(lang);
    const host = libraryShort(application.hostLibraryId, lang);
    const heading = guest
      ? t('exchangeBot.reminder.guest', { host, date: day(startsOn, lang) })
      : t('exchangeBot.reminder.host', { name: view.applicantName ?? '–', home: libraryShort(application.homeLibraryId, lang), host, dates: dateRange(application.startsOn, application.endsOn, lang) ?? '–' });
    return noticeCard({ lines: [heading, t('exchangeBot.reminder.close')], entries: exchangeFacts(view, lang, 'plan').map((f) => ({ title: f.title, detail: f.value })) });
  };
  const cards = new Map<string, AdaptiveCard>();
  for (const person of hosts) cards.set(person.id, card(person, false));
  cards.set(applicant.id, card(applicant, true));
  await sendExchangeNotice(work, application.id, `reminder@${startsOn}`, cards);
}

export async function askAfterVisit(work: ExchangeWork, { applicationId, endsOn }: { applicationId: string; endsOn: string }): Promise<void> {
  const application = await getExchange(work.db, applicationId);
  if (!application || application.state !== 'approved' || application.endsOn !== endsOn) return;
  const applicant = await getPerson(work.db, application.applicantId);
  const cards = new Map<string, AdaptiveCard>();
  for (const person of [...(applicant ? [applicant] : []), ...(await partyPeople(work.db, application, 'host'))]) {
    const view = await exchangeView(work.db, person, application.id, work.now());
    // Only someone who still has something to give: feedback, or (the guest) the costs.
    if (!view || (view.you.feedback.length === 0 && !view.you.steps.includes('fileCosts'))) continue;
    const card = await afterVisitCardFor(work.db, person, application.id, languageOf(person.locale), work.now());
    if (card) cards.set(person.id, card);
  }
  await sendExchangeNotice(work, application.id, `afterVisit@${endsOn}`, cards);
}
