/**
 * "requests [network]" and "members [network]": a coordinator's lists, for the networks they coordinate only.
 * Anyone else gets a clear refusal and sees nothing of them.
 */
import { findNetworkByName } from '../../shared/domain/catalog';
import { inLanguage } from '../../shared/domain/localized';
import { formatDate } from '../../shared/i18n/format';
import { listNetworks } from '../../shared/store/repositories/catalog';
import { listMembers, listPendingRequests } from '../../shared/store/repositories/joining';
import { coordinatedNetworks } from '../../shared/services/joining';
import { noticeCard } from '../cards/notice';
import type { AdaptiveCard } from '../cards/render';
import type { BotServices } from '../services';
import type { Turn } from '../turn';
import { withEmail } from './identity';

export async function coordinatorList(
  turn: Turn,
  services: BotServices,
  list: 'requests' | 'members',
  networkName?: string,
): Promise<AdaptiveCard[]> {
  const person = await withEmail(turn, services);
  const mine = await coordinatedNetworks(services.store.db, person);
  const all = await listNetworks(services.store.db);
  const named = networkName === undefined ? undefined : findNetworkByName(all, networkName);
  const networks = named ? [named].filter((n) => mine.has(n.id)) : networkName === undefined ? all.filter((n) => mine.has(n.id)) : [];
  if (networks.length === 0) return [noticeCard({ lines: [turn.t('coord.notCoordinator')] })];

  const cards: AdaptiveCard[] = [];
  for (const network of networks) {
    const name = inLanguage(network.name, turn.lang);
    if (list === 'requests') {
      const pending = await listPendingRequests(services.store.db, network.id);
      cards.push(
        noticeCard({
          lines: [turn.t('coord.requests.title', { network: name }), ...(pending.length === 0 ? [turn.t('coord.requests.none')] : [])],
          entries: pending.map((r) => ({
            title: `${r.personName ?? '?'}${r.library ? `, ${r.library}` : ''}`,
            detail: [formatDate(new Date(r.createdAt), turn.lang), r.message].filter(Boolean).join(': '),
          })),
        }),
      );
    } else {
      const members = await listMembers(services.store.db, network.id);
      cards.push(
        noticeCard({
          lines: [turn.t('coord.members.title', { network: name, count: members.length }), ...(members.length === 0 ? [turn.t('coord.members.none')] : [])],
          entries: members.map((m) => ({
            title: `${m.personName ?? '?'}${m.personLibrary ? `, ${m.personLibrary}` : ''}`,
            detail: formatDate(new Date(m.joinedAt), turn.lang),
          })),
        }),
      );
    }
  }
  return cards;
}
