/** What the bot's handlers are given: the store, a logger and a clock (a clock so tests can fix time). */
import type { Logger } from '../shared/log/logger';
import type { Store } from '../shared/store/database';

export interface BotServices {
  store: Store;
  log: Logger;
  now: () => Date;
}
