import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { at, desk, newsroom } from './contract-fixtures.js';

/** Channel → set bindings (/set use), as every Store must keep them. */
export function describeChannelSetContract(open: () => Promise<Store>): void {
  describe('channel sets', () => {
    it('has no binding for a channel never bound', async () => {
      const store = await open();
      expect(await store.getChannelSet(newsroom)).toBeNull();
      expect(await store.listChannelSets()).toEqual([]);
    });

    it('binds a channel, reads it back field for field, and a second binding replaces the first', async () => {
      const store = await open();
      await store.putChannelSet({ channel: newsroom, set: 'economy', boundBy: 'u-1', boundAt: at(1) });
      expect(await store.getChannelSet(newsroom)).toEqual({ channel: newsroom, set: 'economy', boundBy: 'u-1', boundAt: at(1) });
      await store.putChannelSet({ channel: newsroom, set: 'ukraine', boundBy: 'u-2', boundAt: at(2) });
      expect(await store.getChannelSet(newsroom)).toEqual({ channel: newsroom, set: 'ukraine', boundBy: 'u-2', boundAt: at(2) });
      expect(await store.listChannelSets()).toHaveLength(1);
    });

    it('keeps channels apart by platform, workspace and id, and lists the oldest binding first', async () => {
      const store = await open();
      const plain = { platform: 'console' as const, id: 'main' };
      await store.putChannelSet({ channel: desk, set: 'local', boundBy: null, boundAt: at(3) });
      await store.putChannelSet({ channel: plain, set: 'economy', boundBy: null, boundAt: at(1) });
      await store.putChannelSet({ channel: { ...plain, workspace: 'w' }, set: 'ukraine', boundBy: null, boundAt: at(2) });
      expect((await store.getChannelSet(plain))?.set).toBe('economy');
      expect((await store.getChannelSet({ ...plain, workspace: 'w' }))?.set).toBe('ukraine');
      expect(await store.getChannelSet({ ...desk, id: 'C201' })).toBeNull();
      expect((await store.listChannelSets()).map((b) => b.set)).toEqual(['economy', 'ukraine', 'local']);
    });
  });
}
