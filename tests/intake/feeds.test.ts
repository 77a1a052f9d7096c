import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FeedConfig } from '../../src/config/schema.js';
import { readFeed } from '../../src/intake/feed-items.js';
import { createFeedMetrics } from '../../src/intake/feed-metrics.js';
import { createFeedPoller } from '../../src/intake/feeds.js';
import { createIntake } from '../../src/intake/intake.js';
import { createLogger } from '../../src/log.js';
import type { ServedSet } from '../../src/sets/directory.js';
import { openSets } from '../../src/sets/open.js';
import { type NewsSite, page, startNewsSite } from '../fakes/news-site.js';

/** Feeds polled over real HTTP from a local news site: new items become articles, once. */
let site: NewsSite;
beforeAll(async () => {
  site = await startNewsSite();
  site.serve('/news/council-vote', page('council.html'), 'text/html; charset=utf-8');
  site.route('/slow/council-vote', (_req, res) => {
    setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(page('council.html')), 300);
  });
});
afterAll(() => site?.close());

const LIMITS = { allowHosts: ['127.0.0.1'], maxBytes: 5_000_000, timeoutSeconds: 1, maxRedirects: 5, perHostConcurrency: 2, minWords: 80 };
const rss = (items: { path: string; title: string; summary?: string; date: string }[]) => `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Riverton Ledger — Local</title><link>${site.base}/</link><description>Local news</description>
${items.map((i) => `<item><title>${i.title}</title><link>${site.base}${i.path}</link><guid>${site.base}${i.path}</guid><pubDate>${i.date}</pubDate>${i.summary ? `<description><![CDATA[<p>${i.summary}</p>]]></description>` : ''}</item>`).join('\n')}
</channel></rss>`;
const GONE_SUMMARY = 'The school board postponed its vote on the new start times to June after parents packed the meeting. Board chair Ana Diaz said the district would hold two more public hearings before deciding.';
const ITEMS = [
  { path: '/news/council-vote', title: 'Council approves emergency money', date: 'Thu, 16 May 2024 18:05:00 GMT' },
  { path: '/news/harbor-bridge-closes', title: 'Harbor bridge closes', date: 'Tue, 14 May 2024 09:30:00 GMT' },
  { path: '/news/school-board', title: 'School board delays start-time vote', summary: GONE_SUMMARY, date: 'Wed, 15 May 2024 20:00:00 GMT' },
];

let dir: string;
let set: ServedSet;
const feedAt = (path: string): FeedConfig => ({ url: `${site.base}${path}`, intervalMinutes: 10 });
const files = () =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.md') || f.endsWith('.txt'))
    .sort();
const poller = (feed: FeedConfig, extra: { registry?: Registry; now?: () => Date } = {}) => {
  const served = { ...set, config: { ...set.config, feeds: [feed] } };
  const intake = createIntake({ limits: LIMITS, logger: createLogger({ level: 'silent' }) });
  return { served, poller: createFeedPoller({ sets: [served], intake, logger: createLogger({ level: 'silent' }), ...(extra.registry ? { metrics: createFeedMetrics(extra.registry) } : {}), ...(extra.now ? { now: extra.now } : {}) }) };
};

beforeEach(async () => {
  dir = join(mkdtempSync(join(tmpdir(), 'briefbot-feeds-')), 'city');
  cpSync('tests/fixtures/sets/city-news', dir, { recursive: true });
  [set] = (await openSets([{ name: 'city', dir, feeds: [] }])) as [ServedSet];
});

