/**
 * One benchmark size, in a fresh process so that "cold" and resident memory mean what they say.
 * Run by bench/run.ts: `node --expose-gc --import tsx bench/measure.ts --dir <corpus> --pools <file> --docs N --cache <file> [--restart]`.
 * Without --restart: indexes from cold (worker threads, analyses stored in --cache) as the service
 * does (ready to answer, then the set stored whole), then times answers and additions. With --restart: a new process over the same set and the filled cache,
 * timed to its first answer. Prints one JSON line of figures.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openLibrary, startLibrary } from '../src/core/library/open-folder.js';
import { warmBriefings } from '../src/core/library/warm-briefings.js';
import { openSqliteAnalysisCache } from '../src/store/analysis-sqlite.js';
import { articleName, articleText, readPoolsFile, type StoryPool, seededRandom } from './corpus.js';
import { median, percentile } from './stats.js';

export interface SizeFigures {
  docs: number;
  openMs: number;
  /** CPU time of the process and its worker threads from start to the set indexed: on a shared machine, steadier than wall time. */
  openCpuMs?: number;
  topicsColdMs: number;
  /** From the start to the set stored whole for the next start (written after it is ready), and the CPU of all threads to then. */
  storedMs?: number;
  storedCpuMs?: number;
  rssMiB: number;
  heapMiB: number;
  /** Highest resident memory of the process, its worker threads included. */
  peakRssMiB?: number;
  /** Making every topic's briefing once after indexing (the service does it in the background). */
  warmMs?: number;
  topicsFound: number;
  topicsP50: number;
  topicsP95: number;
  briefP50: number;
  briefP95: number;
  briefMax: number;
  /** /brief on a topic's slug. */
  topicBriefP95?: number;
  topicBriefMax?: number;
  /** /brief on words from the text (an ad-hoc query), once the set is prepared (`StartedLibrary.prepared`). */
  adhocP95?: number;
  adhocMax?: number;
  /** The same kind of query (other phrases) asked right after ready and warm briefings, while the set is still being prepared. */
  adhocDuringP95?: number;
  /** Waiting for the set's preparation after the warm briefings and those queries; RSS once it is done, following a GC. */
  preparedMs?: number;
  /**
   * Ready to prepared: the whole background path a service runs after ready (the stored set, the warm briefings, the early
   * queries, the preparation). "preparedMs" is only what is left after the warm pass, whose share of a set's sentences
   * shrinks as the set grows, so that remainder grows faster than the set while the whole does not.
   */
  readyToPreparedMs?: number;
  preparedRssMiB?: number;
  briefNoMatch: number;
  addMs: number;
  firstAnswerAfterAddMs: number;
}

export interface RestartFigures {
  /** New process to the set indexed from stored analyses, topics known. */
  restartMs: number;
  /** CPU time of the process to the same point, loading its code included. */
  restartCpuMs?: number;
  /** …and its first answer. */
  restartAnswerMs: number;
  restartRssMiB: number;
}

