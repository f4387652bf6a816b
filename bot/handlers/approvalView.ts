/** Everything an approval card shows about one request, read fresh from the store each time it is drawn. */
import type { Kysely } from 'kysely';
import { inLanguage } from '../../shared/domain/localized';
import type { Language } from '../../shared/i18n/language';
import { getNetwork } from '../../shared/store/repositories/catalog';
import { getJoinRequest, getMembership } from '../../shared/store/repositories/joining';
import { getPerson } from '../../shared/store/repositories/people';
import type { Database } from '../../shared/store/schema';
import type { ApprovalView } from '../cards/approval';

export async function loadApprovalView(db: Kysely<Database>, requestId: string, lang: Language): Promise<ApprovalView | undefined> {
  const request = await getJoinRequest(db, requestId);
  if (!request) return undefined;
  const [network, requester, decider, membership] = await Promise.all([
    getNetwork(db, request.networkId),
    getPerson(db, request.personId),
    request.decidedBy ? getPerson(db, request.decidedBy) : undefined,
    request.state === 'approved' ? getMembership(db, request.networkId, request.personId) : undefined,
  ]);
  if (!network) return undefined;
  return {
    requestId: request.id,
    state: request.state,
    requesterName: requester?.displayName ?? '?',
    networkName: inLanguage(network.name, lang),
    library: request.library,
    message: request.message,
    askedAt: request.createdAt,
    deciderName: decider?.displayName ?? undefined,
    decidedAt: request.decidedAt,
    reason: request.reason,
    teamsState: membership?.teamsState,
    teamsDetail: membership?.teamsDetail,
  };
}
