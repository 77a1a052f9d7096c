import { describe, expect, it } from 'vitest';
import type { DigestPoster, PostDigestOptions } from '../../src/chat/digest-poster.js';
import type { ChannelRef } from '../../src/chat/refs.js';
import type { Digest } from '../../src/core/briefing.js';
import { createScheduler } from '../../src/digest/scheduler.js';
import { createDigestService } from '../../src/digest/service.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { discordChannel, FakeClock, FakeLibrary, subscriptionRequest } from './harness.js';

const admin = { platform: 'discord' as const, id: 'u-admin', canManageChannel: true };
const noTrigger = { start() {}, stop() {} };

/**
 * Counts every post it is asked for (no platform dedupe hides a second one) and holds the first
 * post until the test lets it go, standing in for a post stuck in a long rate-limit wait.
 */
class GatedPoster implements DigestPoster {
  readonly platform = 'discord' as const;
  readonly calls: { channel: string; key: string; retry: boolean }[] = [];
  private release!: () => void;
  private readonly gate = new Promise<void>((resolve) => (this.release = resolve));
  private held = false;
  private onHeld: (() => void) | undefined;
  readonly holding = new Promise<void>((resolve) => (this.onHeld = resolve));

  async postDigest(channel: ChannelRef, _digest: Digest, options: PostDigestOptions): Promise<{ messageId: string }> {
    this.calls.push({ channel: channel.id, key: options.idempotencyKey, retry: options.retry === true });
    if (!this.held) {
      this.held = true;
      this.onHeld?.();
      await this.gate;
    }
    return { messageId: `msg-${this.calls.length}` };
  }
  letGo(): void {
    this.release();
  }
}

describe('scheduler: a tick still posting when the next one starts', () => {
  it('posts each queued digest once, even when the next tick runs while they wait their turn', async () => {
    const clock = FakeClock.at('2025-06-01T12:00:00Z');
    const store = createMemoryStore();
    const library = new FakeLibrary();
    const poster = new GatedPoster();
    const service = createDigestService({ store, library, now: () => clock.now() });
    const channels = ['desk-a', 'desk-b', 'desk-c'].map(discordChannel);
    for (const channel of channels) await service.subscribe(channel, subscriptionRequest('07:00', 'UTC'), admin);
    // One worker: the first digest is held mid-post, the other two wait in this tick's queue.
    const scheduler = createScheduler({ store, library, posters: [poster], clock, owner: 'proc-1', trigger: noTrigger, concurrency: 1 });

    clock.set('2025-06-02T07:00:00Z');
    const slowTick = scheduler.tick();
    await poster.holding;
    clock.set('2025-06-02T07:02:00Z');
    const nextTick = await scheduler.tick();
    poster.letGo();
    const first = await slowTick;

    expect(nextTick).toMatchObject({ claimed: 0, retried: 0, outcomes: [] });
    expect(first).toMatchObject({ claimed: 3, outcomes: ['sent', 'sent', 'sent'] });
    expect(poster.calls.map((c) => c.channel).sort()).toEqual(['desk-a', 'desk-b', 'desk-c']);
    expect(new Set(poster.calls.map((c) => c.key)).size).toBe(3);
    expect((await store.listDeliveries()).map((d) => d.status)).toEqual(['sent', 'sent', 'sent']);
  });

  it('leaves a queued digest to the process that took it over while it waited its turn', async () => {
    const clock = FakeClock.at('2025-06-01T12:00:00Z');
    const store = createMemoryStore();
    const library = new FakeLibrary();
    const service = createDigestService({ store, library, now: () => clock.now() });
    await service.subscribe(discordChannel('desk-a'), subscriptionRequest('07:00', 'UTC'), admin);
    await service.subscribe(discordChannel('desk-b'), subscriptionRequest('07:00', 'UTC'), admin);
    const slow = new GatedPoster();
    const stuck = createScheduler({ store, library, posters: [slow], clock, owner: 'proc-1', trigger: noTrigger, concurrency: 1 });
    clock.set('2025-06-02T07:00:00Z');
    const stuckTick = stuck.tick();
    await slow.holding;

    // Past the lease: another replica takes both claims over and posts them.
    clock.set('2025-06-02T07:06:00Z');
    const other = new GatedPoster();
    other.letGo();
    await createScheduler({ store, library, posters: [other], clock, owner: 'proc-2', trigger: noTrigger }).tick();
    expect(other.calls.map((c) => c.channel).sort()).toEqual(['desk-a', 'desk-b']);

    slow.letGo();
    expect((await stuckTick).outcomes).toContain('lost');
    // Only the post it was already making when the other replica took over; the queued one was left.
    // (Which of the two was first is the store's order for subscriptions made in the same instant.)
    expect(slow.calls).toHaveLength(1);
    expect(['desk-a', 'desk-b']).toContain(slow.calls[0]!.channel);
  });

  it('tells the poster a delivery is a retry only when it was attempted before', async () => {
    const clock = FakeClock.at('2025-06-01T12:00:00Z');
    const store = createMemoryStore();
    const library = new FakeLibrary();
    const service = createDigestService({ store, library, now: () => clock.now() });
    await service.subscribe(discordChannel('desk-a'), subscriptionRequest('07:00', 'UTC'), admin);
    const dying = new GatedPoster(); // its first post never ends: the process dies mid-post
    const crashed = createScheduler({ store, library, posters: [dying], clock, owner: 'proc-1', trigger: noTrigger });
    clock.set('2025-06-02T07:00:00Z');
    void crashed.tick();
    await dying.holding;

    clock.set('2025-06-02T07:06:00Z');
    const poster = new GatedPoster();
    poster.letGo();
    const survivor = createScheduler({ store, library, posters: [poster], clock, owner: 'proc-2', trigger: noTrigger });
    expect(await survivor.tick()).toMatchObject({ retried: 1, outcomes: ['sent'] });
    expect(poster.calls).toEqual([{ channel: dying.calls[0]!.channel, key: dying.calls[0]!.key, retry: true }]);
    expect(dying.calls.map((c) => c.retry)).toEqual([false]);
  });
});
