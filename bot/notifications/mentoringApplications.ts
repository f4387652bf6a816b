/**
 * Messages around applications to a support group: the season's coordinators hear of a new one (the group's
 * network's coordinators, or the unit's when the group has no network), and the applicant hears the decision.
 * Each in the reader's language, in their personal chat with Kollega.
 */
import { inLanguage } from '../../shared/domain/localized';
import { languageOf } from '../../shared/i18n/language';
import { translator } from '../../shared/i18n/translate';
import { listNetworks } from '../../shared/store/repositories/catalog';
import { getGroup, getSeason } from '../../shared/store/repositories/mentoring';
import { getApplication } from '../../shared/store/repositories/mentoringApplications';
import { findPeopleByIdentity, getPerson } from '../../shared/store/repositories/people';
import { noticeCard } from '../cards/notice';
import type { EventWork } from './eventCards';
import { sendToPersonalChat } from './personal';
import { RetryLater } from './retryLater';

type MessageWork = Pick<EventWork, 'db' | 'proactive' | 'now'>;

export async function notifyApplicationCoordinators(work: MessageWork, { applicationId }: { applicationId: string }): Promise<void> {
  const application = await getApplication(work.db, applicationId);
  const group = application && (await getGroup(work.db, application.groupId));
  const season = group && (await getSeason(work.db, group.seasonId));
  const applicant = application && (await getPerson(work.db, application.personId));
  if (!application || application.state !== 'pending' || !group || !season || !applicant) return;
  const networks = (await listNetworks(work.db)).filter((n) => (group.networkId ? n.id === group.networkId : n.unitId === season.unitId));
  const coordinators = [...new Map(networks.flatMap((n) => n.coordinators).map((c) => [c.id, c])).values()];
  const retry = new RetryLater();
  for (const coordinator of coordinators) {
    for (const person of await findPeopleByIdentity(work.db, coordinator)) {
      const lang = languageOf(person.locale);
      const t = translator(lang);
      const lines = [t('mentoring.notice.applied', { name: applicant.displayName ?? '', group: inLanguage(group.name, lang) }), ...(application.message ? [application.message] : []), t('mentoring.notice.decideInTab')];
      await retry.unlessPermanent(async () => void (await sendToPersonalChat(work, person, noticeCard({ lines }))));
    }
  }
  retry.throwIfAny();
}

export async function notifyApplicant(work: MessageWork, { applicationId }: { applicationId: string }): Promise<void> {
  const application = await getApplication(work.db, applicationId);
  const group = application && (await getGroup(work.db, application.groupId));
  const applicant = application && (await getPerson(work.db, application.personId));
  if (!application || !group || !applicant || (application.state !== 'accepted' && application.state !== 'declined')) return;
  const lang = languageOf(applicant.locale);
  const t = translator(lang);
  const name = inLanguage(group.name, lang);
  const lines = application.state === 'accepted'
    ? [t('mentoring.notice.accepted', { group: name })]
    : [t('mentoring.notice.declined', { group: name }), ...(application.reason ? [t('event.notice.reason', { reason: application.reason })] : [])];
  await sendToPersonalChat(work, applicant, noticeCard({ lines }));
}
