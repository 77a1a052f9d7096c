import type { ChannelRef } from '../chat/refs.js';
import { type ChannelSet, type Delivery, type DeliveryKey, deliveryKeyOf, type ErrorReport, type Installation, type StoredBriefing, type Subscription } from './records.js';
import { type Store, sameChannel } from './store.js';

/**
 * A Store in process memory: for tests and the console. Nothing survives a restart, and two
 * processes do not share it, so it is no place for a deployed bot.
 */
export function createMemoryStore(): Store {
  const subscriptions = new Map<string, Subscription>();
  const deliveries = new Map<string, Delivery>();
  const installations = new Map<string, Installation>();
  const briefings = new Map<string, StoredBriefing>();
  const reports = new Map<string, ErrorReport>();
  const channelSets = new Map<string, ChannelSet>();
  const firstSeen = new Map<string, string>();
  const channelKey = (c: ChannelRef) => `${c.platform}|${c.workspace ?? ''}|${c.id}`;
  const installationKey = (platform: string, workspace: string) => `${platform}|${workspace}`;
  const copy = <T>(value: T): T => structuredClone(value);

  const findByChannel = (channel: ChannelRef) => [...subscriptions.values()].find((s) => sameChannel(s.channel, channel));
  const claimed = (key: DeliveryKey) => {
    const row = deliveries.get(deliveryKeyOf(key));
    return row?.status === 'claimed' ? row : undefined;
  };

  return {
    kind: 'memory',

    async putSubscription({ now, ...input }) {
      const existing = findByChannel(input.channel);
      const stored: Subscription = existing ? { ...input, id: existing.id, lastDigestAt: existing.lastDigestAt, createdAt: existing.createdAt, updatedAt: now } : { ...input, lastDigestAt: null, createdAt: now, updatedAt: now };
      if (!existing && subscriptions.has(input.id)) throw new Error(`subscription id ${input.id} is taken`);
      subscriptions.set(stored.id, copy(stored));
      return copy(stored);
    },

    async getSubscription(id) {
      const found = subscriptions.get(id);
      return found ? copy(found) : null;
    },

    async listSubscriptions(filter = {}) {
      return [...subscriptions.values()]
        .filter((s) => !filter.channel || sameChannel(s.channel, filter.channel))
        .filter((s) => !filter.status || s.status === filter.status)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
        .map(copy);
    },

    async deleteSubscriptions(channel) {
      const doomed = [...subscriptions.values()].filter((s) => sameChannel(s.channel, channel));
      for (const s of doomed) {
        subscriptions.delete(s.id);
        for (const [key, d] of deliveries) if (d.subscriptionId === s.id) deliveries.delete(key);
      }
      return doomed.length;
    },

    async pauseSubscription(id, reason, now) {
      const found = subscriptions.get(id);
      if (!found) return false;
      subscriptions.set(id, { ...found, status: 'paused', pausedReason: reason, updatedAt: now });
      return true;
    },

    async claimDelivery(claim) {
      const key = deliveryKeyOf(claim);
      if (deliveries.has(key)) return null;
      const row: Delivery = {
        subscriptionId: claim.subscriptionId,
        localDate: claim.localDate,
        scheduledFor: claim.scheduledFor,
        status: 'claimed',
        late: claim.late,
        idempotencyKey: claim.idempotencyKey,
        claimedBy: claim.owner,
        leaseUntil: claim.leaseUntil,
        attempts: 1,
        messageId: null,
        reason: null,
        createdAt: claim.now,
        finishedAt: null,
      };
      deliveries.set(key, row);
      return copy(row);
    },

    async reclaimDelivery(key, { owner, now, leaseUntil }) {
      const row = claimed(key);
      if (!row) return null;
      const leaseOver = row.leaseUntil === null || row.leaseUntil <= now;
      if (row.claimedBy !== owner && !leaseOver) return null;
      const next = { ...row, claimedBy: owner, leaseUntil, attempts: row.attempts + 1 };
      deliveries.set(deliveryKeyOf(key), next);
      return copy(next);
    },

    async markDeliverySent(key, { messageId, now, digestAt, late }) {
      const row = claimed(key);
      if (!row) return false;
      deliveries.set(deliveryKeyOf(key), { ...row, status: 'sent', messageId, late, finishedAt: now, leaseUntil: null });
      const sub = subscriptions.get(key.subscriptionId);
      if (sub && (sub.lastDigestAt === null || sub.lastDigestAt < digestAt)) {
        subscriptions.set(sub.id, { ...sub, lastDigestAt: digestAt });
      }
      return true;
    },

    async closeDelivery(key, { status, reason, now }) {
      const row = claimed(key);
      if (!row) return false;
      deliveries.set(deliveryKeyOf(key), { ...row, status, reason, finishedAt: now, leaseUntil: null });
      return true;
    },

    async recordSkippedDelivery(skip) {
      const key = deliveryKeyOf(skip);
      if (deliveries.has(key)) return false;
      deliveries.set(key, {
        subscriptionId: skip.subscriptionId,
        localDate: skip.localDate,
        scheduledFor: skip.scheduledFor,
        status: 'skipped',
        late: false,
        idempotencyKey: skip.idempotencyKey,
        claimedBy: null,
        leaseUntil: null,
        attempts: 0,
        messageId: null,
        reason: skip.reason,
        createdAt: skip.now,
        finishedAt: skip.now,
      });
      return true;
    },

    async listDeliveries(filter = {}) {
      return [...deliveries.values()]
        .filter((d) => !filter.subscriptionId || d.subscriptionId === filter.subscriptionId)
        .filter((d) => !filter.status || d.status === filter.status)
        .filter((d) => !filter.scheduledFrom || d.scheduledFor >= filter.scheduledFrom)
        .sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor) || a.subscriptionId.localeCompare(b.subscriptionId))
        .map(copy);
    },

    async putInstallation(installation) {
      installations.set(installationKey(installation.platform, installation.workspace), copy(installation));
    },

    async getInstallation(platform, workspace) {
      const found = installations.get(installationKey(platform, workspace));
      return found ? copy(found) : null;
    },

    async deleteInstallation(platform, workspace) {
      return installations.delete(installationKey(platform, workspace));
    },

    async pauseWorkspaceSubscriptions(platform, workspace, reason, now) {
      const doomed = [...subscriptions.values()].filter((s) => s.status === 'active' && s.channel.platform === platform && (s.channel.workspace ?? '') === workspace);
      for (const s of doomed) subscriptions.set(s.id, { ...s, status: 'paused', pausedReason: reason, updatedAt: now });
      return doomed.length;
    },

    async putBriefing(briefing) {
      briefings.set(briefing.id, copy(briefing));
    },

    async getBriefing(id) {
      const found = briefings.get(id);
      return found ? copy(found) : null;
    },

    async deleteExpiredBriefings(now) {
      const doomed = [...briefings.values()].filter((b) => b.expiresAt < now);
      for (const b of doomed) briefings.delete(b.id);
      return doomed.length;
    },

    async addErrorReport(report) {
      if (reports.has(report.id)) throw new Error(`error report id ${report.id} is taken`);
      reports.set(report.id, copy(report));
    },

    async listErrorReports({ platform, workspace }) {
      return [...reports.values()]
        .filter((r) => r.channel.platform === platform && (r.channel.workspace ?? '') === (workspace ?? ''))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
        .map(copy);
    },

    async putChannelSet(binding) {
      channelSets.set(channelKey(binding.channel), copy(binding));
    },

    async getChannelSet(channel) {
      const found = channelSets.get(channelKey(channel));
      return found ? copy(found) : null;
    },

    async listChannelSets() {
      return [...channelSets.values()].sort((a, b) => a.boundAt.localeCompare(b.boundAt)).map(copy);
    },

    async recordFirstSeen(set, seen) {
      return seen.map(({ hash, at }) => {
        const key = `${set}\0${hash}`;
        if (!firstSeen.has(key)) firstSeen.set(key, at);
        return { hash, at: firstSeen.get(key)! };
      });
    },

    async close() {},
  };
}
