/**
 * What a support group's people do between and after meetings: propose themes and vote, fix a meeting's theme
 * (mentor or coordinator), send a question in advance (anonymous if they wish) and give feedback once. The domain
 * decides (shared/domain/mentoring), the store records; a refusal names its reason and changes nothing.
 */
import { feedbackProblem, questionAuthor, questionProblem, type FeedbackAnswer, type FeedbackRefusal, type QuestionRefusal } from '../domain/mentoring/feedback';
import { mayLeadMeeting, maySeeInside } from '../domain/mentoring/participation';
import { fixThemeProblem, proposeTheme, rankThemes, voteProblem, type FixRefusal, type ProposeRefusal, type VoteRefusal } from '../domain/mentoring/themes';
import { audit } from '../store/repositories/audit';
import { newId } from '../store/ids';
import { getGroup, listGroupPeople, type GroupRecord } from '../store/repositories/mentoring';
import { getMeeting, type MeetingRecord } from '../store/repositories/mentoringMeetings';
import { fixTheme, getTheme, insertTheme, listThemes, setVote, votesOf, type ThemeRecord } from '../store/repositories/mentoringThemes';
import { hasFeedback, insertFeedback, insertQuestion, listQuestions, recordMeeting } from '../store/repositories/mentoringVoices';
import type { PersonRecord } from '../store/repositories/people';
import { inTransaction } from '../store/repositories/util';
import { groupView, type MentoringContext } from './mentoring';

type Refused<R> = { outcome: 'refused'; refusal: R };

/** The group's themes, best first, with the caller's own votes; only for the group's people and coordinators. */
export async function themesOf(ctx: MentoringContext, person: PersonRecord, groupId: string): Promise<{ outcome: 'ok'; themes: Array<ThemeRecord & { myVote: boolean }> } | { outcome: 'unknown' } | { outcome: 'forbidden' }> {
  const group = await getGroup(ctx.db, groupId);
  if (!group) return { outcome: 'unknown' };
  if (!maySeeInside(await groupView(ctx.db, person, group))) return { outcome: 'forbidden' };
  const mine = await votesOf(ctx.db, group.id, person.id);
  return { outcome: 'ok', themes: rankThemes(await listThemes(ctx.db, group.id)).map((t) => ({ ...t, myVote: mine.has(t.id) })) };
}

export async function addTheme(ctx: MentoringContext, input: { person: PersonRecord; groupId: string; title: string }): Promise<{ outcome: 'added'; theme: ThemeRecord } | { outcome: 'unknown' } | Refused<ProposeRefusal>> {
  const group = await getGroup(ctx.db, input.groupId);
  if (!group) return { outcome: 'unknown' };
  const view = await groupView(ctx.db, input.person, group);
  const decided = proposeTheme(view, input.person.id, input.title, await listThemes(ctx.db, group.id));
  if (!decided.ok) return { outcome: 'refused', refusal: decided.refusal };
  const id = newId(ctx.now.getTime());
  if (!(await insertTheme(ctx.db, { id, groupId: group.id, title: decided.title, proposedBy: input.person.id }, ctx.now))) return { outcome: 'refused', refusal: 'duplicate' };
  return { outcome: 'added', theme: (await getTheme(ctx.db, id))! };
}

export async function voteForTheme(ctx: MentoringContext, input: { person: PersonRecord; themeId: string; vote: boolean }): Promise<{ outcome: 'voted'; theme: ThemeRecord } | { outcome: 'unknown' } | Refused<VoteRefusal>> {
  const theme = await getTheme(ctx.db, input.themeId);
  const group = theme && (await getGroup(ctx.db, theme.groupId));
  if (!theme || !group) return { outcome: 'unknown' };
  const refusal = voteProblem(await groupView(ctx.db, input.person, group), theme);
  if (refusal) return { outcome: 'refused', refusal };
  await inTransaction(ctx.db, (trx) => setVote(trx, theme.id, input.person.id, input.vote, ctx.now));
  return { outcome: 'voted', theme: (await getTheme(ctx.db, theme.id))! };
}

async function meetingAndGroup(ctx: MentoringContext, meetingId: string): Promise<{ meeting: MeetingRecord; group: GroupRecord } | undefined> {
  const meeting = await getMeeting(ctx.db, meetingId);
  const group = meeting && (await getGroup(ctx.db, meeting.groupId));
  return meeting && group ? { meeting, group } : undefined;
}

