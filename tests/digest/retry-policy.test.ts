import { describe, expect, it } from 'vitest';
import { PlatformError } from '../../src/chat/platform-error.js';
import { DEFAULT_RETRY_POLICY, decideRetry, describeError } from '../../src/digest/retry-policy.js';

const error = (kind: 'rate-limited' | 'transient' | 'permanent', extra: { retryAfterMs?: number; code?: string; status?: number } = {}) =>
  new PlatformError({ platform: 'slack', kind, method: 'chat.postMessage', message: 'nope', ...extra });
const none = { transient: 0, rateLimited: 0 };

describe('decideRetry', () => {
  it('waits exactly what a 429 asks for', () => {
    expect(decideRetry(error('rate-limited', { retryAfterMs: 30_000 }), none, DEFAULT_RETRY_POLICY)).toMatchObject({ action: 'wait', ms: 30_000, kind: 'rate-limited' });
  });

  it('gives up on a 429 after the allowed number of waits, or when the wait is too long', () => {
    expect(decideRetry(error('rate-limited', { retryAfterMs: 1000 }), { transient: 0, rateLimited: 5 }, DEFAULT_RETRY_POLICY)).toMatchObject({ action: 'give-up', permanent: false });
    expect(decideRetry(error('rate-limited', { retryAfterMs: 120_001 }), none, DEFAULT_RETRY_POLICY)).toMatchObject({ action: 'give-up', permanent: false });
  });

  it('backs off exponentially on transient errors, capped, and stops after the bound', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 1000, maxDelayMs: 5000, maxTransientRetries: 4 };
    const waits = [0, 1, 2, 3].map((n) => decideRetry(error('transient'), { transient: n, rateLimited: 0 }, policy));
    expect(waits.map((w) => (w.action === 'wait' ? w.ms : null))).toEqual([1000, 2000, 4000, 5000]);
    expect(decideRetry(error('transient'), { transient: 4, rateLimited: 0 }, policy)).toMatchObject({ action: 'give-up', permanent: false, kind: 'transient' });
  });

  it('never retries a permanent error', () => {
    expect(decideRetry(error('permanent', { code: 'channel_not_found' }), none, DEFAULT_RETRY_POLICY)).toEqual({
      action: 'give-up',
      permanent: true,
      kind: 'permanent',
      reason: 'Slack refused the post: nope (channel_not_found)',
    });
  });
});

describe('describeError', () => {
  it('names the platform and the code, or the HTTP status when there is no code', () => {
    expect(describeError(error('transient', { status: 502 }))).toBe('Slack refused the post: nope (HTTP 502)');
    expect(describeError(new Error('boom'))).toBe('unexpected error: boom');
  });
});
