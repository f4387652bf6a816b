/**
 * Structured JSON logs (one object a line, for App Service and Application Insights).
 * Secrets and tokens are redacted by path, so a careless `log.info({ req })` cannot leak them.
 */
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

const redactedPaths = [
  '*.password',
  '*.appPassword',
  '*.MicrosoftAppPassword',
  '*.authorization',
  '*.Authorization',
  'headers.authorization',
  'req.headers.authorization',
  '*.token',
  '*.accessToken',
  '*.databaseUrl',
  'config.databaseUrl',
  'config.bot.appPassword',
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'kollega' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: redactedPaths, censor: '[redacted]' },
    },
    destination,
  );
}
