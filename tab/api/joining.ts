/**
 * Joining networks from the tab: the caller's networks with their standing, asking, withdrawing, leaving, and a
 * coordinator's decision. The same services as the bot's cards, so the rules and the Graph work are the same.
 */
import { z } from 'zod';
import type { DecisionAnswer, JoinAnswer, MyNetworks } from '../../shared/api/tabContract';
import { standing } from '../../shared/domain/joinRequest';
import { inLanguage } from '../../shared/domain/localized';
import { formatDateTime, formatList } from '../../shared/i18n/format';
import { t } from '../../shared/i18n/translate';
import { askToJoin, coordinatedNetworks, decide, leaveNetwork, type JoiningContext } from '../../shared/services/joining';
import { listNetworks, listRegions, listUnits } from '../../shared/store/repositories/catalog';
import { pendingRequest, standingsOf } from '../../shared/store/repositories/joining';
import { validate } from '../../shared/validation/validate';
import { badRequest, conflict, forbidden, notFound, unauthorized } from './errors';
import type { ApiRequest, ApiRoute, ApiServices } from './types';

const networkParams = z.object({ id: z.string().min(1).max(64).regex(/^[a-z0-9-]+$/) });
const requestParams = z.object({ id: z.string().uuid() });
const text = (max: number) => z.string().trim().max(max).optional().transform((v) => v || undefined);
const joinBody = z.object({ library: text(200), message: text(1000) }).strict();
const decisionBody = z.object({ decision: z.enum(['approve', 'decline']), reason: text(500) }).strict();

const context = (services: ApiServices): JoiningContext => ({ db: services.store.db, now: services.now(), teamsAutomation: services.teamsAutomation });

export const myNetworksRoute: ApiRoute = {
  method: 'GET',
  path: '/api/my/networks',
  async handle(request, { store }) {
    if (!request.caller) return unauthorized(request.lang);
    const caller = request.caller;
    const [networks, regions, units, standings, coordinated] = await Promise.all([
      listNetworks(store.db),
      listRegions(store.db),
      listUnits(store.db),
      standingsOf(store.db, caller.id),
      coordinatedNetworks(store.db, caller),
    ]);
    const unit = regions.find((r) => r.id === caller.regionId)?.unitId;
    const unitNames = new Map(units.map((u) => [u.id, u.name]));
    const body: MyNetworks = { networks: [] };
    for (const n of networks) {
      const mine = standing(standings.memberOf.has(n.id), standings.pending.has(n.id));
      // The caller's region's networks, and any they belong to, wait for or coordinate elsewhere.
      if (unit && n.unitId !== unit && mine === 'can-ask' && !coordinated.has(n.id)) continue;
      const pending = mine === 'pending' ? await pendingRequest(store.db, n.id, caller.id) : undefined;
      body.networks.push({
        id: n.id,
        name: n.name,
        description: n.description,
        unitName: unitNames.get(n.unitId) ?? { fi: '', sv: '', en: null },
        standing: mine === 'can-ask' ? 'none' : mine,
        requestId: pending?.id ?? null,
        teamsUrl: n.teamsUrl,
        coordinates: coordinated.has(n.id),
      });
    }
    return { status: 200, body };
  },
};

function answer(standingNow: JoinAnswer['standing'], requestId: string | null, message: string, status = 200) {
  const body: JoinAnswer = { standing: standingNow, requestId, message };
  return { status, body };
}

export const joinRoute: ApiRoute = {
  method: 'POST',
  path: '/api/networks/:id/join',
  async handle(request, services) {
    const { lang } = request;
    if (!request.caller) return unauthorized(lang);
    const params = validate(networkParams, request.params, lang);
    const body = validate(joinBody, request.body ?? {}, lang);
    if (!params.ok || !body.ok) return badRequest(lang, [...(params.ok ? [] : params.problems), ...(body.ok ? [] : body.problems)]);
    const result = await askToJoin(context(services), { person: request.caller, networkId: params.value.id, ...body.value });
    if (result.outcome === 'unknown-network') return notFound(lang);
    services.outbox.kick();
    const network = inLanguage(result.network.name, lang);
    if (result.outcome === 'already-member') return answer('member', null, t(lang, 'join.alreadyMember', { network }));
    if (result.outcome === 'already-pending') return answer('pending', result.request.id, t(lang, 'join.alreadyPending', { network }));
    const coordinators = formatList(result.network.coordinators.map((c) => c.displayName), lang);
    return answer('pending', result.request.id, t(lang, 'join.sent', { network, coordinators }), 201);
  },
};

