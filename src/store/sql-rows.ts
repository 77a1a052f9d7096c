import {
  type ChannelSet,
  ChannelSetSchema,
  type Delivery,
  DeliverySchema,
  type ErrorReport,
  ErrorReportSchema,
  type Installation,
  InstallationSchema,
  type StoredBriefing,
  StoredBriefingSchema,
  type Subscription,
  type SubscriptionInput,
  SubscriptionSchema,
} from './records.js';

/** Rows as SQL holds them, and the mapping to and from the store's records (validated on the way out). */

export interface SubscriptionRow {
  id: string;
  platform: string;
  workspace: string;
  channel_id: string;
  local_time: string;
  timezone: string;
  weekdays: string;
  topics: string;
  digest_length: string;
  word_budget: number | null;
  quiet_days: string | null;
  status: string;
  paused_reason: string | null;
  last_digest_at: string | null;
  active_since: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface DeliveryRow {
  subscription_id: string;
  local_date: string;
  scheduled_for: string;
  status: string;
  late: number;
  idempotency_key: string;
  claimed_by: string | null;
  lease_until: string | null;
  attempts: number;
  message_id: string | null;
  reason: string | null;
  created_at: string;
  finished_at: string | null;
}

export function subscriptionParams(input: SubscriptionInput): Omit<SubscriptionRow, 'last_digest_at'> {
  return {
    id: input.id,
    ...channelColumns(input.channel),
    local_time: input.time,
    timezone: input.timezone,
    weekdays: input.weekdays.join(','),
    topics: JSON.stringify(input.topics),
    digest_length: input.length,
    word_budget: input.wordBudget ?? null,
    quiet_days: input.quietDays ?? null,
    status: input.status,
    paused_reason: input.pausedReason,
    active_since: input.activeSince,
    created_by: input.createdBy,
    created_at: input.now,
    updated_at: input.now,
  };
}

export function subscriptionFromRow(row: SubscriptionRow): Subscription {
  return SubscriptionSchema.parse({
    id: row.id,
    channel: { platform: row.platform, id: row.channel_id, ...(row.workspace ? { workspace: row.workspace } : {}) },
    time: row.local_time,
    timezone: row.timezone,
    weekdays: row.weekdays.split(',').map(Number),
    topics: JSON.parse(row.topics),
    length: row.digest_length,
    ...(row.word_budget !== null && row.word_budget !== undefined ? { wordBudget: Number(row.word_budget) } : {}),
    ...(row.quiet_days ? { quietDays: row.quiet_days } : {}),
    status: row.status,
    pausedReason: row.paused_reason,
    lastDigestAt: row.last_digest_at,
    activeSince: row.active_since,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

export function deliveryFromRow(row: DeliveryRow): Delivery {
  return DeliverySchema.parse({
    subscriptionId: row.subscription_id,
    localDate: row.local_date,
    scheduledFor: row.scheduled_for,
    status: row.status,
    late: row.late === 1,
    idempotencyKey: row.idempotency_key,
    claimedBy: row.claimed_by,
    leaseUntil: row.lease_until,
    attempts: row.attempts,
    messageId: row.message_id,
    reason: row.reason,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  });
}

export interface InstallationRow {
  platform: string;
  workspace: string;
  data: string;
  installed_at: string;
  updated_at: string;
}

export function installationFromRow(row: InstallationRow): Installation {
  return InstallationSchema.parse({
    platform: row.platform,
    workspace: row.workspace,
    data: row.data,
    installedAt: row.installed_at,
    updatedAt: row.updated_at,
  });
}

export interface StoredBriefingRow {
  id: string;
  platform: string;
  workspace: string;
  channel_id: string;
  user_id: string;
  query: string;
  shared: number;
  briefing: string;
  articles: string;
  created_at: string;
  expires_at: string;
}

/** Column values in the order of STORED_BRIEFING_COLUMNS. */
export const STORED_BRIEFING_COLUMNS = ['id', 'platform', 'workspace', 'channel_id', 'user_id', 'query', 'shared', 'briefing', 'articles', 'created_at', 'expires_at'] as const;

export function storedBriefingParams(b: StoredBriefing): StoredBriefingRow {
  return {
    id: b.id,
    ...channelColumns(b.channel),
    user_id: b.userId,
    query: b.query,
    shared: b.shared ? 1 : 0,
    briefing: JSON.stringify(b.briefing),
    articles: JSON.stringify(b.articles),
    created_at: b.createdAt,
    expires_at: b.expiresAt,
  };
}

export function storedBriefingFromRow(row: StoredBriefingRow): StoredBriefing {
  return StoredBriefingSchema.parse({
    id: row.id,
    channel: channelOf(row),
    userId: row.user_id,
    query: row.query,
    shared: Number(row.shared) === 1,
    briefing: JSON.parse(row.briefing),
    articles: JSON.parse(row.articles),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  });
}

export interface ErrorReportRow {
  id: string;
  briefing_id: string;
  platform: string;
  workspace: string;
  channel_id: string;
  user_id: string;
  item: string;
  topic: string;
  created_at: string;
}

export const ERROR_REPORT_COLUMNS = ['id', 'briefing_id', 'platform', 'workspace', 'channel_id', 'user_id', 'item', 'topic', 'created_at'] as const;

export function errorReportParams(r: ErrorReport): ErrorReportRow {
  return {
    id: r.id,
    briefing_id: r.briefingId,
    ...channelColumns(r.channel),
    user_id: r.userId,
    item: r.item,
    topic: r.topic,
    created_at: r.createdAt,
  };
}

export function errorReportFromRow(row: ErrorReportRow): ErrorReport {
  return ErrorReportSchema.parse({
    id: row.id,
    briefingId: row.briefing_id,
    channel: channelOf(row),
    userId: row.user_id,
    item: row.item,
    topic: row.topic,
    createdAt: row.created_at,
  });
}

function channelOf(row: { platform: string; workspace: string; channel_id: string }) {
  return { platform: row.platform, id: row.channel_id, ...(row.workspace ? { workspace: row.workspace } : {}) };
}

/** A channel as its row columns: no workspace is '' so the unique keys hold. */
function channelColumns(c: { platform: string; id: string; workspace?: string }) {
  return { platform: c.platform, workspace: c.workspace ?? '', channel_id: c.id };
}

export interface ChannelSetRow {
  platform: string;
  workspace: string;
  channel_id: string;
  set_name: string;
  bound_by: string | null;
  bound_at: string;
}

export function channelSetParams(binding: ChannelSet): ChannelSetRow {
  return {
    ...channelColumns(binding.channel),
    set_name: binding.set,
    bound_by: binding.boundBy,
    bound_at: binding.boundAt,
  };
}

export function channelSetFromRow(row: ChannelSetRow): ChannelSet {
  return ChannelSetSchema.parse({
    channel: channelOf(row),
    set: row.set_name,
    boundBy: row.bound_by,
    boundAt: row.bound_at,
  });
}
