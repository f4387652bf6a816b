/**
 * Messages around applications to a support group: the group's coordinators (its network's, or its unit's when
 * it has none) get the application card to decide on, and the applicant hears the decision. Each in the reader's
 * language, in their personal chat with Kollega, claimed before it goes: sent once, also across restarts.
 */
import { inLanguage } from '../../shared/domain/localized';
import { languageOf } from '../../shared/i18n/language';
import { translator } from '../../shared/i18n/translate';
import { groupCoordinators } from '../../shared/services/mentoring';
import { getGroup } from '../../shared/store/repositories/mentoring';
import { claimApplicationNotice, getApplication, releaseApplicationNotice, type ApplicationRecord } from '../../shared/store/repositories/mentoringApplications';
import { getPerson } from '../../shared/store/repositories/people';
import { applicationCard, type ApplicationView } from '../cards/mentoringApplication';
import { noticeCard } from '../cards/notice';
import type { AdaptiveCard } from '../cards/render';
import { loadApplicationView } from '../handlers/mentoringApplicationView';
import type { EventWork } from './eventCards';
import { sendClaimedToEach } from './personal';

type MessageWork = Pick<EventWork, 'db' | 'proactive' | 'now'>;

async function sendEach<P extends { id: string; locale: string | null }>(work: MessageWork, application: ApplicationRecord, notice: string, people: readonly P[], card: (person: P) => AdaptiveCard) {
  await sendClaimedToEach(work, people.map((p) => ({ ...p, personId: p.id })), {
    claim: (personId) => claimApplicationNotice(work.db, { applicationId: application.id, notice, personId }, work.now()),
    release: (personId) => releaseApplicationNotice(work.db, { applicationId: application.id, notice, personId }),
  }, card);
}

export async function notifyApplicationCoordinators(work: MessageWork, { applicationId }: { applicationId: string }): Promise<void> {
  const application = await getApplication(work.db, applicationId);
  const group = application && (await getGroup(work.db, application.groupId));
  if (!application || application.state !== 'pending' || !group) return;
  const coordinators = await groupCoordinators(work.db, group);
  const refreshIds = coordinators.map((c) => c.botUserId);
  // Read before sending: the card builder is synchronous, and each coordinator reads it in their language.
  const views = new Map<string, ApplicationView>();
  for (const person of coordinators) {
    const lang = languageOf(person.locale);
    if (!views.has(lang)) views.set(lang, (await loadApplicationView(work.db, application.id, lang))!);
  }
  await sendEach(work, application, 'coordinators', coordinators, (person) => {
    const lang = languageOf(person.locale);
    return applicationCard(views.get(lang)!, lang, refreshIds);
  });
}

export async function notifyApplicant(work: MessageWork, { applicationId }: { applicationId: string }): Promise<void> {
  const application = await getApplication(work.db, applicationId);
  const group = application && (await getGroup(work.db, application.groupId));
  const applicant = application && (await getPerson(work.db, application.personId));
  if (!application || !group || !applicant || (application.state !== 'accepted' && application.state !== 'declined')) return;
  await sendEach(work, application, application.state, [applicant], (person) => {
    const lang = languageOf(person.locale);
    const t = translator(lang);
    const name = inLanguage(group.name, lang);
    const lines = application.state === 'accepted'
      ? [t('mentoring.notice.accepted', { group: name })]
      : [t('mentoring.notice.declined', { group: name }), ...(application.reason ? [t('event.notice.reason', { reason: application.reason })] : [])];
    return noticeCard({ lines });
  });
}
