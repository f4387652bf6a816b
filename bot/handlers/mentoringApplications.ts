/**
 * Applying to a support group from the chat ("groups"), and the coordinators' Accept and Decline on the
 * application card. The services decide who may (a card's data is only an id): an outsider's press, a forged
 * decision or one already taken gets a clear answer in the presser's language and changes nothing.
 */
import { inLanguage } from '../../shared/domain/localized';
import { dayNumber, todayInFinland } from '../../shared/domain/calendarDate';
import { applyToGroup, decideOnApplication, groupCoordinators, groupView, type DecideResult } from '../../shared/services/mentoring';
import { countMembers, getGroup, listGroups, listSeasons, roleInGroup } from '../../shared/store/repositories/mentoring';
import { getApplication, pendingApplication } from '../../shared/store/repositories/mentoringApplications';
import type { CardAction } from '../activities/cardActions';
import { applicationCard } from '../cards/mentoringApplication';
import { applyFormCard, groupsCard, type GroupsCardGroup } from '../cards/mentoringGroups';
import { noticeCard } from '../cards/notice';
import type { AdaptiveCard } from '../cards/render';
import type { BotServices } from '../services';
import type { Turn } from '../turn';
import { withEmail } from './identity';
import { loadApplicationView } from './mentoringApplicationView';

type Action<K extends CardAction['action']> = Extract<CardAction, { action: K }>;
type Notice = { text: string; good: boolean };

const context = (services: BotServices) => ({ db: services.store.db, now: services.now() });

/** The groups of every season that has not ended, with the reader's standing in each. */
export async function groupsAnswer(turn: Turn, services: BotServices, notice?: Notice): Promise<AdaptiveCard> {
  const db = services.store.db;
  const today = todayInFinland(services.now());
  const groups: GroupsCardGroup[] = [];
  for (const season of await listSeasons(db)) {
    if (dayNumber(season.endsOn)! < today) continue;
    for (const group of await listGroups(db, season.id)) {
      groups.push({
        id: group.id,
        name: inLanguage(group.name, turn.lang),
        season: inLanguage(season.name, turn.lang),
        focus: inLanguage(group.focus, turn.lang),
        members: await countMembers(db, group.id),
        capacity: group.capacity,
        role: (await roleInGroup(db, group.id, turn.person.id)) ?? null,
        applicationId: (await pendingApplication(db, group.id, turn.person.id))?.id ?? null,
      });
    }
  }
  return groupsCard({ lang: turn.lang, groups, notice });
}

export async function applyForm(turn: Turn, services: BotServices, action: Action<'mentoringApplyForm'>): Promise<AdaptiveCard> {
  const group = await getGroup(services.store.db, action.groupId);
  if (!group) return groupsAnswer(turn, services, { text: turn.t('error.notFound'), good: false });
  return applyFormCard({ lang: turn.lang, group: { id: group.id, name: inLanguage(group.name, turn.lang), focus: inLanguage(group.focus, turn.lang) } });
}

export async function applyFromCard(turn: Turn, services: BotServices, action: Action<'mentoringApply'>): Promise<AdaptiveCard> {
  const result = await applyToGroup(context(services), { person: turn.person, groupId: action.groupId, message: action.message?.trim() || null });
  if (result.outcome === 'unknown') return groupsAnswer(turn, services, { text: turn.t('error.notFound'), good: false });
  if (result.outcome === 'refused') return groupsAnswer(turn, services, { text: turn.t(`mentoring.application.${result.refusal}`), good: false });
  services.outbox.kick();
  const text = result.outcome === 'created' ? turn.t('mentoring.card.applicationSent') : turn.t('mentoring.card.alreadyApplied');
  return groupsAnswer(turn, services, { text, good: true });
}

export async function withdrawFromCard(turn: Turn, services: BotServices, action: Action<'mentoringWithdraw'>): Promise<AdaptiveCard> {
  const result = await decideOnApplication(context(services), { actor: turn.person, applicationId: action.applicationId, event: { type: 'withdraw' } });
  if (result.outcome === 'unknown') return groupsAnswer(turn, services, { text: turn.t('error.notFound'), good: false });
  if (result.outcome === 'refused') return groupsAnswer(turn, services, { text: turn.t(`mentoring.application.${result.refusal}`), good: false });
  services.outbox.kick();
  return groupsAnswer(turn, services, { text: turn.t('mentoring.card.applicationWithdrawn'), good: true });
}

/** The card as it stands now for a coordinator of the group; anyone else learns nothing of the application. */
async function currentCard(turn: Turn, services: BotServices, applicationId: string, notice?: Notice): Promise<AdaptiveCard> {
  const db = services.store.db;
  const application = await getApplication(db, applicationId);
  const group = application && (await getGroup(db, application.groupId));
  const view = application && (await loadApplicationView(db, application.id, turn.lang));
  if (!group || !view) return noticeCard({ lines: [turn.t('error.notFound')] });
  const person = await withEmail(turn, services);
  if (!(await groupView(db, person, group)).coordinates) return noticeCard({ lines: [turn.t('mentoring.application.forbidden')] });
  const refreshIds = (await groupCoordinators(db, group)).map((c) => c.botUserId);
  return applicationCard(view, turn.lang, refreshIds, notice);
}

export async function decideFromCard(turn: Turn, services: BotServices, action: Action<'mentoringAccept'> | Action<'mentoringDecline'>): Promise<AdaptiveCard> {
  const event = action.action === 'mentoringAccept' ? { type: 'accept' as const } : { type: 'decline' as const, reason: action.reason?.trim() || undefined };
  const actor = await withEmail(turn, services);
  const result: DecideResult = await decideOnApplication(context(services), { actor, applicationId: action.applicationId, event });
  if (result.outcome === 'unknown') return noticeCard({ lines: [turn.t('error.notFound')] });
  if (result.outcome === 'refused') {
    if (result.refusal === 'forbidden') return noticeCard({ lines: [turn.t('mentoring.application.forbidden')] });
    return currentCard(turn, services, action.applicationId, { text: turn.t(`mentoring.application.${result.refusal}`), good: false });
  }
  services.outbox.kick();
  const view = await loadApplicationView(services.store.db, result.application.id, turn.lang);
  const text = turn.t(result.application.state === 'accepted' ? 'mentoring.card.decidedAccepted' : 'mentoring.card.decidedDeclined', { name: view?.applicantName ?? '' });
  return currentCard(turn, services, action.applicationId, { text, good: true });
}

export async function refreshApplication(turn: Turn, services: BotServices, action: Action<'mentoringApplicationRefresh'>): Promise<AdaptiveCard> {
  return currentCard(turn, services, action.applicationId);
}
