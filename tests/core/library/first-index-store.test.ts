import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { AnalysisCache, StoredAnalysis } from '../../../src/core/index/analysis.js';
import { openLibrary, startLibrary } from '../../../src/core/library/open-folder.js';
import { article, STORIES } from '../made-up-stories.js';

/** An AnalysisCache in memory that records the keys asked for and stored; `failAfter` puts succeed, then each put never finishes (the process died while writing). */
function memoryCache(rows = new Map<string, Uint8Array>(), failAfter = Number.POSITIVE_INFINITY) {
  const asked: string[] = [];
  const stored: string[] = [];
  let puts = 0;
  const cache: AnalysisCache = {
    async get(keys) {
      asked.push(...keys);
      return new Map(keys.flatMap((k) => (rows.has(k) ? [[k, rows.get(k)!] as const] : [])));
    },
    put(entries: readonly StoredAnalysis[]) {
      if (++puts > failAfter) return new Promise(() => {});
      for (const e of entries) {
        rows.set(e.key, e.bytes);
        stored.push(e.key);
      }
      return Promise.resolve();
    },
  };
  const analyses = (keys: string[]) => keys.filter((k) => !/^(topics|files|set|briefings):/.test(k));
  return { cache, rows, asked, stored, analyses };
}

let dir: string;
let count = 0;

/** Each article's text its own (a line of its own), so each has an analysis of its own. */
async function writeSet(perStory: number): Promise<void> {
  count = 0;
  for (const story of Object.keys(STORIES) as (keyof typeof STORIES)[]) {
    for (let n = 0; n < perStory; n++, count++) await writeFile(join(dir, `${story}-${String(n).padStart(3, '0')}.txt`), `${article(story, n)} The ${story} desk filed this as report ${n + 1}.\n`);
  }
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefbot-first-index-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const now = new Date('2026-01-01');

it('a first index answers before the whole set is stored; once stored, a restart reads the set whole', async () => {
  await writeSet(4);
  const { cache, rows, asked, analyses } = memoryCache();
  const started = await startLibrary(dir, { topics: [], analysisCache: cache, workers: 0 });
  await started.ready;
  // Ready: topics found and answers served, the set's documents stored one by one, the whole set not yet.
  expect(started.library.topics().topics.length).toBeGreaterThan(0);
  expect(started.library.brief('ferry strike', { now }).ok).toBe(true);
  expect([...rows.keys()].some((k) => k.startsWith('set:'))).toBe(false);
  expect(analyses([...rows.keys()])).toHaveLength(count);
  await started.stored;
  expect([...rows.keys()].some((k) => k.startsWith('set:'))).toBe(true);
  expect([...rows.keys()].some((k) => k.startsWith('topics:'))).toBe(true);

  asked.length = 0;
  const restarted = await openLibrary(dir, { topics: [], analysisCache: cache, workers: 0 });
  // The whole set is read back as one entry: no document's analysis is asked for.
  expect(analyses(asked)).toEqual([]);
  expect(restarted.topics()).toEqual(started.library.topics());
  expect(restarted.brief('ferry strike', { now })).toEqual(started.library.brief('ferry strike', { now }));
});

it('a first index that dies while storing keeps the analyses stored before: the next start reuses them and analyses only the rest', { timeout: 60_000 }, async () => {
  // More documents than one stored batch (256), analysed on the main thread.
  await writeSet(100);
  const rows = new Map<string, Uint8Array>();
  const dying = memoryCache(rows, 1);
  const started = await startLibrary(dir, { topics: [], analysisCache: dying.cache, workers: 0 });
  // The first batch is stored; the next put never returns, so the set never becomes ready.
  await expect.poll(() => dying.analyses(dying.stored).length, { timeout: 30_000 }).toBeGreaterThan(0);
  const before = dying.analyses(dying.stored).length;
  expect(before).toBeLessThan(count);
  let settled = false;
  void started.ready.finally(() => (settled = true));
  await new Promise((next) => setTimeout(next, 50));
  expect(settled).toBe(false);

  const warnings: string[] = [];
  const again = memoryCache(rows);
  const restarted = await openLibrary(dir, { topics: [], analysisCache: again.cache, workers: 0, warn: (message) => warnings.push(message) });
  // What the dead start stored is read back, not analysed again, and none of it is unusable.
  expect(again.analyses(again.stored)).toHaveLength(count - before);
  expect(warnings).toEqual([]);
  const fresh = await openLibrary(dir, { topics: [], workers: 0 });
  expect(restarted.topics()).toEqual(fresh.topics());
  expect(restarted.brief('ferry strike', { now })).toEqual(fresh.brief('ferry strike', { now }));
});

it('a set is fully prepared soon after ready: an article added then is answered at once', async () => {
  await writeSet(2);
  const started = await startLibrary(dir, { topics: [], workers: 0 });
  await started.ready;
  // Preparation runs in slices that never hold the process open; this test's own timer does.
  const alive = setInterval(() => undefined, 1000);
  await started.prepared;
  clearInterval(alive);
  await writeFile(join(dir, 'late-000.txt'), 'Harbor pilots ended their strike on Friday after the port agreed to a new contract, the union said.\n');
  const report = await started.library.refresh();
  expect(report.added).toEqual(['late-000.txt']);
  expect(started.library.brief('harbor pilots', { now }).ok).toBe(true);
});

it('answers asked while the set is prepared, and an article added meanwhile, read as in a set that was never prepared', async () => {
  await writeSet(3);
  const started = await startLibrary(dir, { topics: [], workers: 0 });
  await started.ready;
  const alive = setInterval(() => undefined, 1000);
  // Asked at once, before the background preparation has read the set; then the set grows while it is prepared.
  const early = started.library.brief('ferry union said', { now });
  await writeFile(join(dir, 'late-000.txt'), '"We will not sail until the harbor is safe," the pilots\' leader, Ana Ruiz, said on Friday.\n\nHarbor pilots in Port Halden joined the ferry strike on March 4, 2025, the union said.\n');
  expect((await started.library.refresh()).added).toEqual(['late-000.txt']);
  await started.prepared;
  clearInterval(alive);
  const fresh = await openLibrary(dir, { topics: [], workers: 0 });
  for (const query of ['harbor pilots', 'who said what about the harbor', 'ferry union said']) expect(started.library.brief(query, { now })).toEqual(fresh.brief(query, { now }));
  expect(early.ok && early.briefing.summary.length).toBeGreaterThan(0);
});
