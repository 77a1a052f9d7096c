/**
 * One benchmark size, in a fresh process so that "cold" and resident memory mean what they say.
 * Run by bench/run.ts: `node --expose-gc --import tsx bench/measure.ts --dir <corpus> --pools <file> --docs N`.
 * Prints one JSON line of figures.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openLibrary } from '../src/core/pipeline.js';
import { articleName, articleText, readPoolsFile, seededRandom, type StoryPool } from './corpus.js';
import { median, percentile } from './stats.js';

export interface SizeFigures {
  docs: number;
  openMs: number;
  topicsColdMs: number;
  rssMiB: number;
  heapMiB: number;
  topicsFound: number;
  topicsP50: number;
  topicsP95: number;
  briefP50: number;
  briefP95: number;
  briefMax: number;
  briefNoMatch: number;
  addMs: number;
  firstAnswerAfterAddMs: number;
}

const QUERIES = 200;
const ADDS = 3;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, pools: { type: 'string' }, docs: { type: 'string' } } });
  const dir = values.dir!;
  const docs = Number(values.docs);
  const pools = await readPoolsFile(values.pools!);

  let t = performance.now();
  const library = await openLibrary(dir, { topics: [] });
  const openMs = performance.now() - t;
  t = performance.now();
  const list = library.topics();
  const topicsColdMs = performance.now() - t;
  (globalThis as { gc?: () => void }).gc?.();
  const memory = process.memoryUsage();

  const topicTimes = timeEach(Array.from({ length: QUERIES }, () => null), () => library.topics());
  const queries = queriesFor(list.topics.map((x) => x.slug), pools);
  let noMatch = 0;
  const briefTimes = timeEach(queries, (q) => {
    if (!library.brief(q).ok) noMatch++;
  });

  const addTimes: number[] = [];
  for (let k = 0; k < ADDS; k++) {
    writeFileSync(join(dir, articleName(docs + k)), articleText(pools, docs + k));
    t = performance.now();
    await library.refresh();
    addTimes.push(performance.now() - t);
  }
  // The first answer after an addition pays for whatever the addition left stale (topics, caches).
  t = performance.now();
  library.brief(queries[0]!);
  const firstAnswerAfterAddMs = performance.now() - t;

  const figures: SizeFigures = {
    docs: list.documents,
    openMs,
    topicsColdMs,
    rssMiB: memory.rss / 2 ** 20,
    heapMiB: memory.heapUsed / 2 ** 20,
    topicsFound: list.topics.length,
    topicsP50: percentile(topicTimes, 0.5),
    topicsP95: percentile(topicTimes, 0.95),
    briefP50: percentile(briefTimes, 0.5),
    briefP95: percentile(briefTimes, 0.95),
    briefMax: Math.max(...briefTimes),
    briefNoMatch: noMatch,
    addMs: median(addTimes),
    firstAnswerAfterAddMs,
  };
  console.log(JSON.stringify(figures));
}

function timeEach<T>(items: readonly T[], run: (item: T) => void): number[] {
  return items.map((item) => {
    const t = performance.now();
    run(item);
    return performance.now() - t;
  });
}

/**
 * What users type: a third topic slugs, a third names and phrases from the text, a third
 * misspelt slugs. Seeded, so every run asks the same.
 */
function queriesFor(slugs: readonly string[], pools: readonly StoryPool[]): string[] {
  const random = seededRandom(42);
  const out: string[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const slug = slugs.length ? slugs[i % slugs.length]! : 'news';
    if (i % 3 === 0) out.push(slug);
    else if (i % 3 === 1) out.push(phraseFrom(pools, random));
    else {
      const cut = 1 + Math.floor(random() * Math.max(1, slug.length - 2));
      out.push(slug.slice(0, cut) + slug.slice(cut + 1));
    }
  }
  return out;
}

function phraseFrom(pools: readonly StoryPool[], random: () => number): string {
  const pool = pools[Math.floor(random() * pools.length)]!;
  const sentence = pool.body[Math.floor(random() * pool.body.length)] ?? pool.leads[0] ?? 'news';
  const words = sentence.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}-]/gu, '')).filter((w) => w.length > 3);
  const at = Math.floor(random() * Math.max(1, words.length - 1));
  return words.slice(at, at + 1 + Math.floor(random() * 2)).join(' ') || 'news';
}

await main();
