import { describe, expect, it } from 'vitest';
import { PlatformError } from '../../src/chat/platform-error.js';
import { createScheduler, type SchedulerOptions } from '../../src/digest/scheduler.js';
import { createDigestService } from '../../src/digest/service.js';
import { createMemoryStore } from '../../src/store/memory.js';
import type { Store } from '../../src/store/store.js';
import { discordChannel, FakeClock, FakeLibrary, FakePlatform, minutes, RecordingPoster, recordingHooks, subscriptionRequest } from './harness.js';

const admin = { platform: 'discord' as const, id: 'u-admin', canManageChannel: true };
const newsroom = discordChannel('newsroom');

function setup(subscribedAt: string, extra: Partial<SchedulerOptions> = {}, store: Store = createMemoryStore()) {
  const clock = FakeClock.at(subscribedAt);
  const library = new FakeLibrary();
  const platform = new FakePlatform();
  const poster = new RecordingPoster('discord', platform, clock);
  const { hooks, events } = recordingHooks();
  const service = createDigestService({ store, library, now: () => clock.now() });
  const scheduler = createScheduler({ store, library, posters: [poster], clock, hooks, owner: 'proc-1', trigger: noTrigger, ...extra });
  const tickAt = async (iso: string) => {
    clock.set(iso);
    return scheduler.tick();
  };
  const tickEveryMinute = async (from: string, to: string) => {
    for (const minute of minutes(from, to)) await tickAt(minute);
  };
  return { clock, library, platform, poster, events, service, scheduler, store, tickAt, tickEveryMinute };
}

const noTrigger = { start() {}, stop() {} };
const postTimes = (platform: FakePlatform) => platform.received.map((p) => p.at);

describe('scheduler: on time, once a day', () => {
  it('a quiet day with quiet:skip posts nothing, records why, and is counted as quiet, not as a skipped digest', async () => {
    const t = setup('2025-06-01T12:00:00Z');
    await t.service.subscribe(newsroom, subscriptionRequest('07:00', 'Europe/Kyiv', { quietDays: 'skip' }), admin);
    await t.tickEveryMinute('2025-06-02T03:55:00Z', '2025-06-02T04:05:00Z');
    expect(t.platform.received).toEqual([]);
    const [delivery] = await t.store.listDeliveries();
    expect(delivery).toMatchObject({ localDate: '2025-06-02', status: 'skipped', reason: expect.stringContaining('skips quiet days') });
    expect(t.events.map(([name]) => name)).toEqual(['quiet']);
  });

  it('posts at the subscribed minute, once, and chains "since" from one digest to the next', async () => {
    const t = setup('2025-06-01T12:00:00Z');
    await t.service.subscribe(newsroom, subscriptionRequest('07:00', 'Europe/Kyiv'), admin);
    await t.tickEveryMinute('2025-06-02T03:55:00Z', '2025-06-02T04:10:00Z');
    await t.tickEveryMinute('2025-06-03T03:55:00Z', '2025-06-03T04:10:00Z');
    expect(t.platform.received).toEqual([
      { channel: 'newsroom', at: '2025-06-02T04:00:00.000Z', nonce: expect.any(String), late: false, since: null, newDocuments: [], messageId: 'msg-1' },
      { channel: 'newsroom', at: '2025-06-03T04:00:00.000Z', nonce: expect.any(String), late: false, since: '2025-06-02T04:00:00.000Z', newDocuments: [], messageId: 'msg-2' },
    ]);
    expect(t.poster.attempts).toHaveLength(2);
    expect((await t.store.listDeliveries()).map((d) => [d.localDate, d.status, d.messageId])).toEqual([
      ['2025-06-02', 'sent', 'msg-1'],
      ['2025-06-03', 'sent', 'msg-2'],
    ]);
    expect(t.events.map(([name]) => name)).toEqual(['sent', 'sent']);
  });

  it('builds the digest from the subscription: its topics, its word budget, what the store says was first seen', async () => {
    const t = setup('2025-06-01T12:00:00Z');
    await t.service.subscribe(newsroom, subscriptionRequest('07:00', 'Europe/Kyiv', { topics: ['ceasefire', 'prisoner exchange'], length: 'standard', wordBudget: 120 }), admin);
    await t.tickAt('2025-06-02T04:00:00Z');
    expect(t.library.digestCalls).toEqual([{ topics: ['ceasefire', 'prisoner exchange'], length: 'standard', maxWords: 120, since: null, late: false, now: new Date('2025-06-02T04:00:00Z'), firstSeen: expect.any(Function) }]);
  });

  it('posts only on the chosen weekdays', async () => {
    const t = setup('2025-06-01T12:00:00Z'); // a Sunday
    await t.service.subscribe(newsroom, subscriptionRequest('09:00', 'UTC', { weekdays: [1, 3] }), admin);
    for (const day of ['02', '03', '04', '05', '06', '07', '08']) await t.tickAt(`2025-06-${day}T09:00:00Z`);
    expect(postTimes(t.platform)).toEqual(['2025-06-02T09:00:00.000Z', '2025-06-04T09:00:00.000Z']);
  });

  it('does not post a run that fell before the subscription was made', async () => {
    const t = setup('2025-06-02T04:00:30Z');
    await t.service.subscribe(newsroom, subscriptionRequest('07:00', 'Europe/Kyiv'), admin);
    await t.tickEveryMinute('2025-06-02T04:01:00Z', '2025-06-02T06:00:00Z');
    expect(t.platform.received).toEqual([]);
  });

  it('leaves subscriptions on platforms it has no poster for', async () => {
    const t = setup('2025-06-01T12:00:00Z');
    await t.service.subscribe({ platform: 'slack', id: 'C1', workspace: 'T1' }, subscriptionRequest('07:00', 'UTC'), { ...admin, platform: 'slack' });
    await t.tickAt('2025-06-02T07:00:00Z');
    expect(t.poster.attempts).toEqual([]);
    expect(await t.store.listDeliveries()).toEqual([]);
  });
});

