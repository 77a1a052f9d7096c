import type { CodedError } from '../chat/coded-error.js';
import type { ChannelRef, UserRef } from '../chat/refs.js';
import type { Digest, Length } from '../core/briefing.js';
import type { Result } from '../core/result.js';
import type { QuietDays } from '../store/records.js';

export interface SubscriptionRequest {
  /** HH:MM, 24-hour, in `timezone`. */
  time: string;
  /** IANA zone name, e.g. "Europe/Kyiv". */
  timezone: string;
  topics?: string[];
  /** 1 = Monday … 7 = Sunday (ISO); default every day. */
  weekdays?: number[];
  length?: Length;
  /** Words the digest stays under; default DEFAULT_WORD_BUDGET. */
  wordBudget?: number;
  /** A day with nothing new: one line (default) or no post. */
  quietDays?: QuietDays;
}

export interface SubscriptionView {
  id: string;
  channel: ChannelRef;
  time: string;
  timezone: string;
  weekdays: number[];
  topics: string[];
  length: Length;
  /** Absent in views made before these settings existed; toView always fills them. */
  wordBudget?: number;
  quietDays?: QuietDays;
  /** Next run as an ISO timestamp with the channel zone's offset; null when paused. */
  nextRun: string | null;
  status: 'active' | 'paused';
  pausedReason?: string;
}

/** What `/digest` does, for any adapter. */
export interface Digests {
  subscribe(channel: ChannelRef, request: SubscriptionRequest, by: UserRef): Promise<Result<SubscriptionView, CodedError>>;
  unsubscribe(channel: ChannelRef, by: UserRef): Promise<Result<number, CodedError>>;
  list(channel: ChannelRef): Promise<SubscriptionView[]>;
  /** A digest for this channel now, from its subscription's topics if it has one. */
  now(channel: ChannelRef): Promise<Digest>;
  /** Each topic's full briefing page by slug, as a scheduled digest links them; absent where pages are not served. */
  links?(channel: ChannelRef, digest: Digest): Promise<Record<string, string>>;
}
