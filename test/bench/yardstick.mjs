// The yardsticks' common part: a bare restify 11 server with botbuilder's CloudAdapter, no authentication,
// set up the way Kollega's own server is (JSON body parser, POST /api/messages -> adapter.process).
import restify from 'restify';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { reportListening } from './child.mjs';

export function serveBot(bot) {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  server.listen(0, '127.0.0.1', () => reportListening(server));
}
