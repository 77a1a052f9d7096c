import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FeedConfig } from '../config/schema.js';
import type { Logger } from '../log.js';
import type { ServedSet } from '../sets/directory.js';
import { decodePage } from './decode.js';
import type { FeedItem } from './feed-items.js';
import type { FeedMetrics } from './feed-metrics.js';
import type { Intake } from './intake.js';
import { languageOf } from './language.js';
import type { IntakeFailure } from './outcome.js';

/** Where a set's feed state (validators, failures) lives: a dot-folder the library never reads. */
export const FEED_STATE_DIR = '.intake';
/** A feed failing this many intervals in a row turns /healthz 503, naming it. */
export const FAILING_WINDOW_INTERVALS = 3;
const MAX_BACKOFF_MS = 6 * 3_600_000;

interface FeedState {
  etag?: string;
  lastModified?: string;
  lastSuccess?: string;
  /** First failure of the current run of failures; absent while the feed works. */
  failingSince?: string;
  failures: number;
  lastError?: string;
}

export interface PollReport {
  status: 'read' | 'not-modified' | 'failed';
  added: number;
  summariesKept: number;
  reason?: string;
}

export interface FeedPollerOptions {
  sets: readonly ServedSet[];
  intake: Intake;
  logger: Logger;
  metrics?: FeedMetrics;
  now?: () => Date;
}

/**
 * Polls each set's feeds on their own interval with conditional requests, backing off after
 * errors. Every new item's page is fetched and stored as an article (or, when the page cannot be
 * fetched, the feed's summary, marked so). The feed's validators are saved only after all its
 * items are stored, so a restart mid-poll reads the feed again and the set's folder, which knows
 * every stored URL and text, keeps anything from being stored twice.
 */
