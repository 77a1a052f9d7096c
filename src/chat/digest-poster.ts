import type { Digest } from '../core/briefing.js';
import type { ChannelRef, Platform } from './refs.js';

/** How the scheduler asks for one digest post. */
export interface PostDigestOptions {
  /** Stable across retries of the same delivery. */
  idempotencyKey: string;
  /**
   * This delivery was attempted before (an earlier try failed, or another process, possibly dead
   * mid-post, held it): part of it may already be in the channel, perhaps longer ago than a
   * platform's own dedupe remembers. A poster that can look should skip what is there.
   */
  retry?: boolean;
  /** Each topic's full briefing page by topic slug, when pages are served; the digest links to them. */
  links?: Readonly<Record<string, string>>;
}

/** What the digest scheduler needs from a platform: post a digest to a channel, once. */
export interface DigestPoster {
  readonly platform: Platform;
  /**
   * Posts the digest. `idempotencyKey` is stable across retries of the same delivery, so a
   * platform that supports it (Discord's nonce) drops a duplicate. Throws PlatformError.
   */
  postDigest(channel: ChannelRef, digest: Digest, options: PostDigestOptions): Promise<{ messageId: string }>;
}
