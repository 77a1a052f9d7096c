import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { at, subscriptionInput } from './contract-fixtures.js';

/** First-seen times by content hash, and a subscription's digest settings, as every Store must keep them. */
export function describeFirstSeenContract(open: () => Promise<Store>, openShared?: (count: number) => Promise<Store[]>): void {
  describe('first seen', () => {
    it('keeps the first time a hash was seen: a later sighting does not move it', async () => {
      const store = await open();
      expect(
        await store.recordFirstSeen('ukraine', [
          { hash: 'h1', at: at(0) },
          { hash: 'h2', at: at(5) },
        ]),
      ).toEqual([
        { hash: 'h1', at: at(0) },
        { hash: 'h2', at: at(5) },
      ]);
      expect(
        await store.recordFirstSeen('ukraine', [
          { hash: 'h2', at: at(60) },
          { hash: 'h3', at: at(60) },
        ]),
      ).toEqual([
        { hash: 'h2', at: at(5) },
        { hash: 'h3', at: at(60) },
      ]);
    });

    it('keeps sets apart: the same content first seen in another set is new there', async () => {
      const store = await open();
      await store.recordFirstSeen('ukraine', [{ hash: 'h1', at: at(0) }]);
      expect(await store.recordFirstSeen('economy', [{ hash: 'h1', at: at(30) }])).toEqual([{ hash: 'h1', at: at(30) }]);
    });

    it('answers an empty list with an empty list', async () => {
      const store = await open();
      expect(await store.recordFirstSeen('ukraine', [])).toEqual([]);
    });

    if (openShared) {
      it('gives every replica the same first-seen time when they record at once', async () => {
        const handles = await openShared(3);
        try {
          const answers = await Promise.all(handles.map((h, i) => h.recordFirstSeen('ukraine', [{ hash: 'h1', at: at(i) }])));
          const seen = new Set(answers.map((a) => a[0]!.at));
          expect(seen.size).toBe(1);
        } finally {
          await Promise.all(handles.map((h) => h.close()));
        }
      });
    }
  });

  describe('digest settings', () => {
    it('reads back a word budget and a quiet-day setting, and a replaced subscription takes the new ones', async () => {
      const store = await open();
      await store.putSubscription(subscriptionInput({ wordBudget: 120, quietDays: 'skip' }));
      expect(await store.getSubscription('sub-1')).toMatchObject({ wordBudget: 120, quietDays: 'skip' });
      await store.putSubscription(subscriptionInput({ id: 'sub-2' }));
      const replaced = await store.getSubscription('sub-1');
      expect(replaced?.wordBudget).toBeUndefined();
      expect(replaced?.quietDays).toBeUndefined();
    });
  });
}