export function createFeedPoller(options: FeedPollerOptions) {
  const { intake, logger, metrics } = options;
  const now = options.now ?? (() => new Date());
  const feeds = options.sets.flatMap((set) => set.config.feeds.map((feed) => ({ set, feed })));
  const states = new Map<string, FeedState>();
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<unknown>>();
  let stopped = false;
  const key = (set: ServedSet, feed: FeedConfig) => `${set.config.name} ${feed.url}`;
  const labels = (set: ServedSet, feed: FeedConfig) => ({ set: set.config.name, feed: feed.url });

  async function stateOf(set: ServedSet, feed: FeedConfig): Promise<FeedState> {
    let state = states.get(key(set, feed));
    if (!state) {
      const saved = await readStates(set.config.dir);
      state = saved[feed.url] ?? { failures: 0 };
      states.set(key(set, feed), state);
    }
    return state;
  }

  async function saveState(set: ServedSet): Promise<void> {
    const mine = Object.fromEntries(set.config.feeds.map((f) => [f.url, states.get(key(set, f))]).filter(([, s]) => s !== undefined));
    const dir = join(set.config.dir, FEED_STATE_DIR);
    await mkdir(dir, { recursive: true });
    const temporary = join(dir, `.feeds.json.${process.pid}.tmp`);
    await writeFile(temporary, `${JSON.stringify(mine, null, 2)}\n`);
    await rename(temporary, join(dir, 'feeds.json'));
  }

  function fail(set: ServedSet, feed: FeedConfig, state: FeedState, failure: IntakeFailure, reason: string): PollReport {
    state.failures++;
    state.failingSince ??= now().toISOString();
    state.lastError = reason;
    metrics?.failures.inc({ ...labels(set, feed), reason: failure });
    logger.warn({ set: set.config.name, feed: feed.url, failure, reason, failures: state.failures }, 'feed could not be read');
    return { status: 'failed', added: 0, summariesKept: 0, reason };
  }

  /** One poll of one feed: the feed, then each item it lists that the set does not have. */
  async function poll(set: ServedSet, feed: FeedConfig): Promise<PollReport> {
    const state = await stateOf(set, feed);
    const fetchFeed = intake.fetchUrl;
    const response = await fetchFeed({
      url: feed.url,
      accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1',
      ...(state.etag ? { etag: state.etag } : {}),
      ...(state.lastModified ? { lastModified: state.lastModified } : {}),
    });
    let report: PollReport;
    if (!response.ok) report = fail(set, feed, state, response.failure, response.reason);
    else if (response.status === 304) report = { status: 'not-modified', added: 0, summariesKept: 0 };
    else {
      // Loaded on first poll, like the article extractor: a bot with no feeds never pays for the parser.
      const { readFeed } = await import('./feed-items.js');
      const parsed = readFeed(decodePage(response.body, response.headers).text, response.url);
      if (!parsed.ok) report = fail(set, feed, state, 'malformed-feed', parsed.reason);
      else {
        report = { status: 'read', added: 0, summariesKept: 0 };
        const folder = await intake.folderOf(set);
        for (const item of parsed.items) {
          if (stopped) return report;
          if (folder.has(item.url)) continue;
          const stored = await storeItem(set, feed, item);
          if (stored === 'page') report.added++;
          if (stored === 'summary') report.summariesKept++;
        }
        const etag = response.headers.etag;
        const lastModified = response.headers['last-modified'];
        if (etag) state.etag = String(etag);
        else delete state.etag;
        if (lastModified) state.lastModified = String(lastModified);
        else delete state.lastModified;
      }
    }
    if (report.status !== 'failed') {
      state.failures = 0;
      delete state.failingSince;
      delete state.lastError;
      state.lastSuccess = now().toISOString();
      metrics?.lastSuccess.set(labels(set, feed), now().getTime() / 1000);
      logger.info({ set: set.config.name, feed: feed.url, ...report }, 'feed polled');
    }
    await saveState(set);
    return report;
  }

  async function storeItem(set: ServedSet, feed: FeedConfig, item: FeedItem): Promise<'page' | 'summary' | 'skipped'> {
    const hints = {
      ...(item.title ? { title: item.title } : {}),
      ...(feed.outlet ? { outlet: feed.outlet } : {}),
      ...(item.author ? { author: item.author } : {}),
      ...(item.published ? { published: item.published } : {}),
    };
    const fetched = await intake.fetchArticle(item.url, hints);
    if (fetched.ok) {
      const outcome = await intake.store(set, fetched.draft);
      if (outcome.ok && outcome.status !== 'already-stored') metrics?.itemsAdded.inc({ ...labels(set, feed), source: 'page' });
      return outcome.ok && outcome.status !== 'already-stored' ? 'page' : 'skipped';
    }
    metrics?.failures.inc({ ...labels(set, feed), reason: fetched.failure });
    if (!item.summary) {
      logger.warn({ set: set.config.name, feed: feed.url, url: item.url, reason: fetched.reason }, 'feed item skipped: its page could not be fetched and the feed gives no summary');
      return 'skipped';
    }
    logger.info({ set: set.config.name, feed: feed.url, url: item.url, reason: fetched.reason }, 'feed item page not fetched: keeping the feed summary');
    const outcome = await intake.store(set, {
      title: item.title ?? item.url,
      outlet: feed.outlet ?? new URL(item.url).hostname.replace(/^www\./, ''),
      url: item.url,
      ...(item.author ? { author: item.author } : {}),
      ...(item.published ? { published: item.published } : {}),
      language: languageOf(item.summary),
      source: 'feed-summary',
      text: item.summary,
      fetchedAt: now().toISOString(),
    });
    if (outcome.ok && outcome.status !== 'already-stored') metrics?.itemsAdded.inc({ ...labels(set, feed), source: 'feed-summary' });
    return outcome.ok && outcome.status !== 'already-stored' ? 'summary' : 'skipped';
  }

  function schedule(set: ServedSet, feed: FeedConfig, delayMs: number): void {
    if (stopped) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      const work = poll(set, feed)
        .catch((error: unknown) => logger.error({ err: error, set: set.config.name, feed: feed.url }, 'feed poll failed'))
        .finally(() => {
          running.delete(work);
          const failures = states.get(key(set, feed))?.failures ?? 0;
          const interval = feed.intervalMinutes * 60_000;
          // After errors, wait longer each time (capped), so a broken feed is not hammered.
          schedule(set, feed, failures > 0 ? Math.min(interval * 2 ** failures, Math.max(MAX_BACKOFF_MS, interval)) : interval);
        });
      running.add(work);
    }, delayMs);
    timer.unref();
    timers.add(timer);
  }

  return {
    poll,
    /** Polls every feed now, then each on its interval. */
    start(): void {
      for (const { set, feed } of feeds) schedule(set, feed, 0);
    },
    async stop(): Promise<void> {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.all([...running]);
    },
    /** One /healthz check per feed: not ready once it has failed for longer than its window. */
    checks() {
      return feeds.map(({ set, feed }) => ({
        name: `feed ${set.config.name} ${feed.url}`,
        ready: () => {
          const since = states.get(key(set, feed))?.failingSince;
          return !since || now().getTime() - Date.parse(since) <= FAILING_WINDOW_INTERVALS * feed.intervalMinutes * 60_000;
        },
      }));
    },
  };
}
export type FeedPoller = ReturnType<typeof createFeedPoller>;

async function readStates(dir: string): Promise<Record<string, FeedState>> {
  try {
    return JSON.parse(await readFile(join(dir, FEED_STATE_DIR, 'feeds.json'), 'utf8')) as Record<string, FeedState>;
  } catch {
    return {};
  }
}
