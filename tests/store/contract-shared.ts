import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { at, claimOf, subscriptionInput } from './contract-fixtures.js';

/**
 * Part of the store contract: several handles on ONE database at once, the way replicas share it.
 * `openShared(count)` opens them; `opened` collects them for the suite to close.
 */
export function describeSharedHandlesContract(options: { openShared: (count: number) => Promise<Store[]> }, opened: Store[]): void {
  const openShared = async (count: number) => {
    const stores = await options.openShared(count);
    opened.push(...stores);
    return stores;
  };
  const key = { subscriptionId: 'sub-1', localDate: '2025-03-01' };

  describe('several handles on one database', () => {
    it('sees one claim between two, and a takeover only after the lease', async () => {
      const [a, b] = (await openShared(2)) as [Store, Store];
      await a.putSubscription(subscriptionInput());
      expect(await b.getSubscription('sub-1')).not.toBeNull();
      const results = await Promise.all([a.claimDelivery(claimOf({ owner: 'a' })), b.claimDelivery(claimOf({ owner: 'b' }))]);
      expect(results.filter((r) => r !== null)).toHaveLength(1);
      const winner = results[0] ? 'a' : 'b';
      const loser = winner === 'a' ? b : a;
      expect(await loser.reclaimDelivery(key, { owner: 'late', now: at(1), leaseUntil: at(6) })).toBeNull();
      expect(await loser.reclaimDelivery(key, { owner: 'late', now: at(5), leaseUntil: at(10) })).toMatchObject({ claimedBy: 'late' });
      expect(await loser.markDeliverySent(key, { messageId: 'm', now: at(6), digestAt: at(6), late: false })).toBe(true);
      expect((await (winner === 'a' ? a : b).getSubscription('sub-1'))?.lastDigestAt).toBe(at(6));
    });

    it('lets exactly one of 20 handles claim the same run at once', async () => {
      const stores = await openShared(20);
      await stores[0]!.putSubscription(subscriptionInput());
      const results = await Promise.all(stores.map((s, i) => s.claimDelivery(claimOf({ owner: `replica-${i}` }))));
      const winners = results.filter((r) => r !== null);
      expect(winners).toHaveLength(1);
      const log = await stores[0]!.listDeliveries();
      expect(log.map((d) => [d.status, d.claimedBy, d.attempts])).toEqual([['claimed', winners[0]!.claimedBy, 1]]);
    });

    it('hands an expired claim to exactly one of 20 handles taking it over at once', async () => {
      const stores = await openShared(20);
      await stores[0]!.putSubscription(subscriptionInput());
      await stores[0]!.claimDelivery(claimOf({ owner: 'crashed' }));
      const results = await Promise.all(stores.map((s, i) => s.reclaimDelivery(key, { owner: `replica-${i}`, now: at(6), leaseUntil: at(11) })));
      const winners = results.filter((r) => r !== null);
      expect(winners).toHaveLength(1);
      expect(winners[0]).toMatchObject({ attempts: 2, leaseUntil: at(11) });
      expect((await stores[1]!.listDeliveries())[0]).toMatchObject({ claimedBy: winners[0]!.claimedBy, attempts: 2 });
    });

    it('marks a run sent once when several handles finish it at once', async () => {
      const stores = await openShared(8);
      await stores[0]!.putSubscription(subscriptionInput());
      await stores[0]!.claimDelivery(claimOf());
      const results = await Promise.all(stores.map((s, i) => s.markDeliverySent(key, { messageId: `m-${i}`, now: at(1), digestAt: at(1 + i), late: false })));
      expect(results.filter(Boolean)).toHaveLength(1);
      const winner = results.indexOf(true);
      expect((await stores[0]!.listDeliveries())[0]).toMatchObject({ status: 'sent', messageId: `m-${winner}` });
      expect((await stores[0]!.getSubscription('sub-1'))?.lastDigestAt).toBe(at(1 + winner));
    });

    it('keeps one subscription per channel when several handles subscribe it at once', async () => {
      const stores = await openShared(8);
      await Promise.all(stores.map((s, i) => s.putSubscription(subscriptionInput({ id: `sub-${i}`, time: `0${i}:00` }))));
      const all = await stores[0]!.listSubscriptions();
      expect(all).toHaveLength(1);
    });
  });
}