describe('scheduler: daylight-saving changes, ticking every minute', () => {
  it.each([
    ['America/New_York', '07:00', '2025-03-07T12:00:00Z', '2025-03-11T00:00:00Z', ['2025-03-07T12:00:00.000Z', '2025-03-08T12:00:00.000Z', '2025-03-09T11:00:00.000Z', '2025-03-10T11:00:00.000Z']],
    ['America/New_York', '07:00', '2025-10-31T14:00:00Z', '2025-11-04T00:00:00Z', ['2025-11-01T11:00:00.000Z', '2025-11-02T12:00:00.000Z', '2025-11-03T12:00:00.000Z']],
    ['Europe/Kyiv', '07:00', '2025-03-28T12:00:00Z', '2025-04-01T00:00:00Z', ['2025-03-29T05:00:00.000Z', '2025-03-30T04:00:00.000Z', '2025-03-31T04:00:00.000Z']],
    ['Europe/Kyiv', '07:00', '2025-10-24T12:00:00Z', '2025-10-28T00:00:00Z', ['2025-10-25T04:00:00.000Z', '2025-10-26T05:00:00.000Z', '2025-10-27T05:00:00.000Z']],
    // Skipped local times run once at the first minute after the gap; repeated ones once, first time round.
    ['America/New_York', '02:30', '2025-03-08T12:00:00Z', '2025-03-10T12:00:00Z', ['2025-03-09T07:00:00.000Z', '2025-03-10T06:30:00.000Z']],
    ['Europe/Kyiv', '03:30', '2025-03-29T12:00:00Z', '2025-03-31T12:00:00Z', ['2025-03-30T01:00:00.000Z', '2025-03-31T00:30:00.000Z']],
    ['America/New_York', '01:30', '2025-11-01T12:00:00Z', '2025-11-03T12:00:00Z', ['2025-11-02T05:30:00.000Z', '2025-11-03T06:30:00.000Z']],
    ['Europe/Kyiv', '03:30', '2025-10-25T12:00:00Z', '2025-10-27T12:00:00Z', ['2025-10-26T00:30:00.000Z', '2025-10-27T01:30:00.000Z']],
  ])('%s %s: the platform receives exactly the posts at %j', async (zone, time, from, to, expected) => {
    // Looking back no further than the grace window keeps 5,000 ticks quick; it changes no decision.
    const t = setup('2025-01-01T00:00:00Z', { lookbackMs: 2 * 3_600_000 });
    await t.service.subscribe(newsroom, subscriptionRequest(time, zone), admin);
    await t.tickEveryMinute(from, to);
    expect(postTimes(t.platform)).toEqual(expected);
    expect(t.platform.received.every((p) => !p.late)).toBe(true);
  });
});

