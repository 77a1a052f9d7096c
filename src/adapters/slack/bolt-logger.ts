import { format } from 'node:util';
import type { Logger as BoltLogger } from '@slack/bolt';
import { LogLevel } from '@slack/bolt';
import type { Logger } from '../../log.js';

/** Slack token shapes: bot/user/config tokens (xox…-) and app-level tokens (xapp-). */
const TOKEN_PATTERN = /\bx(?:ox[a-z]|app)-[A-Za-z0-9-]+/g;

/**
 * Bolt and its WebClient log free-form strings, which pino's path-based redaction cannot see
 * into; every line is scrubbed of the secrets we hold and anything shaped like a Slack token.
 */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text.replace(TOKEN_PATTERN, '[redacted]');
  for (const secret of secrets) if (secret) out = out.split(secret).join('[redacted]');
  return out;
}

/** Bolt's refusal of a bad or stale signature, as Bolt 5's HTTPReceiver words it. */
const SIGNATURE_REFUSED = /^Failed to (?:parse and )?verify the request data: (.*)$/s;

/**
 * @slack/oauth logs a refused install (bad state, no code, cancelled) as an error with its stack
 * before our failure callback logs it once, as a warning with the reason (oauth.ts): demote the echo.
 */
const INSTALL_REFUSED = /^(?:InvalidStateError|MissingStateError|MissingCodeError|AuthorizationError): /;

/** Bolt's Logger on top of our pino logger, so Bolt's lines land in the same stream, scrubbed. */
export function createBoltLogger(log: Logger, secrets: readonly string[]): BoltLogger {
  const write = (level: 'debug' | 'info' | 'warn' | 'error', args: unknown[]) => {
    const text = scrubSecrets(format(...args), secrets);
    const refused = level === 'warn' ? SIGNATURE_REFUSED.exec(text) : null;
    if (refused) log.warn({ event: 'request-refused', status: 401, reason: refused[1] }, 'refused a Slack request: bad or stale signature');
    else if (level === 'error' && INSTALL_REFUSED.test(text)) log.debug({ source: 'bolt' }, text);
    else log[level]({ source: 'bolt' }, text);
  };
  return {
    debug: (...args) => write('debug', args),
    info: (...args) => write('info', args),
    warn: (...args) => write('warn', args),
    error: (...args) => write('error', args),
    // Our pino level decides; Bolt only asks so it can skip work.
    setLevel: () => {},
    getLevel: () => boltLevel(log.level),
    setName: () => {},
  };
}

export function boltLevel(pinoLevel: string): LogLevel {
  switch (pinoLevel) {
    case 'trace':
    case 'debug':
      return LogLevel.DEBUG;
    case 'info':
      return LogLevel.INFO;
    case 'warn':
      return LogLevel.WARN;
    default:
      return LogLevel.ERROR;
  }
}
