/** Everything an application card shows about one application, read fresh from the store each time it is drawn. */
import type { Kysely } from 'kysely';
import { inLanguage } from '../../shared/domain/localized';
import type { Language } from '../../shared/i18n/language';
import { countMembers, getGroup } from '../../shared/store/repositories/mentoring';
import { getApplication } from '../../shared/store/repositories/mentoringApplications';
import { getPerson } from '../../shared/store/repositories/people';
import type { Database } from '../../shared/store/schema';
import type { ApplicationView } from '../cards/mentoringApplication';

export async function loadApplicationView(db: Kysely<Database>, applicationId: string, lang: Language): Promise<ApplicationView | undefined> {
  const application = await getApplication(db, applicationId);
  const group = application && (await getGroup(db, application.groupId));
  if (!application || !group) return undefined;
  const decider = application.decidedBy ? await getPerson(db, application.decidedBy) : undefined;
  return {
    applicationId: application.id,
    state: application.state,
    applicantName: (await getPerson(db, application.personId))?.displayName ?? '?',
    groupName: inLanguage(group.name, lang),
    members: await countMembers(db, group.id),
    capacity: group.capacity,
    message: application.message,
    askedAt: application.createdAt,
    deciderName: decider?.displayName ?? null,
    decidedAt: application.decidedAt,
    reason: application.reason,
  };
}