export const leaveRoute: ApiRoute = {
  method: 'POST',
  path: '/api/networks/:id/leave',
  async handle(request, services) {
    const { lang } = request;
    if (!request.caller) return unauthorized(lang);
    const params = validate(networkParams, request.params, lang);
    if (!params.ok) return badRequest(lang, params.problems);
    const result = await leaveNetwork(context(services), { person: request.caller, networkId: params.value.id });
    if (result.outcome === 'unknown-network') return notFound(lang);
    services.outbox.kick();
    const network = inLanguage(result.network.name, lang);
    if (result.outcome === 'not-member') return conflict(t(lang, 'join.notMember', { network }));
    return answer('none', null, t(lang, 'join.left', { network }));
  },
};

/** The requester's own move, or a coordinator's decision: `decide` checks who may do which from the store. */
function decideOn(request: ApiRequest, services: ApiServices, requestId: string, event: Parameters<typeof decide>[1]['event'], verb: string) {
  return decide(context(services), { actor: request.caller!, requestId, event, verb }).finally(() => services.outbox.kick());
}

export const withdrawRoute: ApiRoute = {
  method: 'POST',
  path: '/api/join-requests/:id/withdraw',
  async handle(request, services) {
    const { lang } = request;
    if (!request.caller) return unauthorized(lang);
    const params = validate(requestParams, request.params, lang);
    if (!params.ok) return badRequest(lang, params.problems);
    const result = await decideOn(request, services, params.value.id, { type: 'withdraw' }, 'withdrawJoin');
    // Someone else's request is as unknown to the caller as one that does not exist.
    if (result.outcome === 'unknown-request' || result.outcome === 'forbidden') return notFound(lang);
    if (result.outcome === 'already-decided') return conflict(t(lang, 'approval.alreadyDecided'));
    return answer('none', null, t(lang, 'join.withdrawn', { network: inLanguage(result.network.name, lang) }));
  },
};

export const decisionRoute: ApiRoute = {
  method: 'POST',
  path: '/api/join-requests/:id/decision',
  async handle(request, services) {
    const { lang } = request;
    if (!request.caller) return unauthorized(lang);
    const params = validate(requestParams, request.params, lang);
    const input = validate(decisionBody, request.body, lang);
    if (!params.ok || !input.ok) return badRequest(lang, [...(params.ok ? [] : params.problems), ...(input.ok ? [] : input.problems)]);
    const { decision, reason } = input.value;
    const event = decision === 'approve' ? ({ type: 'approve' } as const) : ({ type: 'decline', reason } as const);
    const result = await decideOn(request, services, params.value.id, event, `${decision}Join`);
    if (result.outcome === 'unknown-request') return notFound(lang);
    if (result.outcome === 'forbidden') return forbidden(lang, t(lang, 'approval.forbidden', { network: result.network ? inLanguage(result.network.name, lang) : '' }));
    if (result.outcome === 'already-decided') return conflict(t(lang, 'approval.alreadyDecided'));
    const state = result.request.state === 'approved' ? 'approved' : 'declined';
    const when = formatDateTime(new Date(result.request.decidedAt ?? services.now().toISOString()), lang);
    const message = t(lang, state === 'approved' ? 'approval.approvedBy' : 'approval.declinedBy', { name: request.caller.displayName ?? '', when });
    const body: DecisionAnswer = { requestId: result.request.id, state, message };
    return { status: 200, body };
  },
};
