import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { PlatformError } from '../../chat/platform-error.js';

/** Discord error codes after which retrying the same call cannot succeed. */
const PERMANENT_CODES: Record<number, string> = {
  10003: 'unknown channel',
  50001: 'missing access',
  50013: 'missing permissions',
};

/**
 * A failed discord.js call as a PlatformError: rate-limited (wait retryAfterMs), transient (retry
 * later) or permanent (give up and tell someone). `method` names the call, e.g. "POST /channels/:id/messages".
 */
export function toPlatformError(error: unknown, method: string): PlatformError {
  if (error instanceof PlatformError) return error;
  if (error instanceof RateLimitError) {
    return new PlatformError({
      platform: 'discord',
      kind: 'rate-limited',
      method,
      status: 429,
      retryAfterMs: Math.max(0, Math.ceil(error.retryAfter)),
      message: `Discord rate-limited ${method}${error.global ? ' (global limit)' : ''}`,
    });
  }
  if (error instanceof DiscordAPIError) {
    const code = typeof error.code === 'number' ? error.code : undefined;
    const known = code !== undefined ? PERMANENT_CODES[code] : undefined;
    return new PlatformError({
      platform: 'discord',
      kind: error.status >= 500 ? 'transient' : 'permanent',
      method,
      status: error.status,
      ...(code !== undefined ? { code: String(code) } : {}),
      message: `Discord refused ${method}: ${known ?? ('message' in error.rawError ? error.rawError.message : error.message)} (HTTP ${error.status}${code !== undefined ? `, code ${code}` : ''})`,
    });
  }
  if (error instanceof HTTPError) {
    return new PlatformError({
      platform: 'discord',
      kind: error.status >= 500 || error.status === 408 ? 'transient' : 'permanent',
      method,
      status: error.status,
      message: `Discord answered ${method} with HTTP ${error.status}`,
    });
  }
  // Network failures and timeouts (AbortError) are worth another try.
  return new PlatformError({
    platform: 'discord',
    kind: 'transient',
    method,
    message: `Could not reach Discord for ${method}: ${error instanceof Error ? error.message : String(error)}`,
  });
}

/**
 * What may be logged about an error: discord.js errors carry the request URL, and interaction and
 * webhook URLs contain their token, so those are cut out, and so is the bot token wherever it shows.
 */
export function errorForLog(error: unknown, secrets: readonly string[] = []): Record<string, unknown> {
  return asLogged(scrubbedFields(error, secrets));
}

function scrubbedFields(error: unknown, secrets: readonly string[]): Record<string, unknown> {
  const scrub = (text: string) => redact(text, secrets);
  if (error instanceof DiscordAPIError) {
    return { type: 'DiscordAPIError', code: error.code, status: error.status, method: error.method, url: scrub(error.url), message: scrub(error.message) };
  }
  if (error instanceof HTTPError) {
    return { type: 'HTTPError', status: error.status, method: error.method, url: scrub(error.url), message: scrub(error.message) };
  }
  if (error instanceof RateLimitError) {
    return { type: 'RateLimitError', route: error.route, method: error.method, retryAfter: error.retryAfter, global: error.global };
  }
  if (error instanceof PlatformError) {
    return { type: 'PlatformError', kind: error.kind, method: error.method, status: error.status, code: error.code, message: scrub(error.message) };
  }
  if (error instanceof Error) {
    return { type: error.name, message: scrub(error.message), stack: error.stack ? scrub(error.stack) : undefined };
  }
  return { type: typeof error, message: scrub(String(error)) };
}

/**
 * Logged under `err`, pino's error serializer would name a plain object's type after its
 * constructor ("Object"); an object without a prototype keeps the `type` given here.
 */
function asLogged(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.assign(Object.create(null) as Record<string, unknown>, fields);
}

/** Text with interaction/webhook tokens in URLs and every given secret replaced by "[redacted]". */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text.replace(/(\/interactions\/\d+\/)[^/?\s]+/g, '$1[redacted]').replace(/(\/webhooks\/\d+\/)[^/?\s]+/g, '$1[redacted]');
  for (const secret of secrets) if (secret) out = out.split(secret).join('[redacted]');
  return out;
}
