/**
 * After a meeting: each member says once how useful it was and how it affected their wellbeing at work (1 to 5),
 * with a free comment. Before it: a question or a situation to discuss, anonymous if they wish.
 */
import { mayTakePart, type GroupView } from './participation';

export const MAX_FEEDBACK_COMMENT = 1000;
export const MAX_QUESTION_LENGTH = 1000;

export interface FeedbackAnswer {
  usefulness: number;
  wellbeing: number;
  comment: string;
}

export type FeedbackRefusal = 'notMember' | 'notYet' | 'cancelled' | 'alreadyGiven' | 'outOfScale' | 'tooLong';

const onScale = (n: number) => Number.isInteger(n) && n >= 1 && n <= 5;

export function feedbackProblem(
  view: GroupView,
  meeting: { startsAt: Date; cancelled: boolean },
  answer: FeedbackAnswer,
  alreadyGiven: boolean,
  now: Date,
): FeedbackRefusal | undefined {
  if (!mayTakePart(view)) return 'notMember';
  if (meeting.cancelled) return 'cancelled';
  if (meeting.startsAt > now) return 'notYet';
  if (alreadyGiven) return 'alreadyGiven';
  if (!onScale(answer.usefulness) || !onScale(answer.wellbeing)) return 'outOfScale';
  if (answer.comment.length > MAX_FEEDBACK_COMMENT) return 'tooLong';
  return undefined;
}

export type QuestionRefusal = 'notMember' | 'meetingOver' | 'cancelled' | 'empty' | 'tooLong';

export function questionProblem(view: GroupView, meeting: { startsAt: Date; cancelled: boolean }, text: string, now: Date): QuestionRefusal | undefined {
  if (!mayTakePart(view)) return 'notMember';
  if (meeting.cancelled) return 'cancelled';
  if (meeting.startsAt <= now) return 'meetingOver';
  if (!text.trim()) return 'empty';
  if (text.length > MAX_QUESTION_LENGTH) return 'tooLong';
  return undefined;
}

/**
 * Who a question is stored as: nobody, when it is anonymous. Kept out of the database altogether, it cannot leak
 * into a view, an export or a log.
 */
export function questionAuthor(personId: string, anonymous: boolean): string | null {
  return anonymous ? null : personId;
}
