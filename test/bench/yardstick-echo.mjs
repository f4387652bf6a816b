// Yardstick for messages: answers every message with a text reply sent through the connector.
import { ActivityHandler } from 'botbuilder';
import { serveBot } from './yardstick.mjs';

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text}`);
      await next();
    });
  }
}
serveBot(new EchoBot());
