import type { DigestPoster } from '../chat/digest-poster.js';
import type { ChannelRef } from '../chat/refs.js';
import type { CollectedShardMetrics } from './discord/shard-metrics.js';

export interface Capabilities {
  ephemeral: boolean;
  /** Largest plain-text message the platform takes. */
  maxMessageChars: number;
  richCards: boolean;
}

/** One part that must be ready for the bot to be healthy: the library, each configured adapter. */
export interface ReadinessCheck {
  name: string;
  ready(): boolean;
  /** Why it is not ready, in words, when there is more to say than its name. */
  reason?(): string | undefined;
}

export interface Adapter extends DigestPoster {
  readonly capabilities: Capabilities;
  start(): Promise<void>;
  /** Stops taking commands; resolves once in-flight answers are done. */
  stop(): Promise<void>;
  /** Connected and answering. */
  ready(): boolean;
  /**
   * Whether this process posts the digests of one of its platform's channels; absent: every one.
   * A Discord shard holds its guilds' channels only; the main process of a sharded run holds none.
   */
  ownsChannel?(channel: ChannelRef): boolean;
  /** More parts /healthz reports, asked at each request (one per Discord shard process). */
  readinessChecks?(): ReadinessCheck[];
  /** Metrics of the processes this adapter runs (Discord shards), added up with this process's in GET /metrics. */
  childMetrics?(): Promise<CollectedShardMetrics>;
}
