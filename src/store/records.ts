import { z } from 'zod';
import { ChannelRefSchema } from '../chat/refs.js';
import { BriefingSchema, LengthSchema } from '../core/briefing.js';

/**
 * What the store keeps, as plain JSON-serialisable data. Instants are ISO strings in UTC
 * (`Date.prototype.toISOString`), so every backend can compare them as text.
 */

export const SubscriptionStatusSchema = z.enum(['active', 'paused']);
export type SubscriptionStatus = z.infer<typeof SubscriptionStatusSchema>;

export const QuietDaysSchema = z.enum(['line', 'skip']);
export type QuietDays = z.infer<typeof QuietDaysSchema>;

export const SubscriptionSchema = z.object({
  id: z.string().min(1),
  channel: ChannelRefSchema,
  /** HH:MM, 24-hour, wall-clock time in `timezone`. */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  /** IANA zone name. */
  timezone: z.string().min(1),
  /** ISO weekdays, 1 = Monday … 7 = Sunday, ascending, never empty. */
  weekdays: z.array(z.number().int().min(1).max(7)).min(1),
  /** Empty: the set's top topics, chosen by the library at digest time. */
  topics: z.array(z.string()),
  length: LengthSchema,
  /** Words a digest stays under; absent: DEFAULT_WORD_BUDGET. */
  wordBudget: z.number().int().positive().optional(),
  /** A day with nothing new: one line ("line", the default when absent) or no post ("skip"). */
  quietDays: QuietDaysSchema.optional(),
  status: SubscriptionStatusSchema,
  /** Why it was paused, in words a channel member can act on. */
  pausedReason: z.string().nullable(),
  /** When the last digest was built for this channel; the next one lists documents added after it. */
  lastDigestAt: z.string().nullable(),
  /** Runs scheduled at or before this instant are not due: the schedule took its current form then. */
  activeSince: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Subscription = z.infer<typeof SubscriptionSchema>;

/** What a caller gives to create or replace a channel's subscription. */
export type SubscriptionInput = Omit<Subscription, 'lastDigestAt' | 'createdAt' | 'updatedAt'> & { now: string };

export const DeliveryStatusSchema = z.enum(['claimed', 'sent', 'skipped', 'failed']);
export type DeliveryStatus = z.infer<typeof DeliveryStatusSchema>;

/** One scheduled digest for one subscription on one local date: the delivery log's row. */
export const DeliverySchema = z.object({
  subscriptionId: z.string(),
  /** YYYY-MM-DD in the subscription's time zone. */
  localDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  scheduledFor: z.string(),
  status: DeliveryStatusSchema,
  late: z.boolean(),
  /** Stable across retries of this delivery; platforms that support it drop a duplicate post. */
  idempotencyKey: z.string(),
  /** The process holding the claim; null for a skip. */
  claimedBy: z.string().nullable(),
  /** Another process may take the claim over after this instant. */
  leaseUntil: z.string().nullable(),
  /** How many times the delivery was claimed for posting (1 + takeovers and retries). */
  attempts: z.number().int().nonnegative(),
  messageId: z.string().nullable(),
  reason: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type Delivery = z.infer<typeof DeliverySchema>;

export interface DeliveryKey {
  subscriptionId: string;
  localDate: string;
}

export interface DeliveryClaim extends DeliveryKey {
  scheduledFor: string;
  late: boolean;
  idempotencyKey: string;
  owner: string;
  now: string;
  leaseUntil: string;
}

export interface DeliverySkip extends DeliveryKey {
  scheduledFor: string;
  idempotencyKey: string;
  reason: string;
  now: string;
}

export const deliveryKeyOf = (key: DeliveryKey): string => `${key.subscriptionId}|${key.localDate}`;

/**
 * A chat app installed in one workspace through OAuth (Slack only for now). `data` is the
 * platform SDK's own installation object as JSON text, kept whole so its shape is the SDK's
 * business; it holds tokens, so it is never logged.
 */
export const InstallationSchema = z.object({
  platform: z.literal('slack'),
  /** The enterprise id for an org-wide install, else the team id. */
  workspace: z.string().min(1),
  /** Bolt's Installation object, as JSON text; holds tokens: never log it. */
  data: z.string(),
  installedAt: z.string(),
  updatedAt: z.string(),
});
export type Installation = z.infer<typeof InstallationSchema>;

/** A document's text kept with a briefing: paragraphs of sentences, as the briefing's citations address them. */
export const ArticleSchema = z.object({
  docId: z.string(),
  paragraphs: z.array(z.array(z.string())),
});

/**
 * A briefing posted with buttons, kept so a click or a link shows exactly what was posted, with the
 * text of every article it cites, even after the set changes, until `expiresAt`.
 */
export const StoredBriefingSchema = z.object({
  id: z.string().min(1),
  /** Where it was posted; clicks from any other channel are refused. */
  channel: ChannelRefSchema,
  /** Who asked for it. */
  userId: z.string().min(1),
  /** What was asked, so Shorter/Longer and follow-ups can ask again. */
  query: z.string(),
  /** Whether the channel saw it (shared) or only the asker. */
  shared: z.boolean(),
  briefing: BriefingSchema,
  articles: z.array(ArticleSchema),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type StoredBriefing = z.infer<typeof StoredBriefingSchema>;

/** A reader's flag on one item of a briefing: kept for admins, counted in a metric. */
export const ErrorReportSchema = z.object({
  id: z.string().min(1),
  briefingId: z.string().min(1),
  channel: ChannelRefSchema,
  userId: z.string().min(1),
  /** What the reader flagged, e.g. "summary 2" or free text from the reader. */
  item: z.string(),
  topic: z.string(),
  createdAt: z.string(),
});
export type ErrorReport = z.infer<typeof ErrorReportSchema>;

/** A channel briefed from a named document set (/set use); channels without one use the default set. */
export const ChannelSetSchema = z.object({
  channel: ChannelRefSchema,
  set: z.string().min(1),
  boundBy: z.string().nullable(),
  boundAt: z.string(),
});
export type ChannelSet = z.infer<typeof ChannelSetSchema>;

/** When a set first held a document with this content hash. */
export interface FirstSeen {
  hash: string;
  /** ISO instant. */
  at: string;
}
