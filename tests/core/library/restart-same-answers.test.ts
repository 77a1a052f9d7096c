import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Library } from '../../../src/core/library/library.js';
import { openLibrary, startLibrary } from '../../../src/core/library/open-folder.js';
import { article, STORIES } from '../made-up-stories.js';
import { memoryCache } from './memory-analysis-cache.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'briefbot-restart-same-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** A folder of `perStory` articles on each made-up story, each with a line of its own. */
async function writeSet(name: string, perStory: number): Promise<string> {
  const dir = join(root, name);
  await mkdir(dir);
  for (const story of Object.keys(STORIES) as (keyof typeof STORIES)[]) {
    for (let n = 0; n < perStory; n++) await writeFile(join(dir, `${story}-${n}.txt`), `${article(story, n)} Filed by the ${name} desk as report ${n + 1}.\n`);
  }
  return dir;
}

const now = new Date('2026-01-01');
/** What a user can ask: words that are all function words (no match: the reply suggests topics), a phrase, questions, every topic. */
const asks = ['while they were', 'ferry strike', 'who said the strike would go on?', 'how many days did the strike last?'];
function answers(library: Library) {
  const topics = library.topics();
  const slugs = topics.topics.map((t) => t.slug);
  return {
    topics,
    asked: asks.map((query) => library.brief(query, { now, length: 'short' })),
    byTopic: slugs.flatMap((slug) => (['short', 'standard'] as const).map((length) => library.brief(slug, { now, length }))),
  };
}

it('a restart answers as the first index did, whatever the process answered before: function words, phrases, questions, topics', async () => {
  const dir = await writeSet('harbor', 4);
  const cache = memoryCache();
  const first = await startLibrary(dir, { topics: [], analysisCache: cache, workers: 0 });
  await first.ready;
  // Asked as soon as the set is ready, while its summary facts are still being prepared in the background.
  const fresh = answers(first.library);
  expect(fresh.asked[0]).toMatchObject({ ok: false, noMatch: { query: 'while they were', set: 'harbor' } });
  expect(fresh.asked.slice(1).every((r) => r.ok)).toBe(true);
  await first.stored;

  // Another set answered in the same process first, as a service serves several.
  const other = await openLibrary(await writeSet('coast', 2), { topics: [], analysisCache: cache, workers: 0 });
  answers(other);

  const restarted = await openLibrary(dir, { topics: [], analysisCache: cache, workers: 0 });
  expect(answers(restarted)).toEqual(fresh);
  expect(answers(await openLibrary(dir, { topics: [], workers: 0 }))).toEqual(fresh);
});
