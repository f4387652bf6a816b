// Yardstick for Action.Execute: answers an adaptiveCard/action invoke with a card in the response body.
import { ActivityHandler } from 'botbuilder';
import { serveBot } from './yardstick.mjs';

const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'ok' }] };

class InvokeBot extends ActivityHandler {
  async onInvokeActivity() {
    return { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card } };
  }
}
serveBot(new InvokeBot());
