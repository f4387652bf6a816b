/**
 * The coordinators' card for one application to a support group, in the pattern of the join request's: Accept
 * and Decline while it is pending; once decided, every coordinator's copy says who decided and when. `refresh`
 * makes Teams ask for the current state when a coordinator opens the chat, so a stale copy offers no decision.
 */
import type { ApplicationState } from '../../shared/domain/mentoring/groupApplication';
import { formatDateTime } from '../../shared/i18n/format';
import type { Language } from '../../shared/i18n/language';
import { translator } from '../../shared/i18n/translate';
import { actionData } from '../activities/cardActions';
import { maxRefreshUsers, renderCard, type AdaptiveCard } from './render';
import template from './mentoringApplication.card.json';

export interface ApplicationView {
  applicationId: string;
  state: ApplicationState;
  applicantName: string;
  groupName: string;
  members: number;
  capacity: number | null;
  message: string | null;
  askedAt: Date;
  deciderName: string | null;
  decidedAt: Date | null;
  reason: string | null;
}


export function applicationCard(view: ApplicationView, lang: Language, refreshUserIds: readonly string[], notice?: { text: string; good: boolean }): AdaptiveCard {
  const t = translator(lang);
  const name = view.applicantName;
  const when = view.decidedAt ? formatDateTime(view.decidedAt, lang) : '';
  const decider = view.deciderName ?? '';
  const outcome =
    view.state === 'accepted' ? t('mentoring.card.acceptedBy', { name: decider, when })
      : view.state === 'declined' ? t('mentoring.card.declinedBy', { name: decider, when }) + (view.reason ? ` ${t('outcome.reason', { reason: view.reason })}` : '')
        : view.state === 'withdrawn' ? t('mentoring.card.withdrawnBy', { name, when })
          : '';
  return renderCard(template, {
    notice: notice?.text ?? '',
    noticeColor: notice?.good ? 'Good' : 'Attention',
    refreshTitle: t('app.name'),
    refreshData: actionData({ action: 'mentoringApplicationRefresh', applicationId: view.applicationId }),
    refreshUserIds: refreshUserIds.slice(0, maxRefreshUsers),
    title: t('mentoring.card.applicationTitle', { name, group: view.groupName }),
    labels: { group: t('mentoring.card.group'), size: t('mentoring.card.size'), message: t('approval.message'), asked: t('approval.asked') },
    group: view.groupName,
    size: view.capacity === null ? t('mentoring.card.members', { count: view.members }) : t('mentoring.card.membersOf', { count: view.members, capacity: view.capacity }),
    message: view.message || t('approval.none'),
    asked: formatDateTime(view.askedAt, lang),
    outcome,
    outcomeColor: view.state === 'accepted' ? 'Good' : 'Default',
    pending: view.state === 'pending',
    accept: t('mentoring.card.accept'),
    acceptData: actionData({ action: 'mentoringAccept', applicationId: view.applicationId }),
    decline: t('action.decline'),
    reasonLabel: t('approval.reasonLabel', { name }),
    declineConfirm: t('mentoring.card.declineConfirm'),
    declineData: actionData({ action: 'mentoringDecline', applicationId: view.applicationId }),
  });
}
