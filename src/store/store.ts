import type { ChannelRef } from '../chat/refs.js';
import type { ChannelSet, Delivery, DeliveryClaim, DeliveryKey, DeliverySkip, DeliveryStatus, ErrorReport, FirstSeen, Installation, StoredBriefing, Subscription, SubscriptionInput, SubscriptionStatus } from './records.js';

export type * from './records.js';

/**
 * Where subscriptions, the delivery log and OAuth installations live. Every method is async so a networked backend
 * (PostgreSQL) fits behind it unchanged; every state change that must happen once is a single
 * atomic operation in the backend, never a read followed by a write in the caller.
 * The store knows nothing about schedules or digests: it keeps rows and enforces uniqueness.
 */
export interface Store {
  /** "memory", "sqlite", "postgres": for logs and /health. */
  readonly kind: string;
  /**
   * Checks the database's own structure (SQLite's quick_check): what is wrong, in words, or
   * undefined when it is sound. Absent where the server checks itself (PostgreSQL).
   */
  integrity?(): Promise<string | undefined>;

  /**
   * Creates the channel's subscription, or replaces the settings of the one it has (one per
   * channel). A replaced subscription keeps its id, createdAt and lastDigestAt.
   */
  putSubscription(input: SubscriptionInput): Promise<Subscription>;
  getSubscription(id: string): Promise<Subscription | null>;
  /** Oldest first. */
  listSubscriptions(filter?: { channel?: ChannelRef; status?: SubscriptionStatus }): Promise<Subscription[]>;
  /** Removes the channel's subscriptions and their delivery log; resolves to how many were removed. */
  deleteSubscriptions(channel: ChannelRef): Promise<number>;
  /** Resolves to false when there is no such subscription. */
  pauseSubscription(id: string, reason: string, now: string): Promise<boolean>;

  /**
   * Claims a delivery before anything is posted: inserts the row unless one exists for the same
   * subscription and local date. Resolves to the new claim, or null when someone had it already.
   */
  claimDelivery(claim: DeliveryClaim): Promise<Delivery | null>;
  /**
   * Extends or takes over a claim that is still unsent: succeeds when `owner` holds it, or when its
   * lease ran out before `now`. Counts an attempt. Null when the claim is gone, finished or held.
   */
  reclaimDelivery(key: DeliveryKey, claim: { owner: string; now: string; leaseUntil: string }): Promise<Delivery | null>;
  /**
   * Marks a claimed delivery sent, and moves its subscription's lastDigestAt forward to `digestAt`,
   * together. False when the delivery was not in the claimed state.
   */
  markDeliverySent(key: DeliveryKey, sent: { messageId: string; now: string; digestAt: string; late: boolean }): Promise<boolean>;
  /** Ends a claimed delivery without a post. False when it was not in the claimed state. */
  closeDelivery(key: DeliveryKey, end: { status: 'failed' | 'skipped'; reason: string; now: string }): Promise<boolean>;
  /** Records a run that will not be posted; false when the log already had that run. */
  recordSkippedDelivery(skip: DeliverySkip): Promise<boolean>;
  /** Oldest scheduled first. */
  listDeliveries(filter?: { subscriptionId?: string; status?: DeliveryStatus; scheduledFrom?: string }): Promise<Delivery[]>;

  /** Creates or replaces the workspace's installation (every field, as given). */
  putInstallation(installation: Installation): Promise<void>;
  getInstallation(platform: 'slack', workspace: string): Promise<Installation | null>;
  /** Resolves to false when there was none. */
  deleteInstallation(platform: 'slack', workspace: string): Promise<boolean>;
  /** Pauses every active subscription of the workspace with the reason; resolves to how many. One statement. */
  pauseWorkspaceSubscriptions(platform: string, workspace: string, reason: string, now: string): Promise<number>;

  /** Keeps a posted briefing, or replaces the one with its id (Shorter/Longer re-render in place). */
  putBriefing(briefing: StoredBriefing): Promise<void>;
  /** The briefing with the id, expired or not (the caller decides what expiry means). */
  getBriefing(id: string): Promise<StoredBriefing | null>;
  /** Forgets briefings that expired before `now`; resolves to how many. */
  deleteExpiredBriefings(now: string): Promise<number>;
  addErrorReport(report: ErrorReport): Promise<void>;
  /** Newest first: the reports of one platform's workspace (no workspace: those without one). */
  listErrorReports(filter: { platform: string; workspace?: string }): Promise<ErrorReport[]>;
  /** Binds the channel to a set, replacing its earlier binding. */
  putChannelSet(binding: ChannelSet): Promise<void>;
  getChannelSet(channel: ChannelRef): Promise<ChannelSet | null>;
  /** Oldest binding first. */
  listChannelSets(): Promise<ChannelSet[]>;

  /**
   * Records each given time as the first-seen time of its content hash in the set, where the hash
   * has none yet (one atomic insert-if-absent per hash, so replicas agree), and resolves to every
   * given hash's first-seen time as stored, in the order given.
   */
  recordFirstSeen(set: string, seen: readonly FirstSeen[]): Promise<FirstSeen[]>;

  close(): Promise<void>;
}

/** Channels are the same when platform, workspace and id are. */
export function sameChannel(a: ChannelRef, b: ChannelRef): boolean {
  return a.platform === b.platform && a.id === b.id && (a.workspace ?? '') === (b.workspace ?? '');
}
