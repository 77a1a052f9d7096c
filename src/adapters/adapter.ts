import type { Digest } from '../core/briefing.js';

export type Platform = 'discord' | 'slack' | 'console';

/** A place a message goes: a Discord channel (in a guild), a Slack channel (in a team), the console. */
export interface ChannelRef {
  platform: Platform;
  id: string;
  /** Discord guild id or Slack team id, when there is one. */
  workspace?: string;
}

export interface UserRef {
  platform: Platform;
  id: string;
  /** May change a channel's digest subscriptions (Discord: Manage Channels; Slack: admin or allow-listed). */
  canManageChannel: boolean;
  /**
   * May add articles with /set add without managing the channel: holds a role the configuration
   * names (Discord: intake.linkRoles; Slack, which has no roles: in a user group or on the list of
   * intake.slackLinkUsers). Channel managers may anyway.
   */
  canAddLinks?: boolean;
  /** False where the platform says the user may not post in the channel (Share in channel is refused); unknown when absent. */
  canPost?: boolean;
}

export interface Capabilities {
  ephemeral: boolean;
  /** Largest plain-text message the platform takes. */
  maxMessageChars: number;
  richCards: boolean;
}

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

export interface Adapter extends DigestPoster {
  readonly capabilities: Capabilities;
  start(): Promise<void>;
  /** Stops taking commands; resolves once in-flight answers are done. */
  stop(): Promise<void>;
  /** Connected and answering. */
  ready(): boolean;
}
