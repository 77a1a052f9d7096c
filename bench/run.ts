/**
 * `npm run bench [-- --docs 10000] [--data <file>] [--profile]`: how briefbot holds up on a large archive.
 * Builds corpora of 1,000, 3,000 and --docs articles from real sentences, measures each in a fresh
 * process (index from cold, memory, /topics and /brief latency, adding one article), times the
 * seed set's cold start through the CLI, and prints how each figure grows with size.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { table } from '../eval/report.js';
import { loadPools, writeCorpus } from './corpus.js';
import type { SizeFigures } from './measure.js';
import { runPathologicalBench } from './pathological.js';
import { growthExponent, median } from './stats.js';

const GOALS = { indexS: 60, rssMiB: 1024, briefP95: 100, addMs: 200, seedColdS: 2 };
const SEED_RUNS = 3;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      docs: { type: 'string', default: '10000' },
      data: { type: 'string', default: '../shared/eval/duc2004/dev.json' },
      profile: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      pathological: { type: 'boolean', default: false },
      'max-mb': { type: 'string', default: '5' },
    },
  });
  if (values.pathological) return runPathologicalBench(Number(values['max-mb']));
  const top = Number(values.docs);
  if (!Number.isInteger(top) || top < 1) {
    console.error(`--docs must be a positive whole number, not "${values.docs}"`);
    return 2;
  }
  const sizes = [...new Set([1000, 3000, top].filter((n) => n <= top))].sort((a, b) => a - b);
  const work = mkdtempSync(join(tmpdir(), 'briefbot-bench-'));
  try {
    const source = await loadPools(resolve(values.data!));
    const poolsFile = join(work, 'pools.json');
    writeFileSync(poolsFile, JSON.stringify(source.pools));
    console.log(`briefbot bench: ${new Date().toISOString().slice(0, 10)}, commit ${commit()}, node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at start`);
    console.log(`corpus: articles recombined from ${source.description}\n`);

    const results: SizeFigures[] = [];
    for (const size of sizes) {
      const dir = join(work, `bench-${size}`);
      writeCorpus(dir, source.pools, size);
      process.stderr.write(`measuring ${size} articles…\n`);
      const figures = measure(dir, poolsFile, size, values.profile ? join(work, '..', `briefbot-profile-${size}`) : undefined);
      if (!figures) return 1;
      results.push(figures);
      if (!values.keep) rmSync(dir, { recursive: true, force: true });
    }
    printSizes(results);
    printGrowth(results);
    const seed = seedColdStart();
    console.log(`\nSeed set cold start (briefbot brief security-guarantees, new process, median of ${SEED_RUNS}): ${seed === undefined ? 'failed' : `${(seed / 1000).toFixed(2)} s`} (goal < ${GOALS.seedColdS} s)`);
    printGoals(results.at(-1)!, seed);
    console.log(`\nLoad average at the end: ${loadavg()[0]!.toFixed(1)} (the machine is shared: compare figures within one run)`);
    if (values.profile) console.log(`\nCPU profiles: ${join(tmpdir(), 'briefbot-profile-<size>')}/*.cpuprofile (open in Chrome DevTools)`);
    return 0;
  } finally {
    if (!values.keep) rmSync(work, { recursive: true, force: true });
    else console.log(`corpus kept in ${work}`);
  }
}

function measure(dir: string, poolsFile: string, size: number, profileDir: string | undefined): SizeFigures | undefined {
  const flags = ['--expose-gc', '--max-old-space-size=4096', ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), '--import', 'tsx'];
  const child = spawnSync(process.execPath, [...flags, 'bench/measure.ts', '--dir', dir, '--pools', poolsFile, '--docs', String(size)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 2 ** 20,
  });
  const last = child.stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(last) as SizeFigures;
  } catch {
    console.error(`measuring ${size} articles failed (exit ${child.status}):\n${child.stdout}`);
    return undefined;
  }
}

const ms = (x: number) => (x < 0.1 ? '<0.1' : x < 10 ? x.toFixed(1) : x.toFixed(0));
const s = (x: number) => (x / 1000).toFixed(1);

function printSizes(results: readonly SizeFigures[]): void {
  console.log('Per size (times in ms unless marked; /topics and /brief from the warm index, 200 queries each):');
  console.log(
    table(
      ['articles', 'index s', 'of which topics s', 'RSS MiB', 'heap MiB', 'topics', '/topics p50', 'p95', '/brief p50', 'p95', 'max', 'no match', 'add one', 'next answer'],
      results.map((r) => [
        String(r.docs),
        s(r.openMs + r.topicsColdMs),
        s(r.topicsColdMs),
        r.rssMiB.toFixed(0),
        r.heapMiB.toFixed(0),
        String(r.topicsFound),
        ms(r.topicsP50),
        ms(r.topicsP95),
        ms(r.briefP50),
        ms(r.briefP95),
        ms(r.briefMax),
        String(r.briefNoMatch),
        ms(r.addMs),
        ms(r.firstAnswerAfterAddMs),
      ]),
    ),
  );
}

const GROWTH: [string, (r: SizeFigures) => number][] = [
  ['index', (r) => r.openMs + r.topicsColdMs],
  ['topic discovery', (r) => r.topicsColdMs],
  ['RSS', (r) => r.rssMiB],
  ['/topics p50', (r) => r.topicsP50],
  ['/brief p50', (r) => r.briefP50],
  ['/brief p95', (r) => r.briefP95],
  ['add one', (r) => r.addMs],
  ['next answer after add', (r) => r.firstAnswerAfterAddMs],
];

/** Each figure's growth between consecutive sizes, as a ratio and as an exponent (1 linear, 2 quadratic). */
function printGrowth(results: readonly SizeFigures[]): void {
  if (results.length < 2) return;
  const steps = results.slice(1).map((r, i) => [results[i]!, r] as const);
  console.log(`\nGrowth (× from one size to the next; exponent k in figure ∝ articles^k: 0 flat, 1 linear, 2 quadratic):`);
  console.log(
    table(
      ['figure', ...steps.map(([a, b]) => `${a.docs}→${b.docs}`), 'k', 'verdict'],
      GROWTH.map(([name, of]) => {
        const ks = steps.map(([a, b]) => growthExponent(of(a), of(b), a.docs, b.docs));
        const k = ks.at(-1)!;
        // Sub-0.1 ms figures are timer noise (a cached answer): their ratios say nothing about growth.
        const [a, b] = steps.at(-1)!;
        const tooSmall = name.startsWith('/') && Math.max(of(a), of(b)) < 0.1;
        return [name, ...steps.map(([a, b]) => `×${(of(b) / of(a)).toFixed(2)}`), Number.isFinite(k) ? k.toFixed(2) : '-', tooSmall ? 'flat (< 0.1 ms)' : verdict(k)];
      }),
    ),
  );
}

