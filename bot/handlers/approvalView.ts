/** Everything an approval card shows about one request, read fresh from the store each time it is drawn. */
import type { Kysely } from 'kysely';
import { inLanguage } from '../../shared/domain/localized';
import type { Language } from '../../shared/i18n/language';
import { getNetwork } from '../../shared/store/repositories/catalog';
import { getJoinRequestFacts } from '../../shared/store/repositories/joining';
import type { Database } from '../../shared/store/schema';
import type { ApprovalView } from '../cards/approval';

export async function loadApprovalView(db: Kysely<Database>, requestId: string, lang: Language): Promise<ApprovalView | undefined> {
  const request = await getJoinRequestFacts(db, requestId);
  const network = request && (await getNetwork(db, request.networkId));
  if (!request || !network) return undefined;
  return {
    requestId: request.id,
    state: request.state,
    requesterName: request.requesterName ?? '?',
    networkName: inLanguage(network.name, lang),
    library: request.library,
    message: request.message,
    askedAt: request.createdAt,
    deciderName: request.deciderName ?? undefined,
    decidedAt: request.decidedAt,
    reason: request.reason,
    teamsState: request.teamsState ?? undefined,
    teamsDetail: request.teamsDetail,
  };
}
