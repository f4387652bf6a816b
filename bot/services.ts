/** What the bot's handlers are given: the store, a logger, a clock (so tests can fix time) and the outbox. */
import type { Logger } from '../shared/log/logger';
import type { Store } from '../shared/store/database';

export interface BotServices {
  store: Store;
  log: Logger;
  now: () => Date;
  /** Whether Graph credentials are configured, so Teams membership follows Kollega's. */
  teamsAutomation: boolean;
  /** Wakes the outbox worker after a commit, so the work that follows starts at once. */
  outbox: { kick(): void };
}
