import { describe, expect, it } from 'vitest';
import { PlatformError } from '../../src/chat/platform-error.js';
import { createScheduler, type SchedulerOptions } from '../../src/digest/scheduler.js';
import { createDigestService } from '../../src/digest/service.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { discordChannel, FakeClock, FakeLibrary, FakePlatform, RecordingPoster, recordingHooks, subscriptionRequest } from './harness.js';

const admin = { platform: 'discord' as const, id: 'u-admin', canManageChannel: true };
const newsroom = discordChannel('newsroom');
const method = 'POST /channels/:id/messages';
const rateLimited = (ms: number) => new PlatformError({ platform: 'discord', kind: 'rate-limited', method, message: 'You are being rate limited.', status: 429, retryAfterMs: ms });
const unavailable = () => new PlatformError({ platform: 'discord', kind: 'transient', method, message: 'Service Unavailable', status: 503 });
const unknownChannel = () => new PlatformError({ platform: 'discord', kind: 'permanent', method, message: 'Unknown Channel', status: 404, code: '10003' });

async function setup(extra: Partial<SchedulerOptions> = {}) {
  const store = createMemoryStore();
  const clock = FakeClock.at('2025-06-01T12:00:00Z');
  const library = new FakeLibrary();
  const platform = new FakePlatform();
  const poster = new RecordingPoster('discord', platform, clock);
  const { hooks, events } = recordingHooks();
  const service = createDigestService({ store, library, now: () => clock.now() });
  const scheduler = createScheduler({ store, library, posters: [poster], clock, hooks, owner: 'proc-1', trigger: { start() {}, stop() {} }, ...extra });
  await service.subscribe(newsroom, subscriptionRequest('07:00', 'UTC'), admin);
  const tickAt = async (iso: string) => {
    clock.set(iso);
    return scheduler.tick();
  };
  return { store, clock, library, platform, poster, events, service, tickAt };
}

describe('scheduler: a 429', () => {
  it('waits as long as the platform says, then posts once with the same nonce', async () => {
    const t = await setup();
    t.poster.then(rateLimited(1500));
    const report = await t.tickAt('2025-06-02T07:00:00Z');
    expect(report.outcomes).toEqual(['sent']);
    expect(t.clock.sleeps).toEqual([1500]);
    expect(t.poster.attempts.map((a) => a.at)).toEqual(['2025-06-02T07:00:00.000Z', '2025-06-02T07:00:01.500Z']);
    expect(new Set(t.poster.attempts.map((a) => a.nonce)).size).toBe(1);
    expect(t.platform.received.map((p) => [p.at, p.late])).toEqual([['2025-06-02T07:00:01.500Z', false]]);
    expect(t.events.map(([name, e]) => [name, e.waitMs ?? e.messageId])).toEqual([
      ['retry', 1500],
      ['sent', 'msg-1'],
    ]);
    expect((await t.store.listDeliveries())[0]).toMatchObject({ status: 'sent', messageId: 'msg-1', attempts: 2 });
  });

  it('gives up on this digest when the platform asks for a wait longer than the claim can be held', async () => {
    const t = await setup();
    t.poster.then(rateLimited(10 * 60_000));
    expect((await t.tickAt('2025-06-02T07:00:00Z')).outcomes).toEqual(['failed']);
    expect(t.clock.sleeps).toEqual([]);
    expect(t.platform.received).toEqual([]);
    expect((await t.store.getSubscription((await t.store.listSubscriptions())[0]!.id))?.status).toBe('active');
  });
});

