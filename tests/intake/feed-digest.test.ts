import { cpSync, mkdtempSync, readdirSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../src/adapters/console/render.js';
import { handleCommand } from '../../src/commands/handle.js';
import { createScheduler } from '../../src/digest/scheduler.js';
import { createDigestService } from '../../src/digest/service.js';
import { createFeedPoller } from '../../src/intake/feeds.js';
import { createIntake } from '../../src/intake/intake.js';
import { createLogger } from '../../src/log.js';
import { createSetDirectory } from '../../src/sets/directory.js';
import { openSets } from '../../src/sets/open.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { discordChannel, FakeClock, FakePlatform, RecordingPoster } from '../digest/harness.js';
import { type NewsSite, page, startNewsSite } from '../fakes/news-site.js';

/**
 * A channel subscribed to a daily digest of a fed set: after one digest, a feed poll over real
 * HTTP brings two articles, and the next scheduled digest lists them as new since the last one
 * (and only them), while /brief in the channel already answers from them.
 */
let site: NewsSite;
beforeAll(async () => {
  site = await startNewsSite();
  site.serve('/news/council-vote', page('council.html'), 'text/html; charset=utf-8');
});
afterAll(() => site?.close());

const LIMITS = { allowHosts: ['127.0.0.1'], maxBytes: 5_000_000, timeoutSeconds: 2, maxRedirects: 5, perHostConcurrency: 2, minWords: 80 };
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe('GIVEN a channel with a daily digest of a set fed by an RSS feed', () => {
  it("THEN the digest after a poll lists the feed's new articles as new since the last digest, and /brief has them", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'briefbot-feed-digest-')), 'city');
    cpSync('tests/fixtures/sets/city-news', dir, { recursive: true });
    // The set's own articles arrived well before either digest.
    const long = new Date(Date.now() - 5 * DAY);
    for (const file of readdirSync(dir)) utimesSync(join(dir, file), long, long);
    site.serve(
      '/city.xml',
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Riverton Ledger</title><link>${site.base}/</link><description>Local</description>
<item><title>Harbor bridge closes</title><link>${site.base}/news/harbor-bridge-closes</link><pubDate>Tue, 14 May 2024 09:30:00 GMT</pubDate></item>
<item><title>Council approves emergency money</title><link>${site.base}/news/council-vote</link><pubDate>Thu, 16 May 2024 18:05:00 GMT</pubDate></item>
</channel></rss>`,
      'application/rss+xml',
    );

    const [served] = await openSets([{ name: 'city', dir, feeds: [{ url: `${site.base}/city.xml`, intervalMinutes: 10 }] }]);
    const store = createMemoryStore();
    const sets = createSetDirectory([served!], store);
    const libraryFor = async () => served!.library;
    // The first digest is due two days ago at a whole minute; the second a day later, after the poll.
    const due = Math.floor((Date.now() - 2 * DAY) / 60_000) * 60_000;
    const clock = FakeClock.at(iso(due - 3_600_000));
    const digests = createDigestService({ store, library: served!.library, libraryFor, now: () => clock.now() });
    const channel = discordChannel('city-desk');
    const admin = { platform: 'discord' as const, id: 'u1', canManageChannel: true };
    const time = iso(due).slice(11, 16);
    expect((await digests.subscribe(channel, { time, timezone: 'UTC' }, admin)).ok).toBe(true);
    const platform = new FakePlatform();
    const scheduler = createScheduler({ store, library: served!.library, libraryFor, libraries: () => [served!.library], posters: [new RecordingPoster('discord', platform, clock)], clock });

    clock.set(iso(due + 10_000));
    await scheduler.tick();
    expect(platform.digests).toHaveLength(1);

    const intake = createIntake({ limits: LIMITS, logger: createLogger({ level: 'silent' }) });
    const poller = createFeedPoller({ sets: [served!], intake, logger: createLogger({ level: 'silent' }) });
    expect(await poller.poll(served!, served!.config.feeds[0]!)).toMatchObject({ status: 'read', added: 2 });
    const added = readdirSync(dir)
      .filter((f) => f.startsWith('2024-05-1'))
      .sort();
    expect(added).toHaveLength(2);

    const answer = await handleCommand({ command: { name: 'brief', query: 'council emergency reserve fund', length: 'short', public: false }, channel, user: admin, requestId: 'r1' }, { library: served!.library, sets });
    expect(JSON.stringify(answer)).toContain('$1.8 million from its reserve fund');

    clock.set(iso(due + DAY + 10_000));
    await scheduler.tick();
    await scheduler.stop();
    expect(platform.digests).toHaveLength(2);
    const second = platform.digests[1]!;
    expect(second.since).toBe(iso(due + 10_000));
    expect(second.newDocuments.map((d) => d.docId).sort()).toEqual(added);
    const text = renderText({ kind: 'digest', digest: second });
    expect(text).toContain('What is new since');
    expect(text).toContain('Harbor bridge closes for repairs after inspectors find cracked beams');
  });
});
