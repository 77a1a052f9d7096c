import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runsBetween } from '../../src/digest/schedule.js';
import { createScheduler, type SchedulerOptions } from '../../src/digest/scheduler.js';
import { createDigestService } from '../../src/digest/service.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { discordChannel, FakeClock, FakeLibrary, FakePlatform, minutes, RecordingPoster, type Script, subscriptionRequest } from './harness.js';

const root = mkdtempSync(join(tmpdir(), 'briefbot-scheduler-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const freshDb = () => join(root, `run-${++n}`, 'briefbot.sqlite');
const admin = { platform: 'discord' as const, id: 'u-admin', canManageChannel: true };
const newsroom = discordChannel('newsroom');
const noTrigger = { start() {}, stop() {} };

/** One bot process: its own store connection, poster and scheduler, on the shared database file and platform. */
function processOn(path: string, owner: string, clock: FakeClock, platform: FakePlatform, extra: Partial<SchedulerOptions> = {}) {
  const store: Store = openSqliteStore({ path });
  const library = new FakeLibrary();
  const poster = new RecordingPoster('discord', platform, clock);
  const scheduler = createScheduler({ store, library, posters: [poster], clock, owner, trigger: noTrigger, ...extra });
  return { store, poster, scheduler, service: createDigestService({ store, library, now: () => clock.now() }) };
}

/** A process that subscribes the newsroom at 07:00 UTC, then dies while posting the 2025-06-02 digest. */
async function crashMidPost(path: string, owner: string, clock: FakeClock, platform: FakePlatform, crash: Script = 'hang') {
  const first = processOn(path, owner, clock, platform);
  await first.service.subscribe(newsroom, subscriptionRequest('07:00', 'UTC'), admin);
  first.poster.then(crash);
  clock.set('2025-06-02T07:00:00Z');
  const attempted = first.poster.attempted();
  void first.scheduler.tick(); // never finishes: the process dies mid-post
  await attempted;
  await first.store.close();
  return first;
}

describe('scheduler: a restart between claim and send', () => {
  it.each<[string, Script, string]>([
    ['before the platform got the post', 'hang', '2025-06-02T07:05:00.000Z'],
    ['after the platform got the post, before it was marked sent', 'hang-after-accept', '2025-06-02T07:00:00.000Z'],
  ])('a crash %s leaves the channel with exactly one message', async (_when, crash, postedAt) => {
    const path = freshDb();
    const clock = FakeClock.at('2025-06-01T12:00:00Z');
    const platform = new FakePlatform();
    const first = await crashMidPost(path, 'proc-a', clock, platform, crash);

    clock.set('2025-06-02T07:02:00Z');
    const second = processOn(path, 'proc-b', clock, platform);
    await second.scheduler.start(); // another process's claim: untouched until its lease runs out
    expect(second.poster.attempts).toEqual([]);

    clock.set('2025-06-02T07:05:00Z');
    expect(await second.scheduler.tick()).toMatchObject({ retried: 1, outcomes: ['sent'] });
    expect(second.poster.attempts.map((a) => a.nonce)).toEqual(first.poster.attempts.map((a) => a.nonce));
    expect(platform.received.map((p) => [p.at, p.messageId])).toEqual([[postedAt, 'msg-1']]);
    expect(await second.store.listDeliveries()).toEqual([expect.objectContaining({ status: 'sent', messageId: 'msg-1', claimedBy: 'proc-b', attempts: 2 })]);

    await second.scheduler.tick();
    expect(second.poster.attempts).toHaveLength(1);
    await second.store.close();
  });

  it('takes its own claim back at once when it restarts under the same owner id', async () => {
    const path = freshDb();
    const clock = FakeClock.at('2025-06-01T12:00:00Z');
    const platform = new FakePlatform();
    const first = await crashMidPost(path, 'pod-1', clock, platform);

    clock.set('2025-06-02T07:00:40Z');
    const again = processOn(path, 'pod-1', clock, platform);
    expect(await again.scheduler.start()).toMatchObject({ retried: 1, outcomes: ['sent'] });
    expect(platform.received.map((p) => [p.at, p.late, p.nonce])).toEqual([['2025-06-02T07:00:40.000Z', false, first.poster.attempts[0]!.nonce]]);
    await again.store.close();
  });

  it('skips, with a reason, a claim whose retry would come after the grace window', async () => {
    const path = freshDb();
    const clock = FakeClock.at('2025-06-01T12:00:00Z');
    const platform = new FakePlatform();
    await crashMidPost(path, 'proc-a', clock, platform);

    clock.set('2025-06-02T09:30:00Z');
    const later = processOn(path, 'proc-b', clock, platform);
    expect(await later.scheduler.start()).toMatchObject({ skipped: 1, outcomes: [] });
    expect(platform.received).toEqual([]);
    expect((await later.store.listDeliveries())[0]).toMatchObject({
      status: 'skipped',
      reason: 'Not posted: the 2025-06-02 07:00 UTC digest was claimed but its post was interrupted, and the 2 h catch-up window ended before a retry.',
    });
    await later.store.close();
  });
});

describe('scheduler: two processes on one database file', () => {
  it('post each digest once between them, across zones and a daylight-saving change', async () => {
    const path = freshDb();
    const clock = FakeClock.at('2025-03-29T00:00:00Z');
    const platform = new FakePlatform();
    // Looking back no further than the grace window keeps 8,640 ticks quick; it changes no decision.
    const quick = { lookbackMs: 2 * 3_600_000 };
    const a = processOn(path, 'proc-a', clock, platform, quick);
    const b = processOn(path, 'proc-b', clock, platform, quick);
    const zones = ['UTC', 'Europe/Kyiv', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/Los_Angeles'];
    for (const [i, zone] of zones.entries()) {
      await (i % 2 ? b : a).service.subscribe(discordChannel(`ch-${i}`), subscriptionRequest(i % 2 ? '03:30' : '07:00', zone), admin);
    }
    const [start, end] = ['2025-03-29T00:00:00Z', '2025-03-31T00:00:00Z'];
    for (const minute of minutes(start, end)) {
      clock.set(minute);
      await Promise.all([a.scheduler.tick(), b.scheduler.tick()]);
    }
    const subs = await a.store.listSubscriptions();
    const expected = subs.flatMap((s) => runsBetween(s, new Date(start), new Date(Date.parse(end) - 60_000)).map((r) => `${s.channel.id}@${r.at.toISOString()}`)).sort();
    const posted = platform.received.map((p) => `${p.channel}@${p.at}`);
    expect(expected).toHaveLength(12);
    expect([...posted].sort()).toEqual(expected);
    expect(new Set(posted).size).toBe(posted.length);
    expect(a.poster.attempts.length + b.poster.attempts.length).toBe(platform.received.length);
    await a.store.close();
    await b.store.close();
  });
});
