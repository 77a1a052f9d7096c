import type { Platform } from './refs.js';

export type PlatformErrorKind = 'rate-limited' | 'transient' | 'permanent';

/** A platform call that failed, classified so the caller knows whether to wait, retry or give up. */
export class PlatformError extends Error {
  override readonly name = 'PlatformError';
  readonly platform: Platform;
  readonly kind: PlatformErrorKind;
  readonly method: string;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  /** The platform's own error code, e.g. Slack's "channel_not_found" or Discord's 10003. */
  readonly code: string | undefined;

  constructor(init: {
    platform: Platform;
    kind: PlatformErrorKind;
    method: string;
    message: string;
    status?: number;
    retryAfterMs?: number;
    code?: string;
  }) {
    super(init.message);
    this.platform = init.platform;
    this.kind = init.kind;
    this.method = init.method;
    this.status = init.status;
    this.retryAfterMs = init.retryAfterMs;
    this.code = init.code;
  }
}
