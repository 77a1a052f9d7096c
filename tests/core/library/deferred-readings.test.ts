import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodePlain } from '../../../src/core/index/analysis.js';
import { stillDeferred } from '../../../src/core/index/deferred-readings.js';
import { storedSetEntries } from '../../../src/core/index/stored-set.js';
import type { Library } from '../../../src/core/library/library.js';
import { openLibrary, startLibrary } from '../../../src/core/library/open-folder.js';
import { article, STORIES } from '../made-up-stories.js';
import { memoryCache } from './memory-analysis-cache.js';

// A worker's first index leaves who said what and chrono's readings for after ready (index/deferred-readings.ts): the
// answers must not tell when they were made.

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'briefbot-deferred-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** Enough articles that a first index uses its worker threads (analyse-set.ts: 200 documents), with quoted speakers and dates. */
async function writeSet(): Promise<string> {
  const dir = join(root, 'harbor');
  await mkdir(dir);
  const stories = Object.keys(STORIES) as (keyof typeof STORIES)[];
  for (const story of stories) {
    for (let n = 0; n < 70; n++) {
      const said = `"We will not give up," said Mara Lind, a spokeswoman for the ${story} group, on March ${(n % 27) + 1}, 2025. She said talks would resume on Friday.`;
      await writeFile(join(dir, `${story}-${String(n).padStart(3, '0')}.txt`), `${article(story, n)} ${said} Filed as report ${n + 1}.\n`);
    }
  }
  return dir;
}

const now = new Date('2026-01-01');
const asks = ['ferry strike', 'who said the strike would go on?', 'what did Mara Lind say?', 'when did talks resume?'];
function answers(library: Library) {
  const slugs = library.topics().topics.map((t) => t.slug);
  return {
    asked: asks.map((query) => library.brief(query, { now, length: 'standard' })),
    byTopic: slugs.map((slug) => library.brief(slug, { now, length: 'standard' })),
  };
}

it('a briefing asked before the workers make the deferred readings equals the one after, and the one of a whole analysis', { timeout: 300_000 }, async () => {
  const dir = await writeSet();
  const first = await startLibrary(dir, { topics: [], analysisCache: memoryCache(), workers: 2 });
  await first.ready;
  // Asked at once: the workers left the readings for later and have not made them yet, so these answers make them as they read.
  expect(stillDeferred()).toBeGreaterThan(0);
  const early = answers(first.library);
  // The preparation starts once the workers' pass has ended (deferred-pass.ts).
  await first.prepared;
  expect(stillDeferred()).toBe(0);
  expect(answers(first.library)).toEqual(early);
  const whole = await openLibrary(dir, { topics: [], workers: 0 });
  expect(answers(whole)).toEqual(early);
  expect(JSON.stringify(early)).toContain('Mara Lind');
});

it('a restart reads the deferred readings stored: the stored set holds every speaker and date reading, and answers the same', { timeout: 300_000 }, async () => {
  const dir = await writeSet();
  const cache = memoryCache();
  const first = await startLibrary(dir, { topics: [], analysisCache: cache, workers: 2 });
  await first.ready;
  const fresh = answers(first.library);
  await first.stored;
  // The documents are stored in parts after the set's head.
  const held = storedSetEntries(dir)
    .slice(1)
    .flatMap((part) => {
      const bytes = cache.rows.get(part);
      expect(bytes).toBeDefined();
      return (decodePlain(bytes!) as { value: { documents: { deferred?: unknown; rest: [number, Record<string, unknown>][]; extras: Float64Array }[] } }).value.documents;
    });
  // No document is stored deferred, and speakers were stored with the set (as packed extras).
  expect(held.length).toBeGreaterThan(200);
  expect(held.filter((d) => d.deferred)).toEqual([]);
  const restarted = await openLibrary(dir, { topics: [], analysisCache: cache, workers: 2 });
  expect(answers(restarted)).toEqual(fresh);
});

it('a process that awaits only ready ends while the workers are still making the deferred readings', { timeout: 300_000 }, async () => {
  const dir = await writeSet();
  const src = resolve('src/core');
  // No store: nothing but the pass is left after ready, and its workers must not hold the process open.
  const code = `
    const { startLibrary } = await import(${JSON.stringify(join(src, 'library/open-folder.ts'))});
    const { stillDeferred } = await import(${JSON.stringify(join(src, 'index/deferred-readings.ts'))});
    const started = await startLibrary(${JSON.stringify(dir)}, { topics: [], workers: 2 });
    await started.ready;
    const atReady = stillDeferred();
    process.on('exit', () => console.log(JSON.stringify({ atReady, atExit: stillDeferred() })));
  `;
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { timeout: 120_000 });
  const { atReady, atExit } = JSON.parse(stdout.trim().split('\n').at(-1)!) as { atReady: number; atExit: number };
  expect(atReady).toBeGreaterThan(200);
  // Ended mid-pass: without unref'd workers the process would wait for the pass, and every document would be made.
  expect(atExit).toBeGreaterThan(0);
});

/** stillDeferred() at every turn of the event loop until `until` settles. */
async function deferredAtEachTurn(until: Promise<unknown>): Promise<number[]> {
  const seen = [stillDeferred()];
  let settled = false;
  void until.then(() => {
    settled = true;
  });
  while (!settled) {
    await new Promise((go) => setImmediate(go));
    seen.push(stillDeferred());
  }
  return seen;
}

describe('a restart over a changed set (docs/quality.md, "Issue 17, session 44")', () => {
  it('makes the readings its analyses read back left deferred a slice at a time, not in one block, and answers as a fresh index', { timeout: 300_000 }, async () => {
    const dir = await writeSet();
    const cache = memoryCache();
    const first = await startLibrary(dir, { topics: [], analysisCache: cache, workers: 2 });
    await first.stored;
    // One file gone while the bot was down: the stored set no longer matches, so each analysis is read back, deferred.
    await rm(join(dir, 'ferry-000.txt'));
    const restarted = await startLibrary(dir, { topics: [], analysisCache: cache, workers: 0 });
    await restarted.ready;
    const atReady = stillDeferred();
    expect(atReady).toBeGreaterThan(200);
    const seen = await deferredAtEachTurn(restarted.stored);
    expect(seen.at(-1)).toBe(0);
    // Made in one turn, as the store used to make them, the largest drop between two turns would be about all of them.
    const largestDrop = Math.max(...seen.slice(1).map((n, i) => seen[i]! - n));
    expect(largestDrop).toBeLessThan(atReady / 4);
    const whole = await openLibrary(dir, { topics: [], workers: 0 });
    expect(answers(restarted.library)).toEqual(answers(whole));
  });

  it('makes them on workers of their own when there are many and workers may start', { timeout: 300_000 }, async () => {
    const dir = await writeSet();
    const cache = memoryCache();
    await (await startLibrary(dir, { topics: [], analysisCache: cache, workers: 2 })).stored;
    await rm(join(dir, 'ferry-001.txt'));
    const restarted = await startLibrary(dir, { topics: [], analysisCache: cache, workers: 2 });
    await restarted.ready;
    expect(stillDeferred()).toBeGreaterThan(200);
    await restarted.stored;
    expect(stillDeferred()).toBe(0);
    const whole = await openLibrary(dir, { topics: [], workers: 0 });
    expect(answers(restarted.library)).toEqual(answers(whole));
  });
});
