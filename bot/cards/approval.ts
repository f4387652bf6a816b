/**
 * The coordinator's card for one join request. While pending it has Approve and Decline; once decided, every
 * coordinator's copy shows who decided and when, and where Teams membership stands. `refresh` makes Teams ask
 * for the current state when a coordinator opens the chat, so a stale copy never offers a decision.
 */
import type { JoinRequestState } from '../../shared/domain/joinRequest';
import { formatDateTime } from '../../shared/i18n/format';
import type { Language } from '../../shared/i18n/language';
import { translator, type Translate } from '../../shared/i18n/translate';
import type { TeamsFailure } from '../../shared/services/teamsMembership';
import type { TeamsMembershipState } from '../../shared/store/schema';
import { actionData } from '../activities/cardActions';
import { maxRefreshUsers, renderCard, type AdaptiveCard } from './render';
import template from './approval.card.json';

export interface ApprovalView {
  requestId: string;
  state: JoinRequestState;
  requesterName: string;
  networkName: string;
  library: string | null;
  message: string | null;
  askedAt: string;
  deciderName?: string;
  decidedAt?: string | null;
  reason?: string | null;
  teamsState?: TeamsMembershipState;
  teamsDetail?: string | null;
}

const failures: readonly TeamsFailure[] = ['no-entra-id', 'no-email', 'user-not-found', 'forbidden', 'rejected', 'gave-up'];

function failureText(detail: string | null | undefined, t: Translate): string {
  const failure = failures.find((f) => f === detail) ?? 'rejected';
  return t(`teams.failure.${failure}`);
}


export function approvalCard(view: ApprovalView, lang: Language, refreshUserIds: readonly string[], notice?: string): AdaptiveCard {
  const t = translator(lang);
  const name = view.requesterName;
  const when = view.decidedAt ? formatDateTime(new Date(view.decidedAt), lang) : '';
  const decider = view.deciderName ?? '';
  const outcome =
    view.state === 'approved'
      ? t('approval.approvedBy', { name: decider, when })
      : view.state === 'declined'
        ? t('approval.declinedBy', { name: decider, when }) + (view.reason ? ` ${t('outcome.reason', { reason: view.reason })}` : '')
        : view.state === 'withdrawn'
          ? t('approval.withdrawn', { name, when })
          : '';
  const teams =
    view.state !== 'approved' || !view.teamsState || view.teamsState === 'removed'
      ? ''
      : view.teamsState === 'failed'
        ? t('approval.teams.failed', { name, detail: failureText(view.teamsDetail, t) })
        : t(`approval.teams.${view.teamsState}`, { name });
  return renderCard(template, {
    notice: notice ?? '',
    refreshTitle: t('app.name'),
    refreshData: actionData({ action: 'refreshJoinRequest', requestId: view.requestId }),
    refreshUserIds: refreshUserIds.slice(0, maxRefreshUsers),
    title: t('approval.title', { name, network: view.networkName }),
    labels: { library: t('approval.library'), message: t('approval.message'), asked: t('approval.asked') },
    library: view.library || t('approval.none'),
    message: view.message || t('approval.none'),
    asked: formatDateTime(new Date(view.askedAt), lang),
    outcome,
    outcomeColor: view.state === 'approved' ? 'Good' : 'Default',
    teams,
    pending: view.state === 'pending',
    approve: t('action.approve'),
    approveData: actionData({ action: 'approveJoin', requestId: view.requestId }),
    decline: t('action.decline'),
    reasonLabel: t('approval.reasonLabel', { name }),
    declineConfirm: t('approval.declineConfirm'),
    declineData: actionData({ action: 'declineJoin', requestId: view.requestId }),
  });
}
