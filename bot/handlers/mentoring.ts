/**
 * Presses on a support group's personal cards: a question sent from the agenda card, feedback from the feedback
 * card. The services decide who may (the card's data is only the meeting's id); the answer is the same card with
 * what happened, in the presser's language.
 */
import { feedbackCard, agendaCard, type MeetingCardInput } from '../cards/mentoringCards';
import { noticeCard } from '../cards/notice';
import type { AdaptiveCard } from '../cards/render';
import type { CardAction } from '../activities/cardActions';
import { askQuestion, giveFeedback } from '../../shared/services/mentoringVoices';
import { getGroup } from '../../shared/store/repositories/mentoring';
import { getMeeting } from '../../shared/store/repositories/mentoringMeetings';
import { themeOfMeeting } from '../../shared/store/repositories/mentoringThemes';
import type { BotServices } from '../services';
import type { Turn } from '../turn';

type Action<K extends CardAction['action']> = Extract<CardAction, { action: K }>;

async function cardInput(turn: Turn, services: BotServices, meetingId: string): Promise<Omit<MeetingCardInput, 'notice'> | undefined> {
  const db = services.store.db;
  const meeting = await getMeeting(db, meetingId);
  const group = meeting && (await getGroup(db, meeting.groupId));
  if (!meeting || !group) return undefined;
  return { lang: turn.lang, group, meeting, theme: await themeOfMeeting(db, meeting.id), joinUrl: group.joinUrl };
}

export async function questionFromCard(turn: Turn, services: BotServices, action: Action<'mentoringQuestion'>): Promise<AdaptiveCard> {
  const input = await cardInput(turn, services, action.meetingId);
  if (!input) return noticeCard({ lines: [turn.t('error.notFound')] });
  const anonymous = action.anonymous === 'true';
  const result = await askQuestion({ db: services.store.db, now: services.now() }, { person: turn.person, meetingId: action.meetingId, text: action.text ?? '', anonymous });
  if (result.outcome === 'unknown') return noticeCard({ lines: [turn.t('error.notFound')] });
  const notice = result.outcome === 'asked'
    ? { text: turn.t(anonymous ? 'mentoring.card.questionSentAnonymous' : 'mentoring.card.questionSent'), good: true }
    : { text: turn.t(`mentoring.question.${result.refusal}`), good: false };
  return agendaCard({ ...input, notice });
}

export async function feedbackFromCard(turn: Turn, services: BotServices, action: Action<'mentoringFeedback'>): Promise<AdaptiveCard> {
  const input = await cardInput(turn, services, action.meetingId);
  if (!input) return noticeCard({ lines: [turn.t('error.notFound')] });
  const answer = { usefulness: Number(action.usefulness ?? NaN), wellbeing: Number(action.wellbeing ?? NaN), comment: action.comment ?? '' };
  const result = await giveFeedback({ db: services.store.db, now: services.now() }, { person: turn.person, meetingId: action.meetingId, answer });
  if (result.outcome === 'unknown') return noticeCard({ lines: [turn.t('error.notFound')] });
  if (result.outcome === 'given') return feedbackCard({ ...input, open: false });
  const closed = result.refusal === 'alreadyGiven' || result.refusal === 'notMember' || result.refusal === 'cancelled';
  return feedbackCard({ ...input, open: !closed, notice: { text: turn.t(`mentoring.feedback.${result.refusal}`), good: false } });
}
