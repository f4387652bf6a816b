/** What the bot's handlers are given: the store, a logger, a clock (so tests can fix time) and the outbox. */
import { BoundedMap } from '../shared/collections/boundedMap';
import type { Logger } from '../shared/log/logger';
import type { EventSettings } from '../shared/services/events';
import type { Store } from '../shared/store/database';
import type { TabLinks } from './tabLink';

export interface BotServices {
  store: Store;
  log: Logger;
  now: () => Date;
  /** Whether Graph credentials are configured, so Teams membership follows Kollega's. */
  teamsAutomation: boolean;
  /** Wakes the outbox worker after a commit, so the work that follows starts at once. */
  outbox: { kick(): void };
  /** What this process last wrote or asked, to skip repeating it on every turn (per app, not global). */
  recent: RecentlySeen;
  events: EventSettings;
  /** Where cards link into Kollega's tab. */
  tabs: TabLinks;
}

export class RecentlySeen {
  private readonly references: BoundedMap<string, string>;
  private readonly lookedUp: BoundedMap<string, number>;

  constructor(limit = 10_000) {
    this.references = new BoundedMap(limit);
    this.lookedUp = new BoundedMap(limit);
  }

  /** True when this conversation's reference was already saved exactly so by this process. */
  sameReference(conversationId: string, reference: string): boolean {
    return this.references.get(conversationId) === reference;
  }

  savedReference(conversationId: string, reference: string): void {
    this.references.set(conversationId, reference);
  }

  /** Teams' member info was asked for this person recently and had no e-mail: do not ask again yet. */
  lookedUpRecently(personId: string, now: number, withinMs = 60 * 60 * 1000): boolean {
    const at = this.lookedUp.get(personId);
    return at !== undefined && now - at < withinMs;
  }

  lookedUpNow(personId: string, now: number): void {
    this.lookedUp.set(personId, now);
  }
}
