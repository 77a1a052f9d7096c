import { createRequire } from 'node:module';
import { type DestinationStream, type Logger, pino } from 'pino';

/** Every environment variable that holds a secret: never echoed back in an error message or a log line. */
export const SECRET_ENV = ['DISCORD_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET', 'DATABASE_URL', 'SHARE_LINK_SECRET'] as const;

/**
 * Every secret the process may hold, by the names it is kept under. pino's redact removes them
 * from any log line, however deep, so a token can never reach the log by accident.
 */
export const REDACT_PATHS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'clientSecret',
  'password',
  'authorization',
  'databaseUrl',
  'stateSecret',
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  '*.clientSecret',
  '*.password',
  '*.authorization',
  '*.databaseUrl',
  '*.stateSecret',
  '*.*.token',
  '*.*.botToken',
  '*.*.appToken',
  '*.*.signingSecret',
  'headers.authorization',
  '*.headers.authorization',
  'config.headers.Authorization',
  ...SECRET_ENV.map((name) => `env.${name}`),
];

export interface LogOptions {
  level?: string;
  /**
   * json: one JSON object a line (production). pretty: human-readable (pino-pretty, a dev dependency).
   * auto: pretty when stdout is a terminal and pino-pretty is installed, JSON otherwise.
   */
  format?: 'auto' | 'json' | 'pretty';
  /** Same as format: 'pretty'. */
  pretty?: boolean;
  destination?: DestinationStream | NodeJS.WritableStream;
  /**
   * Values that must never be written, whatever field or message they hide in (a token inside an
   * SDK's error text, say): replaced by [redacted] in every line, on top of `redact`'s paths.
   */
  secrets?: readonly string[];
}

export function createLogger(options: LogOptions = {}): Logger {
  const base = { level: options.level ?? 'info', redact: { paths: REDACT_PATHS, censor: '[redacted]' } };
  const format = options.pretty ? 'pretty' : (options.format ?? 'json');
  const pretty = format === 'pretty' || (format === 'auto' && process.stdout.isTTY) ? loadPretty() : undefined;
  const sink: DestinationStream = (options.destination as DestinationStream | undefined) ?? pretty?.({ colorize: true, destination: 2, sync: true }) ?? pino.destination({ dest: 1, sync: true });
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 6);
  return pino(base, secrets.length > 0 ? scrubbing(sink, secrets) : sink);
}

type PrettyFactory = (options: { colorize: boolean; destination: number; sync: boolean }) => DestinationStream;

/** pino-pretty is a dev dependency: the production image does not have it, and logs JSON instead. */
function loadPretty(): PrettyFactory | undefined {
  try {
    return createRequire(import.meta.url)('pino-pretty') as PrettyFactory;
  } catch {
    return undefined;
  }
}

/** A destination that replaces each secret value, raw or JSON-escaped, before the line is written. */
export function scrubbing(sink: DestinationStream, secrets: readonly string[]): DestinationStream {
  const needles = [...new Set(secrets.flatMap((s) => [s, JSON.stringify(s).slice(1, -1)]))].sort((a, b) => b.length - a.length);
  return {
    write(line: string) {
      let out = line;
      for (const needle of needles) if (out.includes(needle)) out = out.split(needle).join('[redacted]');
      sink.write(out);
    },
  };
}

export type { Logger };
