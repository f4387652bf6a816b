/**
 * The support groups of the seasons still running, to apply to from the chat: each with its focus and size, the
 * reader's standing (member, mentor, applied) and what they may do; and the form that sends an application.
 */
import type { Language } from '../../shared/i18n/language';
import { translator } from '../../shared/i18n/translate';
import { actionData } from '../activities/cardActions';
import { renderCard, type AdaptiveCard } from './render';
import listTemplate from './mentoringGroups.card.json';
import formTemplate from './mentoringApplyForm.card.json';

export interface GroupsCardGroup {
  id: string;
  name: string;
  season: string;
  focus: string;
  members: number;
  capacity: number | null;
  role: 'mentor' | 'member' | null;
  applicationId: string | null;
}

type Notice = { text: string; good: boolean };

export function groupsCard({ lang, groups, notice }: { lang: Language; groups: readonly GroupsCardGroup[]; notice?: Notice }): AdaptiveCard {
  const t = translator(lang);
  return renderCard(listTemplate, {
    notice: notice?.text ?? '',
    noticeColor: notice?.good ? 'Good' : 'Attention',
    heading: t('mentoring.card.groupsHeading'),
    noGroups: t('mentoring.card.noOpenGroups'),
    groups: groups.map((g) => ({
      name: g.name,
      season: g.season,
      focus: g.focus,
      size: g.capacity === null ? t('mentoring.card.members', { count: g.members }) : t('mentoring.card.membersOf', { count: g.members, capacity: g.capacity }),
      standing: g.role ? t(`mentoring.card.youAre.${g.role}`) : g.applicationId ? t('mentoring.card.youApplied') : '',
      canApply: !g.role && !g.applicationId,
      canWithdraw: !g.role && Boolean(g.applicationId),
      apply: t('mentoring.card.apply'),
      applyData: actionData({ action: 'mentoringApplyForm', groupId: g.id }),
      withdraw: t('mentoring.card.withdraw'),
      withdrawData: g.applicationId ? actionData({ action: 'mentoringWithdraw', applicationId: g.applicationId }) : {},
    })),
  });
}

export function applyFormCard({ lang, group, notice }: { lang: Language; group: { id: string; name: string; focus: string }; notice?: string }): AdaptiveCard {
  const t = translator(lang);
  return renderCard(formTemplate, {
    notice: notice ?? '',
    title: t('mentoring.card.applyTitle', { group: group.name }),
    focus: group.focus,
    messageLabel: t('mentoring.card.applyMessage'),
    send: t('mentoring.card.sendApplication'),
    sendData: actionData({ action: 'mentoringApply', groupId: group.id }),
    back: t('mentoring.card.backToGroups'),
    backData: actionData({ action: 'mentoringGroups' }),
  });
}
