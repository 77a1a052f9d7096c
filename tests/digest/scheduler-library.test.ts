import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../src/core/library/open-folder.js';
import { createScheduler } from '../../src/digest/scheduler.js';
import { createDigestService } from '../../src/digest/service.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { discordChannel, FakeClock, FakePlatform, RecordingPoster } from './harness.js';

const source = 'briefings/ukraine-peace-talks';
const root = mkdtempSync(join(tmpdir(), 'briefbot-digest-set-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Puts a real document in the set's folder, dated as if it arrived at `at` (the library reads mtime as addedAt). */
function place(folder: string, file: string, at: string) {
  copyFileSync(join(source, file), join(folder, file));
  utimesSync(join(folder, file), new Date(at), new Date(at));
}

describe('scheduler with the real library: what is new since the last digest', () => {
  it('lists a file added to the folder between two digests in the second one, and reports only what it adds', async () => {
    const folder = join(root, 'peace-talks');
    mkdirSync(folder);
    place(folder, '000_1c555dc60daa8f41.txt', '2025-05-01T00:00:00Z');
    place(folder, '001_22f4dfbdb29f33cc.txt', '2025-05-01T00:00:00Z');
    const clock = FakeClock.at('2025-06-01T12:00:00Z');
    const library = await openLibrary(folder, { topics: [], now: () => clock.now() });
    const store = createMemoryStore();
    const platform = new FakePlatform();
    const poster = new RecordingPoster('discord', platform, clock);
    const scheduler = createScheduler({ store, library, posters: [poster], clock, trigger: { start() {}, stop() {} } });
    const service = createDigestService({ store, library, now: () => clock.now() });
    await service.subscribe(discordChannel('newsroom'), { time: '07:00', timezone: 'UTC' }, { platform: 'discord', id: 'u', canManageChannel: true });

    clock.set('2025-06-02T07:00:00Z');
    await scheduler.tick();
    place(folder, '004_b428bc22a4cc43b9.txt', '2025-06-02T15:00:00Z');
    clock.set('2025-06-03T07:00:00Z');
    await scheduler.tick();
    clock.set('2025-06-04T07:00:00Z');
    await scheduler.tick();

    expect(platform.received.map((p) => [p.at, p.since, p.newDocuments])).toEqual([
      // The channel's first digest covers the set as it was.
      ['2025-06-02T07:00:00.000Z', null, ['000_1c555dc60daa8f41.txt', '001_22f4dfbdb29f33cc.txt']],
      ['2025-06-03T07:00:00.000Z', '2025-06-02T07:00:00.000Z', ['004_b428bc22a4cc43b9.txt']],
      ['2025-06-04T07:00:00.000Z', '2025-06-03T07:00:00.000Z', []],
    ]);
    // The first digest reports the set; the second only what the added article says that the others did not.
    expect(platform.digests[0]!.topics.length).toBeGreaterThan(0);
    const second = platform.digests[1]!;
    const cited = new Set(second.topics.flatMap((t) => t.points.flatMap((p) => p.citations.map((c) => second.sources[c.source - 1]!.docId))));
    expect([...cited].every((id) => id === '004_b428bc22a4cc43b9.txt')).toBe(true);
    expect(platform.digests[2]!.topics).toEqual([]);
  });
});
