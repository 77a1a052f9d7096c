import { pino, type Logger } from 'pino';

/**
 * Every secret the process may hold, by the names it is kept under. pino's redact removes them
 * from any log line, however deep, so a token can never reach the log by accident.
 */
export const REDACT_PATHS = [
  'token', 'botToken', 'appToken', 'signingSecret', 'clientSecret', 'password', 'authorization', 'databaseUrl',
  '*.token', '*.botToken', '*.appToken', '*.signingSecret', '*.clientSecret', '*.password', '*.authorization', '*.databaseUrl',
  'headers.authorization', '*.headers.authorization', 'config.headers.Authorization',
  'env.DISCORD_TOKEN', 'env.SLACK_BOT_TOKEN', 'env.SLACK_APP_TOKEN', 'env.SLACK_SIGNING_SECRET', 'env.SLACK_CLIENT_SECRET', 'env.DATABASE_URL',
];

export interface LogOptions {
  level?: string;
  /** Human-readable lines (pino-pretty) instead of JSON; for a terminal. */
  pretty?: boolean;
  destination?: NodeJS.WritableStream;
}

export function createLogger(options: LogOptions = {}): Logger {
  const base = { level: options.level ?? 'info', redact: { paths: REDACT_PATHS, censor: '[redacted]' } };
  if (options.pretty) {
    return pino({ ...base, transport: { target: 'pino-pretty', options: { colorize: true, destination: 2 } } });
  }
  return options.destination ? pino(base, options.destination) : pino(base);
}

export type { Logger };
