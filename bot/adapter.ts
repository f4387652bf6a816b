/**
 * The Bot Framework adapter. Without MicrosoftAppId it runs in local mode (unauthenticated, as Bot Framework
 * does for the Emulator and the Agents Playground); with it, every request must carry a valid channel token,
 * and one without never reaches the bot. Nothing the bot sends (a reply, a card update, an invoke's answer)
 * leaves before what the turn wrote is on disk.
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { Config } from '../shared/config/config';
import { languageOf } from '../shared/i18n/language';
import { t } from '../shared/i18n/translate';
import type { Logger } from '../shared/log/logger';
import { isStoreUnavailable } from '../shared/store/errors';
import { ReusingBotFrameworkAuthentication } from './connectorReuse';

export function createAdapter(config: Config, log: Logger, durable: () => Promise<void>): CloudAdapter {
  const auth = new ReusingBotFrameworkAuthentication(new ConfigurationBotFrameworkAuthentication(config.botFrameworkSettings));
  const adapter = new CloudAdapter(auth);
  adapter.use(async (context, next) => {
    context.onSendActivities(async (_context, _activities, send) => {
      await durable();
      return send();
    });
    context.onUpdateActivity(async (_context, _activity, update) => {
      await durable();
      return update();
    });
    await next();
  });

  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    const activity = context.activity;
    log.error(
      { err: error, activityType: activity?.type, activityId: activity?.id, conversationType: activity?.conversation?.conversationType },
      'turn failed',
    );
    // An invoke gets its error from the adapter's invoke response; a message gets a localized apology.
    if (activity?.type === 'message') {
      try {
        await context.sendActivity(t(languageOf(activity.locale), isStoreUnavailable(error) ? 'error.storeUnavailable' : 'error.generic'));
      } catch (sendError) {
        log.error({ err: sendError }, 'could not tell the user about a failed turn');
      }
    }
  };
  return adapter;
}
