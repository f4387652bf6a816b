/** "help" / "apua" / "hjälp", an empty @mention, the help button, and the answer to anything not understood. */
import { inLanguage } from '../../shared/domain/localized';
import { getRegion } from '../../shared/store/repositories/catalog';
import { cardAttachment } from '../cards/render';
import { welcomeCard } from '../cards/welcome';
import type { BotServices } from '../services';
import type { Turn } from '../turn';

export async function sendHelp(turn: Turn, services: BotServices, notice?: string): Promise<void> {
  const region = turn.person.regionId ? await getRegion(services.store.db, turn.person.regionId) : undefined;
  const card = welcomeCard({
    lang: turn.lang,
    regionName: region && inLanguage(region.name, turn.lang),
    notice,
    inChannel: turn.inChannel,
  });
  await turn.context.sendActivity({ attachments: [cardAttachment(card)] });
}

export async function sendNotUnderstood(turn: Turn, services: BotServices): Promise<void> {
  await sendHelp(turn, services, turn.t('unknown.text'));
}