describe('GIVEN an RSS feed of three items, one whose page is gone', () => {
  it('THEN each page becomes an article, the gone one keeps the feed summary marked as such, and the next /brief and digest have them', async () => {
    site.serve('/local.xml', rss(ITEMS), 'application/rss+xml');
    const since = new Date();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const registry = new Registry();
    const { served, poller: p } = poller(feedAt('/local.xml'), { registry });
    expect(await p.poll(served, served.config.feeds[0]!)).toEqual({ status: 'read', added: 2, summariesKept: 1 });
    const added = files().filter((f) => f.startsWith('2024-05-1'));
    expect(added).toEqual([expect.stringMatching(/^2024-05-14-harbor-bridge/), expect.stringMatching(/^2024-05-15-school-board/), expect.stringMatching(/^2024-05-16-council-approves/)]);
    const summary = readFileSync(join(dir, added[1]!), 'utf8');
    expect(summary).toContain('source: feed-summary');
    expect(summary).toContain(GONE_SUMMARY);

    const briefing = served.library.brief('bridge repairs reserve fund');
    expect(briefing.ok && JSON.stringify(briefing.briefing)).toContain('$1.8 million from its reserve fund');
    const digest = served.library.digest({ since });
    expect(digest.newDocuments.map((d) => d.docId).sort()).toEqual(added);

    const metrics = await registry.metrics();
    expect(metrics).toContain(`briefbot_feed_items_added_total{set="city",feed="${site.base}/local.xml",source="page"} 2`);
    expect(metrics).toContain(`briefbot_feed_items_added_total{set="city",feed="${site.base}/local.xml",source="feed-summary"} 1`);
    expect(metrics).toContain(`briefbot_feed_fetch_failures_total{set="city",feed="${site.base}/local.xml",reason="not-found"} 1`);
  });

  it('THEN the next poll is conditional, answered 304, and nothing changes', async () => {
    site.serve('/local-304.xml', rss(ITEMS), 'application/rss+xml');
    const { served, poller: p } = poller(feedAt('/local-304.xml'));
    await p.poll(served, served.config.feeds[0]!);
    const before = files();
    expect(await p.poll(served, served.config.feeds[0]!)).toEqual({ status: 'not-modified', added: 0, summariesKept: 0 });
    const conditional = site.requests.filter((r) => r.path === '/local-304.xml').at(-1)!;
    expect(conditional.ifNoneMatch).toMatch(/^"v\d+"$/);
    expect(conditional.ifModifiedSince).toBeDefined();
    expect(files()).toEqual(before);
  });

  it('THEN a restart in the middle of a poll neither duplicates nor loses an item', async () => {
    site.serve('/restart.xml', rss([ITEMS[1]!, { ...ITEMS[0]!, path: '/slow/council-vote' }]), 'application/rss+xml');
    const first = poller(feedAt('/restart.xml'));
    const polling = first.poller.poll(first.served, first.served.config.feeds[0]!);
    // Stop while the second page is still loading: the first article is stored, the feed's state is not saved.
    await new Promise((resolve) => setTimeout(resolve, 150));
    await first.poller.stop();
    await polling;
    const second = poller(feedAt('/restart.xml'));
    await second.poller.poll(second.served, second.served.config.feeds[0]!);
    await second.poller.poll(second.served, second.served.config.feeds[0]!);
    const added = files().filter((f) => f.startsWith('2024-05-1'));
    expect(added).toEqual([expect.stringMatching(/^2024-05-14-harbor-bridge/), expect.stringMatching(/^2024-05-16-council-approves/)]);
  });
});

describe('GIVEN a feed that fails', () => {
  it.each([
    ['/malformed.xml', () => site.serve('/malformed.xml', '<rss version="2.0"><channel><item><title>Broken', 'application/rss+xml'), 'the feed could not be read'],
    ['/missing.xml', () => undefined, 'the page is not there (HTTP 404)'],
    ['/error', () => undefined, 'the server answered HTTP 500'],
    ['/hang', () => undefined, 'it did not answer within 1 s'],
    ['/huge', () => undefined, 'it is over the 5000000-byte limit'],
    ['/loop-a', () => undefined, 'it redirects in a loop'],
  ])('%s THEN the poll says why and what is stored stays', async (path, prepare, reason) => {
    prepare();
    const before = files();
    const { served, poller: p } = poller(feedAt(path));
    const report = await p.poll(served, served.config.feeds[0]!);
    expect(report.status).toBe('failed');
    expect(report.reason).toContain(reason);
    expect(files()).toEqual(before);
  });

  it.each([
    ['http://10.1.2.3/rss.xml', '10.1.2.3 is a private or local address'],
    ['http://169.254.169.254/latest/rss', '169.254.169.254 is a private or local address'],
  ])('%s THEN it is refused before any request, and what is stored stays', async (url, reason) => {
    const before = files();
    const { served, poller: p } = poller({ url, intervalMinutes: 10 });
    const report = await p.poll(served, served.config.feeds[0]!);
    expect(report).toMatchObject({ status: 'failed', reason: expect.stringContaining(reason) });
    expect(files()).toEqual(before);
  });

  it('THEN an item whose page is on a private address keeps the feed summary, and nothing is fetched from there', async () => {
    site.serve(
      '/private-item.xml',
      `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>${site.base}/</link><description>d</description>
<item><title>Inside story</title><link>http://10.1.2.3/story</link><description>${GONE_SUMMARY}</description><pubDate>Wed, 15 May 2024 20:00:00 GMT</pubDate></item></channel></rss>`,
      'application/rss+xml',
    );
    const { served, poller: p } = poller(feedAt('/private-item.xml'));
    expect(await p.poll(served, served.config.feeds[0]!)).toEqual({ status: 'read', added: 0, summariesKept: 1 });
    const [kept] = files().filter((f) => f.startsWith('2024-05-15'));
    expect(readFileSync(join(dir, kept!), 'utf8')).toContain('source: feed-summary');
  });
});

