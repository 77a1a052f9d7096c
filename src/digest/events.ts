import type { ChannelRef } from '../chat/refs.js';

/** What happened to one scheduled digest; the payload of every hook. */
export interface DigestEvent {
  subscriptionId: string;
  channel: ChannelRef;
  /** The run's local date in the subscription's zone. */
  localDate: string;
  scheduledFor: string;
  late: boolean;
  /** sent: the platform's message id. */
  messageId?: string;
  /** skipped, failed, paused, retry: why, in words. */
  reason?: string;
  /** retry: how long the scheduler waits before the next attempt. */
  waitMs?: number;
  /** failed, paused, retry: the PlatformError kind, or "internal" for anything else. */
  errorKind?: 'rate-limited' | 'transient' | 'permanent' | 'internal';
}

/**
 * Plain callbacks for metrics and alerts. `late` fires for a digest posted late, after `sent`
 * (late ⊂ sent). `paused` fires after `failed` when the error was permanent. A hook that throws
 * is logged and ignored: metrics never stop a digest.
 */
export interface DigestHooks {
  sent?(event: DigestEvent): void;
  late?(event: DigestEvent): void;
  skipped?(event: DigestEvent): void;
  /** A quiet day the subscription chose not to post (`quiet:skip`): nothing new, so nothing missed. */
  quiet?(event: DigestEvent): void;
  failed?(event: DigestEvent): void;
  paused?(event: DigestEvent): void;
  retry?(event: DigestEvent): void;
}