describe('scheduler: catch-up after downtime', () => {
  it('posts a run missed by less than the grace window once, marked late', async () => {
    const t = setup('2025-06-01T12:00:00Z');
    await t.service.subscribe(newsroom, subscriptionRequest('07:00', 'Europe/Kyiv'), admin);
    // Down from before 07:00 until 08:45 local; then ticking again.
    await t.tickEveryMinute('2025-06-02T05:45:00Z', '2025-06-02T06:30:00Z');
    expect(t.platform.received).toEqual([{ channel: 'newsroom', at: '2025-06-02T05:45:00.000Z', nonce: expect.any(String), late: true, since: null, newDocuments: [], messageId: 'msg-1' }]);
    expect(t.events.map(([name, e]) => [name, e.late])).toEqual([
      ['sent', true],
      ['late', true],
    ]);
    expect((await t.store.listDeliveries())[0]).toMatchObject({ status: 'sent', late: true });
  });

  it('skips a run missed by more than the grace window, records why, and posts the next one normally', async () => {
    const t = setup('2025-06-01T12:00:00Z');
    await t.service.subscribe(newsroom, subscriptionRequest('07:00', 'Europe/Kyiv'), admin);
    await t.tickAt('2025-06-02T06:30:00Z'); // 09:30 local: 2 h 30 min late
    await t.tickAt('2025-06-02T06:31:00Z');
    expect(t.platform.received).toEqual([]);
    const [skip] = await t.store.listDeliveries();
    expect(skip).toMatchObject({
      localDate: '2025-06-02',
      status: 'skipped',
      reason: 'Not posted: the 2025-06-02 07:00 Europe/Kyiv digest was found 2 h 30 min late, past the 2 h catch-up window (no briefbot was running).',
    });
    expect(t.events).toEqual([['skipped', expect.objectContaining({ localDate: '2025-06-02', reason: skip!.reason })]]);
    await t.tickAt('2025-06-03T04:00:00Z');
    expect(postTimes(t.platform)).toEqual(['2025-06-03T04:00:00.000Z']);
  });

  it('honours a configured grace window', async () => {
    const t = setup('2025-06-01T12:00:00Z', { graceMs: 30 * 60_000 });
    await t.service.subscribe(newsroom, subscriptionRequest('07:00', 'UTC'), admin);
    await t.tickAt('2025-06-02T07:31:00Z');
    await t.tickAt('2025-06-03T07:29:00Z');
    expect(postTimes(t.platform)).toEqual(['2025-06-03T07:29:00.000Z']);
    expect((await t.store.listDeliveries()).map((d) => [d.localDate, d.status])).toEqual([
      ['2025-06-02', 'skipped'],
      ['2025-06-03', 'sent'],
    ]);
  });

  it('after days down, records each missed day as skipped and posts only what is still within the window', async () => {
    const t = setup('2025-06-01T12:00:00Z');
    await t.service.subscribe(newsroom, subscriptionRequest('07:00', 'UTC'), admin);
    await t.tickAt('2025-06-05T08:00:00Z');
    expect(postTimes(t.platform)).toEqual(['2025-06-05T08:00:00.000Z']);
    expect((await t.store.listDeliveries()).map((d) => [d.localDate, d.status, d.late])).toEqual([
      ['2025-06-02', 'skipped', false],
      ['2025-06-03', 'skipped', false],
      ['2025-06-04', 'skipped', false],
      ['2025-06-05', 'sent', true],
    ]);
  });
});

describe('scheduler: what is new since the last digest', () => {
  it('re-reads the set before a digest, so a file added between two digests is listed in the second', async () => {
    const t = setup('2025-06-01T12:00:00Z');
    t.library.dropFile({ id: 'old.md', title: 'Old', addedAt: '2025-05-01T00:00:00.000Z' });
    await t.library.refresh();
    await t.service.subscribe(newsroom, subscriptionRequest('07:00', 'UTC'), admin);
    await t.tickAt('2025-06-02T07:00:00Z');
    t.library.dropFile({ id: 'talks-resume.md', title: 'Talks resume', addedAt: '2025-06-02T15:00:00.000Z' });
    await t.tickAt('2025-06-03T07:00:00Z');
    await t.tickAt('2025-06-04T07:00:00Z');
    expect(t.platform.received.map((p) => [p.at, p.since, p.newDocuments])).toEqual([
      ['2025-06-02T07:00:00.000Z', null, ['old.md']],
      ['2025-06-03T07:00:00.000Z', '2025-06-02T07:00:00.000Z', ['talks-resume.md']],
      ['2025-06-04T07:00:00.000Z', '2025-06-03T07:00:00.000Z', []],
    ]);
  });

  it('does not re-read the set on a tick with nothing to post', async () => {
    const t = setup('2025-06-01T12:00:00Z');
    await t.service.subscribe(newsroom, subscriptionRequest('07:00', 'UTC'), admin);
    await t.tickEveryMinute('2025-06-02T06:50:00Z', '2025-06-02T07:10:00Z');
    expect(t.library.refreshes).toBe(1);
  });
});

