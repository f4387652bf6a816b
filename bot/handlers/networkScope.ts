/**
 * Which networks a question about shared resources is about: in a team channel, the network whose team it is;
 * elsewhere the networks the person belongs to or coordinates.
 */
import { coordinatedNetworks } from '../../shared/services/joining';
import { listNetworks, type NetworkRecord } from '../../shared/store/repositories/catalog';
import { standingsOf } from '../../shared/store/repositories/joining';
import type { BotServices } from '../services';
import type { Turn } from '../turn';
import { withEmail } from './identity';

export interface NetworkScope {
  /** Every network, in the catalog's order. */
  all: NetworkRecord[];
  /** The channel's network, when the question was asked in its team. */
  team: NetworkRecord | undefined;
  /** The networks the answer is about. */
  networks: NetworkRecord[];
}

export async function networkScope(turn: Turn, services: BotServices): Promise<NetworkScope> {
  const db = services.store.db;
  const all = await listNetworks(db);
  const teamGroup = turn.inChannel ? turn.activity.channelData?.team?.aadGroupId : undefined;
  const team = teamGroup ? all.find((n) => n.teamsTeamId === teamGroup) : undefined;
  if (team) return { all, team, networks: [team] };
  // Coordinators may be named by e-mail only.
  const person = await withEmail(turn, services);
  const [coordinated, standings] = await Promise.all([coordinatedNetworks(db, person), standingsOf(db, person.id)]);
  return { all, team, networks: all.filter((n) => coordinated.has(n.id) || standings.memberOf.has(n.id)) };
}
