import { webApi } from '@slack/bolt';
import { PlatformError } from '../../chat/platform-error.js';

/**
 * Codes Slack documents as "try again later". Every other `ok: false` code (channel_not_found,
 * not_in_channel, is_archived, account_inactive, invalid_auth, missing_scope…) is about the request,
 * the channel or the token, and no retry fixes it.
 */
const TRANSIENT = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

/** Classifies a WebClient failure so the scheduler knows whether to wait, retry or give up. */
export function toPlatformError(error: unknown, method: string): PlatformError {
  if (error instanceof PlatformError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === webApi.ErrorCode.RateLimitedError) {
    const retryAfter = Number((error as webApi.WebAPIRateLimitedError).retryAfter);
    return new PlatformError({
      platform: 'slack',
      kind: 'rate-limited',
      method,
      status: 429,
      code: 'ratelimited',
      ...(Number.isFinite(retryAfter) ? { retryAfterMs: retryAfter * 1000 } : {}),
      message: `Slack ${method}: rate limited${Number.isFinite(retryAfter) ? `, retry after ${retryAfter}s` : ''}`,
    });
  }
  if (code === webApi.ErrorCode.HTTPError) {
    const status = (error as webApi.WebAPIHTTPError).statusCode;
    const kind = status >= 500 || status === 408 ? 'transient' : 'permanent';
    return new PlatformError({ platform: 'slack', kind, method, status, message: `Slack ${method}: HTTP ${status}` });
  }
  if (code === webApi.ErrorCode.PlatformError) {
    const slackCode = String((error as webApi.WebAPIPlatformError).data?.error ?? 'unknown_error');
    const kind = slackCode === 'ratelimited' ? 'rate-limited' : TRANSIENT.has(slackCode) ? 'transient' : 'permanent';
    return new PlatformError({ platform: 'slack', kind, method, status: 200, code: slackCode, message: `Slack ${method}: ${slackCode}` });
  }
  // No answer at all (connection refused, reset, timeout): worth another try.
  const message = error instanceof Error ? error.message : String(error);
  return new PlatformError({ platform: 'slack', kind: 'transient', method, code: typeof code === 'string' ? code : undefined, message: `Slack ${method}: ${message}` });
}
