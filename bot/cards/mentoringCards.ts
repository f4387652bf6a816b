/**
 * A support group's personal cards: the agenda a few days before a meeting (theme, time, join link, and a
 * question or situation to send in advance, anonymous if wished) and the feedback card after it.
 */
import { inLanguage } from '../../shared/domain/localized';
import { formatTimeRange } from '../../shared/i18n/format';
import type { Language } from '../../shared/i18n/language';
import { translator } from '../../shared/i18n/translate';
import type { GroupRecord } from '../../shared/store/repositories/mentoring';
import type { MeetingRecord } from '../../shared/store/repositories/mentoringMeetings';
import { actionData } from '../activities/cardActions';
import { renderCard, type AdaptiveCard } from './render';
import agendaTemplate from './mentoringAgenda.card.json';
import feedbackTemplate from './mentoringFeedback.card.json';

export interface MeetingCardInput {
  lang: Language;
  group: GroupRecord;
  meeting: MeetingRecord;
  theme: string | null;
  joinUrl: string | null;
  /** A line above the card: what just happened (good) or what was wrong (attention). */
  notice?: { text: string; good: boolean };
}

const noticeOf = (notice: MeetingCardInput['notice']) => ({ notice: notice?.text ?? '', noticeColor: notice?.good ? 'Good' : 'Attention' });

export function agendaCard(input: MeetingCardInput): AdaptiveCard {
  const t = translator(input.lang);
  return renderCard(agendaTemplate, {
    ...noticeOf(input.notice),
    kind: t('mentoring.card.agendaKind'),
    group: inLanguage(input.group.name, input.lang),
    when: formatTimeRange(input.meeting.startsAt, input.meeting.endsAt, input.lang),
    theme: input.theme ? t('mentoring.card.theme', { theme: input.theme }) : t('mentoring.card.noTheme'),
    askIntro: t('mentoring.card.askIntro'),
    joinUrl: input.joinUrl && /^https:\/\//.test(input.joinUrl) ? input.joinUrl : '',
    labels: { question: t('mentoring.card.question'), anonymous: t('mentoring.card.anonymous'), send: t('mentoring.card.send'), join: t('event.action.join'), required: t('event.form.required') },
    questionData: actionData({ action: 'mentoringQuestion', meetingId: input.meeting.id }),
  });
}

export function feedbackCard(input: MeetingCardInput & { open: boolean }): AdaptiveCard {
  const t = translator(input.lang);
  return renderCard(feedbackTemplate, {
    ...noticeOf(input.notice),
    group: inLanguage(input.group.name, input.lang),
    when: formatTimeRange(input.meeting.startsAt, input.meeting.endsAt, input.lang),
    intro: input.open ? t('mentoring.card.feedbackIntro') : t('mentoring.card.feedbackThanks'),
    open: input.open,
    scale: [1, 2, 3, 4, 5].map((n) => ({ title: t(`mentoring.card.scale${n}` as Parameters<typeof t>[0]), value: String(n) })),
    labels: { usefulness: t('mentoring.card.usefulness'), wellbeing: t('mentoring.card.wellbeing'), comment: t('mentoring.card.comment'), send: t('mentoring.card.send'), required: t('event.form.required') },
    feedbackData: actionData({ action: 'mentoringFeedback', meetingId: input.meeting.id }),
  });
}
