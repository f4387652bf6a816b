/**
 * The network the resources view opens on: the first the person belongs to (or coordinates) that has anything to
 * show (a game, a published challenge, a guide), else the first they belong to, else the first listed. Asked one
 * network at a time, so a person in one network costs one round of requests.
 */
import { useEffect, useState } from 'react';
import type { MyNetworks } from '../../../../shared/api/tabContract';
import { useApi } from '../api/ApiContext';

type Network = MyNetworks['networks'][number];

export function useDefaultNetwork(networks: readonly Network[] | undefined): string | undefined {
  const api = useApi();
  const [chosen, setChosen] = useState<string>();
  useEffect(() => {
    if (!networks || networks.length === 0) return;
    let stale = false;
    const own = networks.filter((n) => n.standing === 'member' || n.coordinates);
    const fallback = (own[0] ?? networks[0]).id;
    void (async () => {
      for (const n of own) {
        const [games, challenges, guides] = await Promise.all([api.games(n.id), api.challenges(n.id), api.guides(n.id)]).catch(() => [null, null, null] as const);
        if (stale) return;
        if (games?.games.length || challenges?.challenges.length || guides?.guides.length) return setChosen(n.id);
      }
      if (!stale) setChosen(fallback);
    })();
    return () => {
      stale = true;
    };
  }, [api, networks]);
  return chosen;
}
