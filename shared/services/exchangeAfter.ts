/**
 * After the visit: the guest's feedback to the host library and to the unit (separately), the host's about the
 * guest, and the guest's story, published only with their consent and taken back when they withdraw it.
 */
import { dayNumber, todayInFinland } from '../domain/calendarDate';
import { feedbackProblem } from '../domain/exchange/application';
import { audit } from '../store/repositories/audit';
import { getExchange } from '../store/repositories/exchange';
import { insertFeedback, putStory, type FeedbackDirection } from '../store/repositories/exchangeAfter';
import type { PersonRecord } from '../store/repositories/people';
import { inTransaction } from '../store/repositories/util';
import type { ExchangeContext } from './exchange';
import { partiesOf } from './exchangeParties';
import { writerOf } from './exchangeViews';

export type AfterResult =
  | { outcome: 'done' }
  | { outcome: 'unknown' }
  | { outcome: 'refused'; refusal: 'notYourTurn' | 'notApproved' | 'visitNotOver' | 'alreadyGiven' };

async function afterVisitCheck(ctx: ExchangeContext, actor: PersonRecord, applicationId: string, party: 'applicant' | 'host', action: string) {
  const application = await getExchange(ctx.db, applicationId);
  if (!application) return { outcome: 'unknown' as const };
  if (!(await partiesOf(ctx.db, actor, application)).has(party)) {
    await audit(ctx.db, { actor: actor.id, action: `exchange.${action}.refused`, subjectType: 'exchangeApplication', subjectId: application.id, detail: { refusal: 'notYourTurn' } }, ctx.now);
    return { outcome: 'refused' as const, refusal: 'notYourTurn' as const };
  }
  const problem = feedbackProblem({ state: application.state, visitEndsOn: application.endsOn ? dayNumber(application.endsOn)! : Number.MAX_SAFE_INTEGER }, todayInFinland(ctx.now));
  return problem ? { outcome: 'refused' as const, refusal: problem } : undefined;
}

export async function giveFeedback(
  ctx: ExchangeContext,
  input: { actor: PersonRecord; applicationId: string; direction: FeedbackDirection; rating: number; text: string },
): Promise<AfterResult> {
  const party = writerOf[input.direction] as 'applicant' | 'host';
  const refused = await afterVisitCheck(ctx, input.actor, input.applicationId, party, 'feedback');
  if (refused) return refused;
  return inTransaction(ctx.db, async (trx): Promise<AfterResult> => {
    const inserted = await insertFeedback(trx, { applicationId: input.applicationId, direction: input.direction, authorId: input.actor.id, rating: input.rating, text: input.text.trim() }, ctx.now);
    if (!inserted) return { outcome: 'refused', refusal: 'alreadyGiven' };
    await audit(trx, { actor: input.actor.id, action: 'exchange.feedback', subjectType: 'exchangeApplication', subjectId: input.applicationId, detail: { direction: input.direction } }, ctx.now);
    return { outcome: 'done' };
  });
}

/** The guest writes their story; `publish` is their consent, and false takes a published story back. */
export async function writeStory(ctx: ExchangeContext, input: { actor: PersonRecord; applicationId: string; title: string; text: string; publish: boolean }): Promise<AfterResult> {
  const refused = await afterVisitCheck(ctx, input.actor, input.applicationId, 'applicant', 'story');
  if (refused) return refused;
  await inTransaction(ctx.db, async (trx) => {
    await putStory(trx, { applicationId: input.applicationId, title: input.title.trim(), text: input.text.trim(), published: input.publish }, ctx.now);
    await audit(trx, { actor: input.actor.id, action: input.publish ? 'exchange.story.published' : 'exchange.story.kept', subjectType: 'exchangeApplication', subjectId: input.applicationId }, ctx.now);
  });
  return { outcome: 'done' };
}
