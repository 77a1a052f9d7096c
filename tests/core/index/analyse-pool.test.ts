import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openLibrary, startLibrary } from '../../../src/core/library/open-folder.js';
import { article, STORIES } from '../made-up-stories.js';

let dir: string;
// Enough documents for the first analysis to go to worker threads.
const PER_STORY = 70;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefbot-pool-'));
  for (const story of Object.keys(STORIES) as (keyof typeof STORIES)[]) {
    for (let n = 0; n < PER_STORY; n++) await writeFile(join(dir, `${story}-${String(n).padStart(3, '0')}.txt`), `${article(story, n)}\n`);
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));

it('worker threads index a set exactly as the main thread does, reporting progress up to the whole set', { timeout: 120_000 }, async () => {
  const now = new Date('2026-01-01');
  const seen: [number, number][] = [];
  const started = await startLibrary(dir, { topics: [], workers: 2, onProgress: (done, total) => seen.push([done, total]) });
  await started.ready;
  const inThreads = started.library;
  const onMain = await openLibrary(dir, { topics: [], workers: 0 });
  expect(inThreads.topics()).toEqual(onMain.topics());
  expect(inThreads.brief('ferry strike', { now })).toEqual(onMain.brief('ferry strike', { now }));
  expect(seen.at(-1)).toEqual([3 * PER_STORY, 3 * PER_STORY]);
  expect(started.progress()).toEqual({ done: 3 * PER_STORY, total: 3 * PER_STORY });
});
