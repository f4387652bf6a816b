/**
 * Joining networks from the bot: the join form, asking, withdrawing, leaving, and the coordinators' decisions.
 * The rules live in shared/services/joining.ts (the tab API uses the same); these handlers turn the outcome
 * into the card the person sees, and wake the outbox for the work that follows.
 */
import { findNetworkByName } from '../../shared/domain/catalog';
import { inLanguage } from '../../shared/domain/localized';
import { formatList } from '../../shared/i18n/format';
import { getNetwork, listNetworks } from '../../shared/store/repositories/catalog';
import { getJoinRequest, pendingRequest } from '../../shared/store/repositories/joining';
import { askToJoin, coordinatedNetworks, decide, leaveNetwork, type JoiningContext } from '../../shared/services/joining';
import type { JoinRequestEvent } from '../../shared/domain/joinRequest';
import { approvalCard } from '../cards/approval';
import { joinFormCard } from '../cards/joinForm';
import { noticeCard } from '../cards/notice';
import type { AdaptiveCard } from '../cards/render';
import type { BotServices } from '../services';
import type { Turn } from '../turn';
import { loadApprovalView } from './approvalView';
import { withEmail } from './identity';
import { networksAnswer } from './networks';

function context(services: BotServices): JoiningContext {
  return { db: services.store.db, now: services.now(), teamsAutomation: services.teamsAutomation };
}

export async function joinForm(turn: Turn, services: BotServices, networkId: string, notice?: string): Promise<AdaptiveCard> {
  const network = await getNetwork(services.store.db, networkId);
  if (!network) return networksAnswer(turn, services, { notice: turn.t('join.unknownNetwork') });
  return joinFormCard({ lang: turn.lang, network, library: turn.person.library, notice });
}

/** "join SEVERI": the form for that network, or the list when no network has that name. */
export async function joinByName(turn: Turn, services: BotServices, typed: string): Promise<AdaptiveCard> {
  const network = findNetworkByName(await listNetworks(services.store.db), typed);
  if (!network) return networksAnswer(turn, services, { notice: turn.t('join.unknownNetwork') });
  return joinForm(turn, services, network.id);
}

export async function requestJoin(
  turn: Turn,
  services: BotServices,
  input: { networkId: string; message?: string; library?: string },
): Promise<AdaptiveCard> {
  const result = await askToJoin(context(services), { person: turn.person, ...input });
  if (result.outcome === 'unknown-network') return networksAnswer(turn, services, { notice: turn.t('join.unknownNetwork') });
  services.outbox.kick();
  const network = inLanguage(result.network.name, turn.lang);
  const notice =
    result.outcome === 'created'
      ? turn.t('join.sent', { network, coordinators: formatList(result.network.coordinators.map((c) => c.displayName), turn.lang) })
      : result.outcome === 'already-pending'
        ? turn.t('join.alreadyPending', { network })
        : turn.t('join.alreadyMember', { network });
  return networksAnswer(turn, services, { notice, regionOfUnit: result.network.unitId });
}

/** The button names the network, not the request: a person can only ever withdraw their own pending request. */
export async function withdrawJoin(turn: Turn, services: BotServices, networkId: string): Promise<AdaptiveCard> {
  const pending = await pendingRequest(services.store.db, networkId, turn.person.id);
  if (!pending) return networksAnswer(turn, services, { notice: turn.t('error.invalidAction') });
  const result = await decide(context(services), { actor: turn.person, requestId: pending.id, event: { type: 'withdraw' }, verb: 'withdrawJoin' });
  services.outbox.kick();
  if (result.outcome === 'decided') {
    const network = inLanguage(result.network.name, turn.lang);
    return networksAnswer(turn, services, { notice: turn.t('join.withdrawn', { network }), regionOfUnit: result.network.unitId });
  }
  return networksAnswer(turn, services, { notice: turn.t('error.invalidAction') });
}

export async function leave(turn: Turn, services: BotServices, networkId: string): Promise<AdaptiveCard> {
  const result = await leaveNetwork(context(services), { person: turn.person, networkId });
  if (result.outcome === 'unknown-network') return networksAnswer(turn, services, { notice: turn.t('join.unknownNetwork') });
  services.outbox.kick();
  const network = inLanguage(result.network.name, turn.lang);
  const notice = result.outcome === 'left' ? turn.t('join.left', { network }) : turn.t('join.notMember', { network });
  return networksAnswer(turn, services, { notice, regionOfUnit: result.network.unitId });
}

/** Approve or decline from an approval card. Rights are checked on the server; a forged action is refused. */
export async function decideJoin(
  turn: Turn,
  services: BotServices,
  requestId: string,
  event: JoinRequestEvent,
  verb: string,
): Promise<AdaptiveCard> {
  const actor = await withEmail(turn, services);
  const result = await decide(context(services), { actor, requestId, event, verb });
  services.outbox.kick();
  if (result.outcome === 'unknown-request') return noticeCard({ lines: [turn.t('error.invalidAction')] });
  if (result.outcome === 'forbidden') {
    const network = result.network ? inLanguage(result.network.name, turn.lang) : '';
    return noticeCard({ lines: [turn.t('approval.forbidden', { network })] });
  }
  const notice = result.outcome === 'already-decided' ? turn.t('approval.alreadyDecided') : undefined;
  return approvalCardFor(turn, services, requestId, notice);
}

/** The refresh of an approval card when a coordinator opens it: the current state, for coordinators only. */
export async function refreshApproval(turn: Turn, services: BotServices, requestId: string): Promise<AdaptiveCard> {
  const request = await getJoinRequest(services.store.db, requestId);
  const coordinatorOf = await coordinatedNetworks(services.store.db, await withEmail(turn, services));
  if (!request || !coordinatorOf.has(request.networkId)) {
    const network = request && (await getNetwork(services.store.db, request.networkId));
    return noticeCard({ lines: [turn.t('approval.forbidden', { network: network ? inLanguage(network.name, turn.lang) : '' })] });
  }
  return approvalCardFor(turn, services, requestId);
}

async function approvalCardFor(turn: Turn, services: BotServices, requestId: string, notice?: string): Promise<AdaptiveCard> {
  const view = await loadApprovalView(services.store.db, requestId, turn.lang);
  if (!view) return noticeCard({ lines: [turn.t('error.invalidAction')] });
  return approvalCard(view, turn.lang, [turn.activity.from.id], notice);
}