describe('GIVEN a feed sent gzip-compressed, or in windows-1251', () => {
  it("THEN it is read as any other: the gzip one's items become articles", async () => {
    site.route('/gzip.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }).end(gzipSync(rss([ITEMS[0]!])));
    });
    const { served, poller: p } = poller(feedAt('/gzip.xml'));
    expect(await p.poll(served, served.config.feeds[0]!)).toEqual({ status: 'read', added: 1, summariesKept: 0 });
    expect(files().filter((f) => f.startsWith('2024-05-16-council-approves'))).toHaveLength(1);
  });

  it('THEN a windows-1251 feed (its charset only in the XML declaration) reads right', async () => {
    const summary = 'Городской совет закрыл мост на ремонт после того, как инспекторы нашли трещины в трёх стальных балках. Ремонт займёт шесть недель, сообщили в мэрии.';
    const xml = `<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>Городские новости</title><link>${site.base}/</link><description>d</description>
<item><title>Мост закрыт на ремонт</title><link>${site.base}/news/most-gone</link><description>${summary}</description><pubDate>Wed, 15 May 2024 08:00:00 GMT</pubDate></item></channel></rss>`;
    site.serve('/cp1251.xml', iconv.encode(xml, 'win1251'), 'application/rss+xml');
    const { served, poller: p } = poller(feedAt('/cp1251.xml'));
    expect(await p.poll(served, served.config.feeds[0]!)).toEqual({ status: 'read', added: 0, summariesKept: 1 });
    // Not English: kept apart, out of briefings, and its words as the outlet wrote them.
    const [kept] = readdirSync(join(dir, 'other-languages'));
    const text = readFileSync(join(dir, 'other-languages', kept!), 'utf8');
    expect(text).toContain('title: Мост закрыт на ремонт');
    expect(text).toContain(summary);
  });
});

describe('GIVEN a feed that fails, over time', () => {
  it('THEN /healthz names it once it has failed for longer than three intervals', async () => {
    let now = new Date('2024-05-16T10:00:00Z');
    const { served, poller: p } = poller(feedAt('/error'), { now: () => now });
    await p.poll(served, served.config.feeds[0]!);
    const [check] = p.checks();
    expect(check!.name).toBe(`feed city ${site.base}/error`);
    expect(check!.ready()).toBe(true);
    now = new Date('2024-05-16T10:31:00Z');
    expect(check!.ready()).toBe(false);
  });
});

describe('readFeed', () => {
  it('reads Atom and JSON Feed items with their links, dates and summaries, oldest first', () => {
    const atom = readFeed(
      `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id><updated>2024-05-16T00:00:00Z</updated>
      <entry><title>Later</title><id>urn:2</id><link rel="alternate" href="/b"/><published>2024-05-16T08:00:00Z</published><summary type="html">&lt;p&gt;Second.&lt;/p&gt;</summary><author><name>Ana</name></author></entry>
      <entry><title>Earlier</title><id>urn:1</id><link href="https://wire.example/a"/><updated>2024-05-15T08:00:00Z</updated></entry></feed>`,
      'https://wire.example/feed',
    );
    expect(atom).toEqual({
      ok: true,
      title: 'Wire',
      items: [
        { id: 'urn:1', url: 'https://wire.example/a', title: 'Earlier', published: '2024-05-15' },
        { id: 'urn:2', url: 'https://wire.example/b', title: 'Later', summary: 'Second.', author: 'Ana', published: '2024-05-16' },
      ],
    });
    const json = readFeed(
      JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: '7', url: 'https://j.example/7', title: 'Seven', content_text: 'Plain text.', date_published: '2024-05-10T00:00:00Z' }] }),
      'https://j.example/feed.json',
    );
    expect(json).toEqual({ ok: true, title: 'J', items: [{ id: '7', url: 'https://j.example/7', title: 'Seven', summary: 'Plain text.', published: '2024-05-10' }] });
  });

  it('says a feed is malformed rather than throwing', () => {
    expect(readFeed('<html><body>not a feed</body></html>', 'https://x.example/')).toMatchObject({ ok: false, reason: expect.stringMatching(/^the feed could not be read/) });
  });
});