describe('scheduler: transient errors', () => {
  it('backs off and retries until the post goes through', async () => {
    const t = await setup();
    t.poster.then(unavailable(), unavailable());
    await t.tickAt('2025-06-02T07:00:00Z');
    expect(t.clock.sleeps).toEqual([2000, 4000]);
    expect(t.platform.received.map((p) => p.at)).toEqual(['2025-06-02T07:00:06.000Z']);
  });

  it('stops after a bounded number of retries, records why, keeps the subscription, and posts the next day', async () => {
    const t = await setup();
    t.poster.then(unavailable(), unavailable(), unavailable(), unavailable());
    expect((await t.tickAt('2025-06-02T07:00:00Z')).outcomes).toEqual(['failed']);
    expect(t.clock.sleeps).toEqual([2000, 4000, 8000]);
    expect(t.poster.attempts).toHaveLength(4);
    await t.tickAt('2025-06-02T07:01:00Z');
    expect(t.poster.attempts).toHaveLength(4);
    expect((await t.store.listDeliveries())[0]).toMatchObject({
      status: 'failed',
      reason: 'gave up after 4 attempts: Discord refused the post: Service Unavailable (HTTP 503)',
    });
    expect((await t.service.list(newsroom))[0]?.status).toBe('active');
    await t.tickAt('2025-06-03T07:00:00Z');
    expect(t.platform.received.map((p) => p.at)).toEqual(['2025-06-03T07:00:00.000Z']);
  });

  it('treats an unexpected exception from an adapter the same way, without crashing', async () => {
    const t = await setup({ retry: { maxTransientRetries: 1 } });
    t.poster.then(new TypeError('cannot read properties of undefined'), new TypeError('cannot read properties of undefined'));
    expect((await t.tickAt('2025-06-02T07:00:00Z')).outcomes).toEqual(['failed']);
    expect(t.events.map(([name, e]) => [name, e.errorKind])).toEqual([
      ['retry', 'internal'],
      ['failed', 'internal'],
    ]);
  });
});

describe('scheduler: a permanent error', () => {
  it('pauses the subscription with the reason, shown by /digest list, and never retries it', async () => {
    const t = await setup();
    t.poster.then(unknownChannel());
    expect((await t.tickAt('2025-06-02T07:00:00Z')).outcomes).toEqual(['paused']);
    expect(t.clock.sleeps).toEqual([]);
    const reason = "Discord refused the post: Unknown Channel (10003). Fix the channel or the bot's access, then /digest subscribe again to resume.";
    expect(await t.service.list(newsroom)).toEqual([expect.objectContaining({ status: 'paused', pausedReason: reason, nextRun: null })]);
    expect(t.events.map(([name]) => name)).toEqual(['failed', 'paused']);

    await t.tickAt('2025-06-02T07:01:00Z');
    await t.tickAt('2025-06-03T07:00:00Z');
    expect(t.poster.attempts).toHaveLength(1);
    expect(t.platform.received).toEqual([]);
  });

  it('resumes when the channel subscribes again', async () => {
    const t = await setup();
    t.poster.then(unknownChannel());
    await t.tickAt('2025-06-02T07:00:00Z');
    t.clock.set('2025-06-02T10:00:00Z');
    const again = await t.service.subscribe(newsroom, subscriptionRequest('07:00', 'UTC'), admin);
    expect(again).toMatchObject({ ok: true, value: { status: 'active', nextRun: '2025-06-03T07:00:00Z' } });
    await t.tickAt('2025-06-03T07:00:00Z');
    expect(t.platform.received.map((p) => p.at)).toEqual(['2025-06-03T07:00:00.000Z']);
  });
});

describe('scheduler: its own faults', () => {
  it('records a digest that could not be built as failed, posts nothing, and carries on', async () => {
    const t = await setup();
    t.library.failDigest = new Error('index not ready');
    expect((await t.tickAt('2025-06-02T07:00:00Z')).outcomes).toEqual(['failed']);
    expect((await t.store.listDeliveries())[0]).toMatchObject({ status: 'failed', reason: 'could not build the digest: unexpected error: index not ready' });
    t.library.failDigest = undefined;
    await t.tickAt('2025-06-03T07:00:00Z');
    expect(t.platform.received.map((p) => p.at)).toEqual(['2025-06-03T07:00:00.000Z']);
  });

  it('posts even when a metrics hook throws', async () => {
    const t = await setup({
      hooks: {
        sent: () => {
          throw new Error('metrics down');
        },
      },
    });
    expect((await t.tickAt('2025-06-02T07:00:00Z')).outcomes).toEqual(['sent']);
    expect(t.platform.received).toHaveLength(1);
  });
});
