/** A network's games themselves: its coordinators add them and keep their names and descriptions. */
import type { Localized } from '../domain/localized';
import { newId } from '../store/ids';
import { audit } from '../store/repositories/audit';
import { getNetwork } from '../store/repositories/catalog';
import { getGame, insertGame, updateGame, type GameRecord } from '../store/repositories/games';
import type { PersonRecord } from '../store/repositories/people';
import { inTransaction } from '../store/repositories/util';
import type { ResourcesContext } from './gameBookings';
import { coordinatedNetworks } from './joining';

export type GameResult = { outcome: 'saved'; game: GameRecord } | { outcome: 'unknown' } | { outcome: 'forbidden' };

/** Adds a game to the network (no `gameId`) or renames and describes one. */
export async function writeGame(ctx: ResourcesContext, input: { actor: PersonRecord; networkId?: string; gameId?: string; name: Localized; description: Localized }): Promise<GameResult> {
  const existing = input.gameId ? await getGame(ctx.db, input.gameId) : undefined;
  const networkId = existing?.networkId ?? input.networkId;
  if ((input.gameId && !existing) || !networkId || !(await getNetwork(ctx.db, networkId))) return { outcome: 'unknown' };
  if (!(await coordinatedNetworks(ctx.db, input.actor)).has(networkId)) {
    await audit(ctx.db, { actor: input.actor.id, action: 'game.write.refused', subjectType: 'game', subjectId: existing?.id ?? networkId, detail: { networkId } }, ctx.now);
    return { outcome: 'forbidden' };
  }
  return inTransaction(ctx.db, async (trx): Promise<GameResult> => {
    const id = existing?.id ?? newId(ctx.now.getTime());
    const texts = { name: input.name, description: input.description };
    if (existing) await updateGame(trx, id, texts, ctx.now);
    else await insertGame(trx, { id, networkId, ...texts }, ctx.now);
    await audit(trx, { actor: input.actor.id, action: existing ? 'game.change' : 'game.add', subjectType: 'game', subjectId: id, detail: { networkId } }, ctx.now);
    return { outcome: 'saved', game: (await getGame(trx, id))! };
  });
}
