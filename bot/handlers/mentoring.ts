/**
 * Presses on a support group's personal cards: a question sent from the agenda card, feedback from the feedback
 * card. The services decide who may (the card's data is only the meeting's id); the answer is the same card with
 * what happened, in the presser's language.
 */
import { feedbackCard, agendaCard, type MeetingCardInput } from '../cards/mentoringCards';
import { noticeCard } from '../cards/notice';
import type { AdaptiveCard } from '../cards/render';
import type { CardAction } from '../activities/cardActions';
import { addTheme, askQuestion, giveFeedback, themesOf, voteForTheme } from '../../shared/services/mentoringVoices';
import { inLanguage } from '../../shared/domain/localized';
import { themesCard } from '../cards/mentoringThemes';
import { getGroup, groupsOfPerson } from '../../shared/store/repositories/mentoring';
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

/** The reader's groups with their themes, as the themes card shows them. */
export async function themesAnswer(turn: Turn, services: BotServices, notice?: { text: string; good: boolean }): Promise<AdaptiveCard> {
  const ctx = { db: services.store.db, now: services.now() };
  const groups = [];
  for (const { groupId } of await groupsOfPerson(ctx.db, turn.person.id)) {
    const group = await getGroup(ctx.db, groupId);
    const listed = await themesOf(ctx, turn.person, groupId);
    if (!group || listed.outcome !== 'ok') continue;
    groups.push({ id: group.id, name: inLanguage(group.name, turn.lang), themes: listed.themes.map((th) => ({ id: th.id, title: th.title, votes: th.votes, myVote: th.myVote, fixed: th.meetingId !== null })) });
  }
  return themesCard({ lang: turn.lang, groups, notice });
}

export async function voteFromCard(turn: Turn, services: BotServices, action: Action<'mentoringVote'>): Promise<AdaptiveCard> {
  const vote = action.vote === 'true';
  const result = await voteForTheme({ db: services.store.db, now: services.now() }, { person: turn.person, themeId: action.themeId, vote });
  if (result.outcome === 'unknown') return themesAnswer(turn, services, { text: turn.t('mentoring.theme.unknownTheme'), good: false });
  if (result.outcome === 'refused') return themesAnswer(turn, services, { text: turn.t(`mentoring.theme.${result.refusal}`), good: false });
  return themesAnswer(turn, services, { text: turn.t(vote ? 'mentoring.card.voted' : 'mentoring.card.unvoted'), good: true });
}

export async function proposeFromCard(turn: Turn, services: BotServices, action: Action<'mentoringPropose'>): Promise<AdaptiveCard> {
  const result = await addTheme({ db: services.store.db, now: services.now() }, { person: turn.person, groupId: action.groupId, title: action.title ?? '' });
  if (result.outcome === 'unknown') return themesAnswer(turn, services, { text: turn.t('error.notFound'), good: false });
  if (result.outcome === 'refused') return themesAnswer(turn, services, { text: turn.t(`mentoring.theme.${result.refusal}`), good: false });
  return themesAnswer(turn, services, { text: turn.t('mentoring.card.proposed'), good: true });
}