function verdict(k: number): string {
  if (!Number.isFinite(k)) return '-';
  if (k < 0.3) return 'flat';
  if (k < 0.8) return 'sublinear';
  if (k <= 1.25) return 'linear';
  return k < 1.7 ? 'SUPERLINEAR' : 'QUADRATIC';
}

function seedColdStart(): number | undefined {
  const times: number[] = [];
  for (let i = 0; i < SEED_RUNS; i++) {
    const t = performance.now();
    const run = spawnSync(process.execPath, ['bin/briefbot.js', 'brief', 'security-guarantees', '--set', 'ukraine-peace-talks', '--format', 'json'], { encoding: 'utf8' });
    if (run.status !== 0) {
      console.error(`seed cold start: exit ${run.status}: ${run.stderr.slice(0, 500)}`);
      return undefined;
    }
    times.push(performance.now() - t);
  }
  return median(times);
}

function printGoals(largest: SizeFigures, seedMs: number | undefined): void {
  const rows: [string, string, string, boolean][] = [
    [`index ${largest.docs} articles from cold`, `${s(largest.openMs + largest.topicsColdMs)} s`, `< ${GOALS.indexS} s`, (largest.openMs + largest.topicsColdMs) / 1000 < GOALS.indexS],
    ['resident memory after indexing', `${largest.rssMiB.toFixed(0)} MiB`, `< ${GOALS.rssMiB} MiB`, largest.rssMiB < GOALS.rssMiB],
    ['/brief p95, warm', `${ms(largest.briefP95)} ms`, `< ${GOALS.briefP95} ms`, largest.briefP95 < GOALS.briefP95],
    ['add one article', `${ms(largest.addMs)} ms`, `< ${GOALS.addMs} ms`, largest.addMs < GOALS.addMs],
    ['seed set cold start', seedMs === undefined ? 'failed' : `${s(seedMs)} s`, `< ${GOALS.seedColdS} s`, seedMs !== undefined && seedMs / 1000 < GOALS.seedColdS],
  ];
  console.log(`\nGoals at ${largest.docs} articles:`);
  console.log(table(['figure', 'measured', 'goal', 'met'], rows.map(([a, b, c, ok]) => [a, b, c, ok ? 'yes' : 'NO'])));
}

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

process.exitCode = await main();