describe('scheduler: start and stop', () => {
  it('runs a catch-up tick on start, then one per trigger, and stops cleanly', async () => {
    let fire: (() => Promise<unknown>) | undefined;
    let stopped = false;
    const trigger = {
      start: (onTick: () => Promise<unknown>) => {
        fire = onTick;
      },
      stop: () => {
        stopped = true;
      },
    };
    const t = setup('2025-06-01T12:00:00Z', { trigger });
    await t.service.subscribe(newsroom, subscriptionRequest('07:00', 'UTC'), admin);
    t.clock.set('2025-06-02T07:30:00Z');
    const first = await t.scheduler.start();
    expect(first).toMatchObject({ claimed: 1, outcomes: ['sent'] });
    t.clock.set('2025-06-03T07:00:00Z');
    await fire!();
    await t.scheduler.stop();
    expect(stopped).toBe(true);
    expect(t.platform.received.map((p) => [p.at, p.late])).toEqual([
      ['2025-06-02T07:30:00.000Z', true],
      ['2025-06-03T07:00:00.000Z', false],
    ]);
  });
});

describe('scheduler: stopping', () => {
  it('never starts the trigger when stop() comes during the first tick', async () => {
    let started = false;
    const t = setup('2025-06-01T12:00:00Z', {
      trigger: {
        start: () => {
          started = true;
        },
        stop() {},
      },
    });
    await t.service.subscribe(newsroom, subscriptionRequest('07:00', 'UTC'), admin);
    t.clock.set('2025-06-02T07:00:00Z');
    const attempted = t.poster.attempted();
    const starting = t.scheduler.start();
    await attempted;
    const stopping = t.scheduler.stop();
    await starting;
    await stopping;
    expect(started).toBe(false);
    expect(await t.scheduler.tick()).toEqual({ claimed: 0, retried: 0, skipped: 0, outcomes: [] });
  });

  it('leaves a post waiting out a 429 unsent and claimed, for the next start to finish', async () => {
    const t = setup('2025-06-01T12:00:00Z');
    await t.service.subscribe(newsroom, subscriptionRequest('07:00', 'UTC'), admin);
    // A sleep the test ends by hand, so stop() lands while the post waits out the 429.
    let wake!: () => void;
    let fellAsleep!: () => void;
    const waiting = new Promise<void>((resolve) => (fellAsleep = resolve));
    t.clock.sleep = (ms) => {
      t.clock.advance(ms);
      fellAsleep();
      return new Promise<void>((resolve) => (wake = resolve));
    };
    t.poster.then(new PlatformError({ platform: 'discord', kind: 'rate-limited', method: 'POST', message: 'slow down', status: 429, retryAfterMs: 5000 }));
    t.clock.set('2025-06-02T07:00:00Z');
    const ticking = t.scheduler.tick();
    await waiting;
    const stopping = t.scheduler.stop();
    wake();
    expect((await ticking).outcomes).toEqual(['interrupted']);
    await stopping;
    expect(t.poster.attempts).toHaveLength(1);
    expect(await t.store.listDeliveries()).toEqual([expect.objectContaining({ status: 'claimed', claimedBy: 'proc-1' })]);

    const restarted = createScheduler({ store: t.store, library: t.library, posters: [t.poster], clock: t.clock, owner: 'proc-1', trigger: noTrigger });
    t.clock.sleep = async () => {};
    expect((await restarted.start()).outcomes).toEqual(['sent']);
    expect(t.platform.received.map((p) => [p.at, p.late])).toEqual([['2025-06-02T07:00:05.000Z', false]]);
  });
});
