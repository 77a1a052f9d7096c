/**
 * Per-user token bucket: `burst` commands at once, refilled at `perMinute`. Keeps one entry per
 * user seen, dropped once the bucket is full again.
 */
export interface RateLimiter {
  /** True when the user may run a command now (and counts it). */
  take(userKey: string, now?: number): boolean;
}

export interface RateLimitOptions {
  perMinute: number;
  burst: number;
}

export function createRateLimiter({ perMinute, burst }: RateLimitOptions): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refillPerMs = perMinute / 60_000;
  return {
    take(userKey, now = Date.now()) {
      if (perMinute <= 0) return true;
      const bucket = buckets.get(userKey) ?? { tokens: burst, at: now };
      const tokens = Math.min(burst, bucket.tokens + (now - bucket.at) * refillPerMs);
      if (tokens < 1) {
        buckets.set(userKey, { tokens, at: now });
        return false;
      }
      if (tokens - 1 >= burst - 1 && buckets.size > 10_000) buckets.delete(userKey);
      else buckets.set(userKey, { tokens: tokens - 1, at: now });
      return true;
    },
  };
}