export async function setMeetingTheme(ctx: MentoringContext, input: { person: PersonRecord; meetingId: string; themeId: string }): Promise<{ outcome: 'fixed' } | { outcome: 'unknown' } | Refused<FixRefusal>> {
  const found = await meetingAndGroup(ctx, input.meetingId);
  if (!found) return { outcome: 'unknown' };
  const theme = await getTheme(ctx.db, input.themeId);
  const refusal = fixThemeProblem(await groupView(ctx.db, input.person, found.group), theme?.groupId === found.group.id ? theme : undefined, { id: found.meeting.id, startsAt: found.meeting.startsAt, cancelled: found.meeting.cancelled }, ctx.now);
  if (refusal) {
    if (refusal === 'notLeader') await audit(ctx.db, { actor: input.person.id, action: 'mentoring.theme.fix.refused', subjectType: 'mentoringMeeting', subjectId: found.meeting.id }, ctx.now);
    return { outcome: 'refused', refusal };
  }
  await inTransaction(ctx.db, (trx) => fixTheme(trx, input.themeId, found.meeting.id));
  return { outcome: 'fixed' };
}

export async function askQuestion(ctx: MentoringContext, input: { person: PersonRecord; meetingId: string; text: string; anonymous: boolean }): Promise<{ outcome: 'asked' } | { outcome: 'unknown' } | Refused<QuestionRefusal>> {
  const found = await meetingAndGroup(ctx, input.meetingId);
  if (!found) return { outcome: 'unknown' };
  const refusal = questionProblem(await groupView(ctx.db, input.person, found.group), found.meeting, input.text, ctx.now);
  if (refusal) return { outcome: 'refused', refusal };
  await insertQuestion(ctx.db, { id: newId(ctx.now.getTime()), meetingId: found.meeting.id, text: input.text.trim(), askedBy: questionAuthor(input.person.id, input.anonymous) }, ctx.now);
  return { outcome: 'asked' };
}

export async function questionsOf(ctx: MentoringContext, person: PersonRecord, meetingId: string): Promise<{ outcome: 'ok'; questions: Array<{ id: string; text: string; askedBy: string | null }> } | { outcome: 'unknown' } | { outcome: 'forbidden' }> {
  const found = await meetingAndGroup(ctx, meetingId);
  if (!found) return { outcome: 'unknown' };
  if (!maySeeInside(await groupView(ctx.db, person, found.group))) return { outcome: 'forbidden' };
  return { outcome: 'ok', questions: await listQuestions(ctx.db, found.meeting.id) };
}

export async function giveFeedback(ctx: MentoringContext, input: { person: PersonRecord; meetingId: string; answer: FeedbackAnswer }): Promise<{ outcome: 'given' } | { outcome: 'unknown' } | Refused<FeedbackRefusal>> {
  const found = await meetingAndGroup(ctx, input.meetingId);
  if (!found) return { outcome: 'unknown' };
  const view = await groupView(ctx.db, input.person, found.group);
  const refusal = feedbackProblem(view, found.meeting, input.answer, await hasFeedback(ctx.db, found.meeting.id, input.person.id), ctx.now);
  if (refusal) return { outcome: 'refused', refusal };
  const given = await insertFeedback(ctx.db, { meetingId: found.meeting.id, personId: input.person.id, ...input.answer, comment: input.answer.comment.trim() }, ctx.now);
  return given ? { outcome: 'given' } : { outcome: 'refused', refusal: 'alreadyGiven' };
}

export type RecordRefusal = 'notLeader' | 'notYet' | 'cancelled' | 'notInGroup';

/** After a meeting, its mentor (or a coordinator) records short notes and who of the group attended. */
export async function recordMeetingNotes(
  ctx: MentoringContext,
  input: { person: PersonRecord; meetingId: string; notes: string | null; attended: readonly string[] },
): Promise<{ outcome: 'recorded' } | { outcome: 'unknown' } | Refused<RecordRefusal>> {
  const found = await meetingAndGroup(ctx, input.meetingId);
  if (!found) return { outcome: 'unknown' };
  if (!mayLeadMeeting(await groupView(ctx.db, input.person, found.group))) {
    await audit(ctx.db, { actor: input.person.id, action: 'mentoring.meeting.record.refused', subjectType: 'mentoringMeeting', subjectId: found.meeting.id }, ctx.now);
    return { outcome: 'refused', refusal: 'notLeader' };
  }
  if (found.meeting.cancelled) return { outcome: 'refused', refusal: 'cancelled' };
  if (found.meeting.startsAt > ctx.now) return { outcome: 'refused', refusal: 'notYet' };
  const inGroup = new Set((await listGroupPeople(ctx.db, found.group.id)).map((p) => p.personId));
  const attended = [...new Set(input.attended)];
  if (attended.some((id) => !inGroup.has(id))) return { outcome: 'refused', refusal: 'notInGroup' };
  await inTransaction(ctx.db, (trx) => recordMeeting(trx, { meetingId: found.meeting.id, notes: input.notes?.trim() || null, notesBy: input.person.id, attended }, ctx.now));
  return { outcome: 'recorded' };
}
