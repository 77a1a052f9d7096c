/**
 * The shape of one first index over time, thread by thread (Linux: reads /proc/self/task):
 *   node --max-semi-space-size=32 --import tsx bench/index-shape.ts [--docs 3000] [--data <file>] [--json <out>]
 * Builds the bench's corpus (bench/corpus.ts), indexes it from cold as the service does (worker threads, a fresh
 * SQLite analysis store) and, from a thread of its own every 10 ms, reads each thread's state and CPU. CPU says what
 * each thread spent whatever the machine's load; the state (R: running or waiting for a core) says whether it wanted a
 * core, which on a shared machine stands in for "busy". Per phase it prints the wall, each role's CPU (main thread,
 * each analysis worker, the rest: V8's compiler and collector helpers, libuv, loader hooks) and the share of samples in
 * which at least one and at least two of the process's threads wanted a core.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { defaultWorkerCount } from '../src/core/index/analyse-pool.js';
import { startLibrary } from '../src/core/library/open-folder.js';
import { openSqliteAnalysisCache } from '../src/store/analysis-sqlite.js';
import { loadPools, writeCorpus } from './corpus.js';

/** One reading of every thread: tid → [state letter, CPU ms so far]. */
interface Sample {
  t: number;
  tasks: Record<string, [string, number]>;
}

// Plain JavaScript run by the sampling thread; it answers a message with what it read and its own tid.
const SAMPLER = `
const { parentPort } = require('node:worker_threads');
const { readdirSync, readFileSync, readlinkSync } = require('node:fs');
const me = readlinkSync('/proc/thread-self').split('/').pop();
const samples = [];
const take = () => {
  const tasks = {};
  for (const id of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync('/proc/self/task/' + id + '/stat', 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      tasks[id] = [f[0], (Number(f[11]) + Number(f[12])) * 10];
    } catch {}
  }
  samples.push({ t: performance.timeOrigin + performance.now(), tasks });
};
const timer = setInterval(take, 10);
parentPort.on('message', () => { clearInterval(timer); take(); parentPort.postMessage({ me, samples }); });
`;

function startSampler(): () => Promise<{ me: string; samples: Sample[] }> {
  const worker = new Worker(SAMPLER, { eval: true });
  return () =>
    new Promise((done) => {
      worker.once('message', (read) => {
        void worker.terminate();
        done(read);
      });
      worker.postMessage('stop');
    });
}

const at = () => performance.timeOrigin + performance.now();

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { docs: { type: 'string', default: '3000' }, data: { type: 'string', default: '../shared/eval/duc2004/dev.json' }, json: { type: 'string' } } });
  const docs = Number(values.docs);
  const work = mkdtempSync(join(tmpdir(), 'briefbot-shape-'));
  try {
    const source = await loadPools(resolve(values.data!));
    const dir = join(work, 'set');
    writeCorpus(dir, source.pools, docs);
    const cache = openSqliteAnalysisCache({ path: join(work, 'analyses.sqlite') });
    const stop = startSampler();
    const marks: Record<string, number> = { start: at() };
    const started = await startLibrary(dir, { topics: [], analysisCache: cache });
    // Progress changes only when the main thread runs, so the main thread's own timer reads it soon enough.
    const watch = setInterval(() => {
      const { done, total } = started.progress();
      if (done > 0) marks['first analysis indexed'] ??= at();
      if (total > 0 && done === total) marks['last analysis indexed'] ??= at();
    }, 5);
    await started.ready;
    marks.ready = at();
    // What a user asking a topic right after ready waits for (the warm pass asks the same first): on the turn after ready.
    await new Promise((go) => setImmediate(go));
    const firstTopic = started.library.topics().topics[0];
    if (firstTopic) {
      started.library.brief(firstTopic.slug, { length: 'standard' });
      marks['first topic answer'] = at();
    }
    await started.stored;
    marks.stored = at();
    clearInterval(watch);
    const { me, samples } = await stop();
    await cache.close();
    const shape = shapeOf(samples, me, marks, defaultWorkerCount());
    console.log(
      `first index of ${docs} articles, ${defaultWorkerCount()} workers, load average at the end ${(await import('node:os'))
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    console.log(shape.lines.join('\n'));
    const from = (m: string) => (marks[m] === undefined ? '–' : `${((marks[m]! - marks.start!) / 1000).toFixed(2)} s`);
    console.log(`from start: ready ${from('ready')}, first topic answer ${from('first topic answer')}, stored ${from('stored')}`);
    if (values.json) writeFileSync(values.json, JSON.stringify({ docs, marks, me, samples }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Each phase between two marks: its wall, each role's CPU and how often one or two threads wanted a core. */
function shapeOf(samples: Sample[], sampler: string, marks: Record<string, number>, workers: number): { lines: string[] } {
  // A thread that ended (a closed worker) keeps its last CPU figure, asleep.
  const last = new Map<string, number>();
  for (const s of samples) {
    for (const [id, [, cpu]] of Object.entries(s.tasks)) last.set(id, cpu);
    for (const [id, cpu] of last) s.tasks[id] ??= ['X', cpu];
  }
  const main = String(process.pid);
  const others = [...last.keys()].filter((id) => id !== main && id !== sampler).sort((a, b) => last.get(b)! - last.get(a)!);
  const pool = others.slice(0, workers);
  const helpers = others.slice(workers);
  const ours = [main, ...pool, ...helpers];
  const order = ['start', 'first analysis indexed', 'last analysis indexed', 'ready', 'first topic answer', 'stored'].filter((m) => marks[m] !== undefined);
  const phases = order.slice(1).map((m, k) => [order[k]!, m] as const);
  phases.push(['start', 'ready'], ['ready', 'stored']);
  const cpu = (s: Sample, ids: readonly string[]) => ids.reduce((n, id) => n + (s.tasks[id]?.[1] ?? 0), 0);
  const pct = (x: number) => `${Math.round(100 * x)}%`.padStart(4);
  const lines = [`phase (from → to)                                wall s | CPU s: main, ${pool.map((_, k) => `worker ${k + 1}`).join(', ')}, helpers | threads wanting a core: ≥1, ≥2 | main wants`];
  for (const [from, to] of phases) {
    const inside = samples.filter((s) => s.t >= marks[from]! && s.t <= marks[to]!);
    if (inside.length < 2) continue;
    const first = inside[0]!;
    const end = inside.at(-1)!;
    const spent = (ids: readonly string[]) => ((cpu(end, ids) - cpu(first, ids)) / 1000).toFixed(2);
    const wanting = inside.map((s) => ours.filter((id) => s.tasks[id]?.[0] === 'R').length);
    const share = (n: number) => wanting.filter((w) => w >= n).length / inside.length;
    const mainWants = inside.filter((s) => s.tasks[main]?.[0] === 'R').length / inside.length;
    const label = `${from} → ${to}`.padEnd(46);
    lines.push(`${label} ${((marks[to]! - marks[from]!) / 1000).toFixed(2).padStart(7)} | ${[spent([main]), ...pool.map((id) => spent([id])), spent(helpers)].join(', ')} | ${pct(share(1))}, ${pct(share(2))} | ${pct(mainWants)}`);
  }
  return { lines };
}

await main();
