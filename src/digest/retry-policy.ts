import { PlatformError } from '../chat/platform-error.js';
import type { DigestEvent } from './events.js';

export interface RetryPolicy {
  /** Retries after a transient error (5xx, network), with exponential backoff. */
  maxTransientRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Waits the platform asks for with a 429 before giving up on this delivery. */
  maxRateLimitWaits: number;
  /** A single wait longer than this gives up instead: the claim's lease must outlive the wait. */
  maxWaitMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxTransientRetries: 3,
  baseDelayMs: 2_000,
  maxDelayMs: 30_000,
  maxRateLimitWaits: 5,
  maxWaitMs: 120_000,
};

export interface AttemptsSoFar {
  transient: number;
  rateLimited: number;
}

export type RetryDecision = { action: 'wait'; ms: number; kind: NonNullable<DigestEvent['errorKind']>; reason: string } | { action: 'give-up'; permanent: boolean; kind: NonNullable<DigestEvent['errorKind']>; reason: string };

/** What to do after a failed post: wait and try again, or stop. Pure. */
export function decideRetry(error: unknown, tries: AttemptsSoFar, policy: RetryPolicy): RetryDecision {
  const reason = describeError(error);
  if (error instanceof PlatformError && error.kind === 'permanent') {
    return { action: 'give-up', permanent: true, kind: 'permanent', reason };
  }
  if (error instanceof PlatformError && error.kind === 'rate-limited') {
    const ms = error.retryAfterMs ?? policy.baseDelayMs;
    if (tries.rateLimited >= policy.maxRateLimitWaits || ms > policy.maxWaitMs) {
      return { action: 'give-up', permanent: false, kind: 'rate-limited', reason: `still rate limited after ${tries.rateLimited} waits: ${reason}` };
    }
    return { action: 'wait', ms, kind: 'rate-limited', reason };
  }
  const kind = error instanceof PlatformError ? 'transient' : 'internal';
  if (tries.transient >= policy.maxTransientRetries) {
    return { action: 'give-up', permanent: false, kind, reason: `gave up after ${tries.transient + 1} attempts: ${reason}` };
  }
  const ms = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** tries.transient);
  return { action: 'wait', ms, kind, reason };
}

const PLATFORM_NAMES = { discord: 'Discord', slack: 'Slack', console: 'The console' } as const;

/** One line a channel member can read: which platform said what. */
export function describeError(error: unknown): string {
  if (error instanceof PlatformError) {
    const code = error.code ? ` (${error.code})` : error.status ? ` (HTTP ${error.status})` : '';
    return `${PLATFORM_NAMES[error.platform]} refused the post: ${error.message}${code}`;
  }
  return `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}
