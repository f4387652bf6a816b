/**
 * `npm start`: runs Kollega as a process. Reads .env if present, validates the configuration (stopping with a
 * message naming each bad variable), listens, and shuts down gracefully on SIGTERM and SIGINT.
 */
import fs from 'node:fs';
import { ConfigError, loadConfig } from '../shared/config/config';
import { createLogger } from '../shared/log/logger';
import { startKollega } from './app';

/** How long requests in flight may take to finish after SIGTERM before the process exits anyway. */
const shutdownGraceMs = 10_000;

async function main(): Promise<void> {
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  let config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee .env.example for every variable.\n`);
      process.exit(1);
    }
    throw err;
  }
  const log = createLogger(config.logLevel);
  const kollega = await startKollega(config, log);
  if (!config.graph) log.warn('no Graph credentials (GRAPH_*): membership is recorded; coordinators add people to teams by hand');
  const mode = config.bot ? `authenticated as app ${config.bot.appId}` : 'local mode: no MicrosoftAppId, unauthenticated';
  log.info(
    { url: kollega.url, botEndpoint: `${kollega.url}/api/messages`, tab: `${kollega.url}/tab/`, mode },
    `Kollega listens on ${kollega.url}. Bot endpoint: ${kollega.url}/api/messages (${mode}). ` +
      'Talk to it with the Microsoft 365 Agents Playground: npm run playground',
  );

  const shutdown = (signal: string) => {
    log.info({ signal }, 'shutting down');
    setTimeout(() => {
      log.warn('requests still in flight after the grace period; exiting');
      process.exit(1);
    }, shutdownGraceMs).unref();
    kollega.close().then(
      () => process.exit(0),
      (err) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err) => {
  process.stderr.write(`Kollega could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