const QUERIES = 200;
const ADDS = 3;
const now = () => performance.now();

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { dir: { type: 'string' }, pools: { type: 'string' }, docs: { type: 'string' }, cache: { type: 'string' }, restart: { type: 'boolean', default: false } },
  });
  const dir = values.dir!;
  const docs = Number(values.docs);
  const pools = await readPoolsFile(values.pools!);
  const cache = values.cache ? openSqliteAnalysisCache({ path: values.cache }) : undefined;
  const options = { topics: [], ...(cache ? { analysisCache: cache } : {}) };

  if (values.restart) {
    const t = now();
    const library = await openLibrary(dir, options);
    const list = library.topics();
    const restartMs = now() - t;
    const restartCpuMs = cpuMs();
    library.brief(list.topics[0]?.slug ?? 'news');
    const figures: RestartFigures = { restartMs, restartCpuMs, restartAnswerMs: now() - t, restartRssMiB: process.memoryUsage().rss / 2 ** 20 };
    await cache?.close();
    console.log(JSON.stringify(figures));
    return;
  }

  const start = now();
  const started = await startLibrary(dir, options);
  await started.ready;
  const library = started.library;
  const readyAt = now();
  const openMs = readyAt - start;
  let t = now();
  const list = library.topics();
  const topicsColdMs = now() - t;
  const openCpuMs = cpuMs();
  await started.stored;
  const storedMs = now() - start;
  const storedCpuMs = cpuMs();
  t = now();
  await warmBriefings(library);
  const warmMs = now() - t;
  // As the service does after its warm pass: the restart below holds them again.
  await started.storeBriefings();
  (globalThis as { gc?: () => void }).gc?.();
  const memory = process.memoryUsage();

  const slugs = list.topics.map((x) => x.slug);
  // Asked at once, as a user may: the set's background preparation (every sentence's readings, worked out in
  // slices between answers after ready) is still under way, so these answers read sentences for the first time.
  const early = queriesFor(slugs, pools, 43).filter((q) => q.kind === 'adhoc');
  const duringTimes = timeEach(early, (q) => library.brief(q.text));

  // The queries below run back to back and never yield, so preparation would stall under them: the figures are of a
  // service in its steady state, once the set is prepared (a service's idle event loop finishes it soon after ready).
  const alive = setInterval(() => undefined, 1000); // the slices never hold the process open themselves
  t = now();
  await started.prepared;
  const preparedMs = now() - t;
  const readyToPreparedMs = now() - readyAt;
  clearInterval(alive);
  (globalThis as { gc?: () => void }).gc?.();
  const preparedRssMiB = process.memoryUsage().rss / 2 ** 20;

  const topicTimes = timeEach(
    Array.from({ length: QUERIES }, () => null),
    () => library.topics(),
  );
  const queries = queriesFor(slugs, pools);
  let noMatch = 0;
  const briefTimes = timeEach(queries, (q) => {
    if (!library.brief(q.text).ok) noMatch++;
  });
  const of = (kind: Query['kind']) => briefTimes.filter((_, i) => queries[i]!.kind === kind);

  const addTimes: number[] = [];
  for (let k = 0; k < ADDS; k++) {
    writeFileSync(join(dir, articleName(docs + k)), articleText(pools, docs + k));
    t = now();
    await library.refresh();
    addTimes.push(now() - t);
  }
  // The first answer after an addition pays for whatever the addition left stale (topics, caches).
  t = now();
  library.brief(queries[0]!.text);
  const firstAnswerAfterAddMs = now() - t;

  const figures: SizeFigures = {
    docs: list.documents,
    openMs,
    openCpuMs,
    topicsColdMs,
    storedMs,
    storedCpuMs,
    rssMiB: memory.rss / 2 ** 20,
    heapMiB: memory.heapUsed / 2 ** 20,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    warmMs,
    topicsFound: list.topics.length,
    topicsP50: percentile(topicTimes, 0.5),
    topicsP95: percentile(topicTimes, 0.95),
    briefP50: percentile(briefTimes, 0.5),
    briefP95: percentile(briefTimes, 0.95),
    briefMax: Math.max(...briefTimes),
    topicBriefP95: percentile(of('topic'), 0.95),
    topicBriefMax: Math.max(...of('topic')),
    adhocP95: percentile(of('adhoc'), 0.95),
    adhocMax: Math.max(...of('adhoc')),
    adhocDuringP95: percentile(duringTimes, 0.95),
    preparedMs,
    readyToPreparedMs,
    preparedRssMiB,
    briefNoMatch: noMatch,
    addMs: median(addTimes),
    firstAnswerAfterAddMs,
  };
  await cache?.close();
  console.log(JSON.stringify(figures));
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function timeEach<T>(items: readonly T[], run: (item: T) => void): number[] {
  return items.map((item) => {
    const t = now();
    run(item);
    return now() - t;
  });
}

interface Query {
  kind: 'topic' | 'adhoc' | 'misspelt';
  text: string;
}

/**
 * What users type: a third topic slugs, a third names and phrases from the text, a third
 * misspelt slugs. Seeded, so every run asks the same.
 */
function queriesFor(slugs: readonly string[], pools: readonly StoryPool[], seed = 42): Query[] {
  const random = seededRandom(seed);
  const out: Query[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const slug = slugs.length ? slugs[i % slugs.length]! : 'news';
    if (i % 3 === 0) out.push({ kind: 'topic', text: slug });
    else if (i % 3 === 1) out.push({ kind: 'adhoc', text: phraseFrom(pools, random) });
    else {
      const cut = 1 + Math.floor(random() * Math.max(1, slug.length - 2));
      out.push({ kind: 'misspelt', text: slug.slice(0, cut) + slug.slice(cut + 1) });
    }
  }
  return out;
}

function phraseFrom(pools: readonly StoryPool[], random: () => number): string {
  const pool = pools[Math.floor(random() * pools.length)]!;
  const sentence = pool.body[Math.floor(random() * pool.body.length)] ?? pool.leads[0] ?? 'news';
  const words = sentence
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}-]/gu, ''))
    .filter((w) => w.length > 3);
  const at = Math.floor(random() * Math.max(1, words.length - 1));
  return words.slice(at, at + 1 + Math.floor(random() * 2)).join(' ') || 'news';
}

await main();
