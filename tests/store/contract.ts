import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { describeBriefingContract } from './contract-briefings.js';
import { describeChannelSetContract } from './contract-channel-sets.js';
import { describeFirstSeenContract } from './contract-first-seen.js';
import { at, claimOf, desk, newsroom, subscriptionInput, T0 } from './contract-fixtures.js';
import { describeInstallationContract } from './contract-installations.js';
import { describeSharedHandlesContract } from './contract-shared.js';

/**
 * The behaviour every Store must have. Each backend's test file calls this once with a factory
 * that opens an empty store; the suite closes every store it opened.
 * `openShared`, when given, opens `count` handles on ONE empty database (separate connections or
 * pools, opened at once), the way several bot processes share it.
 */
export interface StoreContractOptions {
  open: () => Promise<Store>;
  openShared?: (count: number) => Promise<Store[]>;
}

export { subscriptionInput } from './contract-fixtures.js';

export function describeStoreContract(name: string, options: StoreContractOptions): void {
  describe(`Store contract: ${name}`, () => {
    const opened: Store[] = [];
    const open = async () => {
      const store = await options.open();
      opened.push(store);
      return store;
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((s) => s.close()));
    });

    describe('subscriptions', () => {
      it('creates a subscription that reads back field for field', async () => {
        const store = await open();
        const input = subscriptionInput({ topics: ['ceasefire', 'Zaporizhzhia NPP — «safety»'], weekdays: [1, 3, 5] });
        const created = await store.putSubscription(input);
        const { now: _now, ...fields } = input;
        expect(created).toEqual({ ...fields, lastDigestAt: null, createdAt: T0, updatedAt: T0 });
        expect(await store.getSubscription('sub-1')).toEqual(created);
        expect(await store.getSubscription('nope')).toBeNull();
      });

      it('keeps a channel without a workspace apart from one with it', async () => {
        const store = await open();
        await store.putSubscription(subscriptionInput({ id: 'a', channel: { platform: 'console', id: 'main' } }));
        await store.putSubscription(subscriptionInput({ id: 'b', channel: { platform: 'console', id: 'main', workspace: 'w' } }));
        const plain = await store.listSubscriptions({ channel: { platform: 'console', id: 'main' } });
        expect(plain.map((s) => [s.id, s.channel])).toEqual([['a', { platform: 'console', id: 'main' }]]);
      });

      it('replaces the settings of a channel subscribed again, keeping id, createdAt and lastDigestAt', async () => {
        const store = await open();
        await store.putSubscription(subscriptionInput());
        await store.claimDelivery(claimOf());
        await store.markDeliverySent({ subscriptionId: 'sub-1', localDate: '2025-03-01' }, { messageId: 'm1', now: at(1), digestAt: at(1), late: false });
        await store.pauseSubscription('sub-1', 'channel gone', at(2));
        const changed = await store.putSubscription(subscriptionInput({ id: 'sub-other', time: '09:30', timezone: 'America/New_York', now: at(10), activeSince: at(10) }));
        expect(changed).toMatchObject({
          id: 'sub-1',
          time: '09:30',
          timezone: 'America/New_York',
          status: 'active',
          pausedReason: null,
          lastDigestAt: at(1),
          createdAt: T0,
          updatedAt: at(10),
          activeSince: at(10),
        });
        expect(await store.listSubscriptions()).toHaveLength(1);
      });

      it('lists oldest first, filtered by channel and by status', async () => {
        const store = await open();
        await store.putSubscription(subscriptionInput({ id: 's-desk', channel: desk, now: at(2) }));
        await store.putSubscription(subscriptionInput({ id: 's-news', channel: newsroom, now: at(1) }));
        await store.pauseSubscription('s-desk', 'not in channel', at(3));
        expect((await store.listSubscriptions()).map((s) => s.id)).toEqual(['s-news', 's-desk']);
        expect((await store.listSubscriptions({ channel: desk })).map((s) => s.id)).toEqual(['s-desk']);
        expect((await store.listSubscriptions({ status: 'active' })).map((s) => s.id)).toEqual(['s-news']);
        const paused = await store.listSubscriptions({ status: 'paused' });
        expect(paused.map((s) => [s.id, s.pausedReason, s.updatedAt])).toEqual([['s-desk', 'not in channel', at(3)]]);
      });

      it('pauses only what exists', async () => {
        const store = await open();
        expect(await store.pauseSubscription('ghost', 'x', at(1))).toBe(false);
      });

      it('deletes a channel subscription with its delivery log, and nothing else', async () => {
        const store = await open();
        await store.putSubscription(subscriptionInput({ id: 's-news', channel: newsroom }));
        await store.putSubscription(subscriptionInput({ id: 's-desk', channel: desk }));
        await store.claimDelivery(claimOf({ subscriptionId: 's-news' }));
        await store.claimDelivery(claimOf({ subscriptionId: 's-desk' }));
        expect(await store.deleteSubscriptions(newsroom)).toBe(1);
        expect(await store.deleteSubscriptions(newsroom)).toBe(0);
        expect((await store.listSubscriptions()).map((s) => s.id)).toEqual(['s-desk']);
        expect((await store.listDeliveries()).map((d) => d.subscriptionId)).toEqual(['s-desk']);
        // The channel's next subscription starts a fresh log: its first run can be claimed again.
        await store.putSubscription(subscriptionInput({ id: 's-news-2', channel: newsroom }));
        expect(await store.claimDelivery(claimOf({ subscriptionId: 's-news-2' }))).not.toBeNull();
      });
    });

    describe('delivery log', () => {
      const key = { subscriptionId: 'sub-1', localDate: '2025-03-01' };

      it('claims a run once: the second claim for the same subscription and local date gets null', async () => {
        const store = await open();
        await store.putSubscription(subscriptionInput());
        const first = await store.claimDelivery(claimOf());
        expect(first).toEqual({
          subscriptionId: 'sub-1',
          localDate: '2025-03-01',
          scheduledFor: '2025-03-01T05:00:00.000Z',
          status: 'claimed',
          late: false,
          idempotencyKey: 'key-1',
          claimedBy: 'proc-a',
          leaseUntil: at(5),
          attempts: 1,
          messageId: null,
          reason: null,
          createdAt: at(0),
          finishedAt: null,
        });
        expect(await store.claimDelivery(claimOf({ owner: 'proc-b', late: true }))).toBeNull();
        expect(await store.claimDelivery(claimOf({ localDate: '2025-03-02', scheduledFor: '2025-03-02T05:00:00.000Z' }))).not.toBeNull();
      });

      it('lets exactly one of many simultaneous claims win', async () => {
        const store = await open();
        await store.putSubscription(subscriptionInput());
        const results = await Promise.all(Array.from({ length: 12 }, (_, i) => store.claimDelivery(claimOf({ owner: `p${i}` }))));
        expect(results.filter((r) => r !== null)).toHaveLength(1);
      });

      it('renews a claim for its owner, hands it over only after the lease, never once finished', async () => {
        const store = await open();
        await store.putSubscription(subscriptionInput());
        await store.claimDelivery(claimOf());
        expect(await store.reclaimDelivery(key, { owner: 'proc-b', now: at(4), leaseUntil: at(9) })).toBeNull();
        expect(await store.reclaimDelivery(key, { owner: 'proc-a', now: at(4), leaseUntil: at(9) })).toMatchObject({ claimedBy: 'proc-a', leaseUntil: at(9), attempts: 2 });
        expect(await store.reclaimDelivery(key, { owner: 'proc-b', now: at(8), leaseUntil: at(13) })).toBeNull();
        expect(await store.reclaimDelivery(key, { owner: 'proc-b', now: at(9), leaseUntil: at(14) })).toMatchObject({ claimedBy: 'proc-b', attempts: 3 });
        await store.markDeliverySent(key, { messageId: 'm', now: at(10), digestAt: at(10), late: false });
        expect(await store.reclaimDelivery(key, { owner: 'proc-b', now: at(20), leaseUntil: at(25) })).toBeNull();
        expect(await store.reclaimDelivery({ subscriptionId: 'sub-1', localDate: '1999-01-01' }, { owner: 'proc-b', now: at(20), leaseUntil: at(25) })).toBeNull();
      });

      it('marks a claim sent once and moves lastDigestAt forward, never back', async () => {
        const store = await open();
        await store.putSubscription(subscriptionInput());
        await store.claimDelivery(claimOf());
        expect(await store.markDeliverySent(key, { messageId: 'msg-1', now: at(2), digestAt: at(1), late: true })).toBe(true);
        expect(await store.markDeliverySent(key, { messageId: 'msg-2', now: at(3), digestAt: at(3), late: false })).toBe(false);
        expect((await store.listDeliveries())[0]).toMatchObject({ status: 'sent', messageId: 'msg-1', late: true, finishedAt: at(2), leaseUntil: null });
        expect((await store.getSubscription('sub-1'))?.lastDigestAt).toBe(at(1));

        const older = { subscriptionId: 'sub-1', localDate: '2025-02-28' };
        await store.claimDelivery(claimOf({ ...older, scheduledFor: '2025-02-28T05:00:00.000Z' }));
        await store.markDeliverySent(older, { messageId: 'msg-0', now: at(4), digestAt: at(-600), late: true });
        expect((await store.getSubscription('sub-1'))?.lastDigestAt).toBe(at(1));
      });

      it('ends a claim as failed or skipped with its reason, and only a claim', async () => {
        const store = await open();
        await store.putSubscription(subscriptionInput());
        await store.claimDelivery(claimOf());
        expect(await store.closeDelivery(key, { status: 'failed', reason: 'Missing Access', now: at(1) })).toBe(true);
        expect(await store.closeDelivery(key, { status: 'skipped', reason: 'again', now: at(2) })).toBe(false);
        expect(await store.markDeliverySent(key, { messageId: 'm', now: at(3), digestAt: at(3), late: false })).toBe(false);
        expect((await store.listDeliveries())[0]).toMatchObject({ status: 'failed', reason: 'Missing Access', finishedAt: at(1) });
      });

      it('records a skipped run once, and a skipped run cannot be claimed', async () => {
        const store = await open();
        await store.putSubscription(subscriptionInput());
        const skip = { subscriptionId: 'sub-1', localDate: '2025-03-01', scheduledFor: '2025-03-01T05:00:00.000Z', idempotencyKey: 'key-1', reason: 'missed by 3 h', now: at(180) };
        expect(await store.recordSkippedDelivery(skip)).toBe(true);
        expect(await store.recordSkippedDelivery({ ...skip, reason: 'other' })).toBe(false);
        expect(await store.claimDelivery(claimOf())).toBeNull();
        expect(await store.listDeliveries()).toEqual([
          {
            subscriptionId: 'sub-1',
            localDate: '2025-03-01',
            scheduledFor: '2025-03-01T05:00:00.000Z',
            status: 'skipped',
            late: false,
            idempotencyKey: 'key-1',
            claimedBy: null,
            leaseUntil: null,
            attempts: 0,
            messageId: null,
            reason: 'missed by 3 h',
            createdAt: at(180),
            finishedAt: at(180),
          },
        ]);
      });

      it('lists deliveries oldest first, filtered by subscription, status and scheduled time', async () => {
        const store = await open();
        await store.putSubscription(subscriptionInput({ id: 's1', channel: newsroom }));
        await store.putSubscription(subscriptionInput({ id: 's2', channel: desk }));
        await store.claimDelivery(claimOf({ subscriptionId: 's2', localDate: '2025-03-02', scheduledFor: '2025-03-02T05:00:00.000Z' }));
        await store.claimDelivery(claimOf({ subscriptionId: 's1', localDate: '2025-03-01', scheduledFor: '2025-03-01T05:00:00.000Z' }));
        await store.claimDelivery(claimOf({ subscriptionId: 's1', localDate: '2025-03-02', scheduledFor: '2025-03-02T05:00:00.000Z' }));
        await store.closeDelivery({ subscriptionId: 's1', localDate: '2025-03-02' }, { status: 'failed', reason: 'r', now: at(1) });
        const ids = (ds: { subscriptionId: string; localDate: string }[]) => ds.map((d) => `${d.subscriptionId}@${d.localDate}`);
        expect(ids(await store.listDeliveries())).toEqual(['s1@2025-03-01', 's1@2025-03-02', 's2@2025-03-02']);
        expect(ids(await store.listDeliveries({ subscriptionId: 's1' }))).toEqual(['s1@2025-03-01', 's1@2025-03-02']);
        expect(ids(await store.listDeliveries({ status: 'claimed' }))).toEqual(['s1@2025-03-01', 's2@2025-03-02']);
        expect(ids(await store.listDeliveries({ scheduledFrom: '2025-03-02T05:00:00.000Z' }))).toEqual(['s1@2025-03-02', 's2@2025-03-02']);
      });
    });

    describeInstallationContract(open);
    describeBriefingContract(open);
    describeChannelSetContract(open);
    describeFirstSeenContract(open, options.openShared);
    if (options.openShared) describeSharedHandlesContract({ openShared: options.openShared }, opened);
  });
}
