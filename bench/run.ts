/**
 * `npm run bench [-- --docs 10000] [--runs 3] [--baseline main|none] [--data <file>] [--profile] [--keep] [--seed-runs 3] [--seed-only]`:
 * how briefbot holds up on a large archive. Builds corpora of 1,000, 3,000 and --docs articles from
 * real sentences; measures each size --runs times, each run in fresh processes (index from cold
 * with worker threads, memory, /topics and /brief latency, adding one article, then a restart
 * over the stored analyses); times the seed set's cold start through the CLI, over a new store and over a filled one
 * (--seed-only: that alone). The --baseline
 * ref's code (default main) is measured in the same run, runs interleaved, its restart over the
 * analyses it stored itself included, so each figure is
 * judged by its ratio to the baseline on the same machine at the same moment, not by its
 * absolute time on a shared machine.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { table } from '../eval/report.js';
import { loadPools, writeCorpus } from './corpus.js';
import type { RestartFigures, SizeFigures } from './measure.js';
import { runPathologicalBench } from './pathological.js';
import { growthExponent, type Spread, spread } from './stats.js';

/** What the service's start puts in its environment (the Dockerfile's ENV, npm start), so the bench measures it as it runs. */
const SERVICE_ENV = { MALLOC_ARENA_MAX: '2' };

/** The issue's goals at the largest size (issue 17). */
const GOALS = { indexS: 15, restartS: 3, rssMiB: 1024, peakRssMiB: 1536, topicP95: 20, topicMax: 100, adhocP95: 50, addMs: 100, seedColdS: 1 };

type Figures = SizeFigures & Partial<RestartFigures>;
interface SizeRuns {
  docs: number;
  runs: Figures[];
  baseline: Figures[];
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      docs: { type: 'string', default: '10000' },
      runs: { type: 'string', default: '3' },
      baseline: { type: 'string', default: 'main' },
      data: { type: 'string', default: '../shared/eval/duc2004/dev.json' },
      profile: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      pathological: { type: 'boolean', default: false },
      'max-mb': { type: 'string', default: '5' },
      'seed-runs': { type: 'string', default: '3' },
      'seed-only': { type: 'boolean', default: false },
    },
  });
  if (values.pathological) return runPathologicalBench(Number(values['max-mb']));
  const top = Number(values.docs);
  const runs = Number(values.runs);
  const seedRuns = Number(values['seed-runs']);
  if (![top, runs, seedRuns].every((n) => Number.isInteger(n) && n >= 1)) {
    console.error(`--docs, --runs and --seed-runs must be positive whole numbers, not "${values.docs}", "${values.runs}" and "${values['seed-runs']}"`);
    return 2;
  }
  const sizes = values['seed-only'] ? [] : [...new Set([1000, 3000, top].filter((n) => n <= top))].sort((a, b) => a - b);
  const work = mkdtempSync(join(tmpdir(), 'briefbot-bench-'));
  try {
    const source = sizes.length ? await loadPools(resolve(values.data!)) : { pools: [], description: 'none (--seed-only)' };
    const poolsFile = join(work, 'pools.json');
    writeFileSync(poolsFile, JSON.stringify(source.pools));
    const baseline = values.baseline === 'none' ? undefined : checkOut(values.baseline!, join(work, 'baseline'));
    console.log(`briefbot bench: ${new Date().toISOString().slice(0, 10)}, commit ${commit('HEAD')}, node ${process.version}, ${cpus().length} cores, load average ${loadAverage()} at start`);
    console.log(`baseline: ${baseline ? `${values.baseline} (${commit(values.baseline!)}), measured in the same run, runs interleaved` : 'none'}; ${runs} run(s) a size, each figure shown as median (min–max)`);
    console.log(`corpus: articles recombined from ${source.description}\n`);

    const results: SizeRuns[] = [];
    for (const size of sizes) {
      const dir = join(work, `bench-${size}`);
      writeCorpus(dir, source.pools, size);
      const measured: SizeRuns = { docs: size, runs: [], baseline: [] };
      for (let run = 0; run < runs; run++) {
        process.stderr.write(`measuring ${size} articles, run ${run + 1} of ${runs} (load average ${loadAverage()})…\n`);
        // Each run adds articles to the corpus: take them out, so every run starts from the same files.
        clearAdditions(dir, size);
        const cache = join(work, `analyses-${size}-${run}.sqlite`);
        const profileDir = values.profile ? join(work, '..', `briefbot-profile-${size}`) : undefined;
        const cold = measure(process.cwd(), ['--dir', dir, '--pools', poolsFile, '--docs', String(size), '--cache', cache], profileDir);
        if (!cold) return 1;
        clearAdditions(dir, size);
        const restart = measure(process.cwd(), ['--dir', dir, '--pools', poolsFile, '--docs', String(size), '--cache', cache, '--restart']);
        measured.runs.push({ ...(cold as SizeFigures), ...((restart ?? {}) as Partial<RestartFigures>) });
        rmSync(cache, { force: true });
        if (baseline) {
          // The baseline's restart too, over the analyses it stored itself: a restart is judged by its ratio like the rest.
          const baselineCache = join(work, `baseline-analyses-${size}-${run}.sqlite`);
          clearAdditions(dir, size);
          const before = measure(baseline, ['--dir', dir, '--pools', poolsFile, '--docs', String(size), '--cache', baselineCache]);
          clearAdditions(dir, size);
          const restartBefore = before ? measure(baseline, ['--dir', dir, '--pools', poolsFile, '--docs', String(size), '--cache', baselineCache, '--restart']) : undefined;
          if (before) measured.baseline.push({ ...(before as SizeFigures), ...((restartBefore ?? {}) as Partial<RestartFigures>) });
          rmSync(baselineCache, { force: true });
        }
      }
      results.push(measured);
      if (!values.keep) rmSync(dir, { recursive: true, force: true });
    }
    if (results.length) {
      printSizes(results);
      if (baseline) printRatios(results);
      printGrowth(results);
    }
    const codes = [process.cwd(), ...(baseline ? [baseline] : [])];
    const fromSource = seedColdStarts(codes, 'source', seedRuns, work);
    const compiled = seedColdStarts(codes, 'compiled', seedRuns, work);
    const against = (a: Spread, b: Spread | undefined) => (b ? `; baseline ${seconds(b)}; ratio ×${(a.median / b.median).toFixed(2)}` : '');
    const row = (a: SeedTimes | undefined, b: SeedTimes | undefined) => (!a ? 'failed' : `wall ${seconds(a.wall)}${against(a.wall, b?.wall)}\n        CPU ${seconds(a.cpu)}${against(a.cpu, b?.cpu)}`);
    const rows = (starts: SeedStarts) => [
      `    first run (a new, empty store: analyses the set and stores it): ${row(starts.first[0], starts.first[1])}`,
      `    next run (reads the stored analyses): ${row(starts.next[0], starts.next[1])}`,
      ...codes.flatMap((code, k) => (starts.keepsStore[k] === false ? [`    ${k ? 'baseline' : 'this code'} (${code}) keeps no default store: its next run analyses the set again`] : [])),
    ];
    console.log(`\nSeed set cold start (briefbot brief security-guarantees, new process, ${seedRuns} runs each${baseline ? ', alternated with the baseline' : ''}; CPU: user + system of the process):`);
    console.log(['  compiled, as deployed (node dist/cli.js):', ...rows(compiled), '  from source, as `npm start` runs it (tsx):', ...rows(fromSource)].join('\n'));
    // A deploy analyses its set once; every later start reads the store, as issue 17 asks of a restart.
    printGoals(results.at(-1), compiled.next[0]?.wall ?? spread([]));
    console.log(`\nLoad average at the end: ${loadAverage()} (the machine is shared: judge figures by their ratio to the baseline in this run)`);
    if (values.profile) console.log(`\nCPU profiles: ${join(tmpdir(), 'briefbot-profile-<size>')}/*.cpuprofile (open in Chrome DevTools)`);
    return 0;
  } finally {
    if (!values.keep) rmSync(work, { recursive: true, force: true });
    else console.log(`corpus kept in ${work}`);
  }
}

/** One measuring process of bench/measure.ts in `root` (this checkout or the baseline's); its last line is JSON. */
function measure(root: string, args: string[], profileDir?: string): unknown {
  // The service's young generation (Dockerfile, npm start), for both codes: answers are timed as the service runs them.
  const flags = ['--expose-gc', '--max-old-space-size=4096', '--max-semi-space-size=32', ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), '--import', 'tsx'];
  // …and its environment (Dockerfile, npm start): the threads' malloc arenas, two, whichever code is measured.
  const env = { ...process.env, ...SERVICE_ENV };
  const child = spawnSync(process.execPath, [...flags, 'bench/measure.ts', ...args], { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * 2 ** 20 });
  const last = child.stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(last);
  } catch {
    console.error(`measuring in ${root} failed (exit ${child.status}):\n${child.stdout}`);
    return undefined;
  }
}

/** The baseline's code in a folder of its own (git archive: the repository's worktrees are left alone), sharing node_modules. */
function checkOut(ref: string, into: string): string {
  mkdirSync(into, { recursive: true });
  const archive = execFileSync('git', ['archive', '--format=tar', ref], { maxBuffer: 512 * 2 ** 20 });
  execFileSync('tar', ['-x', '-C', into], { input: archive });
  symlinkSync(resolve('node_modules'), join(into, 'node_modules'));
  return into;
}

function clearAdditions(dir: string, size: number): void {
  for (let k = 0; k < 10; k++) rmSync(join(dir, `${String(size + k).padStart(6, '0')}.txt`), { force: true });
}

const ms = (x: number) => (!Number.isFinite(x) ? '-' : x < 0.1 ? '<0.1' : x < 10 ? x.toFixed(1) : x.toFixed(0));
const s1 = (x: number) => (!Number.isFinite(x) ? '-' : (x / 1000).toFixed(1));
const n0 = (x: number) => (!Number.isFinite(x) ? '-' : x.toFixed(0));
const shown = (v: Spread, f: (x: number) => string) => (v.min === v.max || !Number.isFinite(v.min) ? f(v.median) : `${f(v.median)} (${f(v.min)}–${f(v.max)})`);
const seconds = (v: Spread) => (Number.isFinite(v.median) ? `${shown(v, (x) => (x / 1000).toFixed(2))} s` : 'failed');

const FIGURES: [string, (r: Figures) => number | undefined, (x: number) => string][] = [
  ['index s', (r) => r.openMs + r.topicsColdMs, s1],
  ['index CPU s', (r) => r.openCpuMs, s1],
  // The baseline's "index" included storing the set whole before it was ready; compare this with its "index s".
  ['index and stored s', (r) => r.storedMs ?? r.openMs + r.topicsColdMs, s1],
  ['index and stored CPU s', (r) => r.storedCpuMs ?? r.openCpuMs, s1],
  ['restart s', (r) => r.restartMs, s1],
  ['restart CPU s', (r) => r.restartCpuMs, s1],
  ['restart to 1st answer s', (r) => r.restartAnswerMs, s1],
  ['restart RSS MiB', (r) => r.restartRssMiB, n0],
  ['RSS MiB', (r) => r.rssMiB, n0],
  ['RSS once prepared MiB', (r) => r.preparedRssMiB, n0],
  ['prepared after warm s', (r) => r.preparedMs, s1],
  ['ready to prepared s', (r) => r.readyToPreparedMs, s1],
  ['peak RSS MiB', (r) => r.peakRssMiB, n0],
  ['warm briefings s', (r) => r.warmMs, s1],
  ['/brief p50', (r) => r.briefP50, ms],
  ['/brief p95', (r) => r.briefP95, ms],
  ['/brief max', (r) => r.briefMax, ms],
  ['topic p95', (r) => r.topicBriefP95, ms],
  ['topic max', (r) => r.topicBriefMax, ms],
  ['ad-hoc p95 (prepared)', (r) => r.adhocP95, ms],
  ['ad-hoc p95 while preparing', (r) => r.adhocDuringP95, ms],
  ['add one ms', (r) => r.addMs, ms],
  ['next answer ms', (r) => r.firstAnswerAfterAddMs, ms],
];

const spreadOf = (runs: readonly Figures[], of: (r: Figures) => number | undefined) => spread(runs.map((r) => of(r) ?? NaN));

function printSizes(results: readonly SizeRuns[]): void {
  console.log('Per size (ms unless marked; /brief from the warm index, 200 queries: a third topic slugs, a third words from the text, a third misspelt):');
  console.log(
    table(
      ['figure', ...results.map((r) => `${r.docs} articles`)],
      FIGURES.map(([name, of, f]) => [name, ...results.map((r) => shown(spreadOf(r.runs, of), f))]),
    ),
  );
}

/** This code's median over the baseline's, same sizes, same run: below 1 is faster or smaller. */
function printRatios(results: readonly SizeRuns[]): void {
  console.log('\nAgainst the baseline (median ÷ baseline median, same run; < 1 is better):');
  const rows = FIGURES.flatMap(([name, of, f]) => {
    const cells = results.map((r) => {
      const now = spreadOf(r.runs, of).median;
      const before = spreadOf(r.baseline, of).median;
      return Number.isFinite(now) && Number.isFinite(before) && before > 0 ? `×${(now / before).toFixed(2)} (${f(before)} before)` : '-';
    });
    return cells.every((c) => c === '-') ? [] : [[name, ...cells]];
  });
  console.log(table(['figure', ...results.map((r) => `${r.docs} articles`)], rows));
}

/** Each figure's growth between consecutive sizes (medians), as a ratio and as an exponent (1 linear, 2 quadratic). */
function printGrowth(results: readonly SizeRuns[]): void {
  if (results.length < 2) return;
  const steps = results.slice(1).map((r, i) => [results[i]!, r] as const);
  console.log(`\nGrowth (× from one size to the next; exponent k in figure ∝ articles^k: 0 flat, 1 linear, 2 quadratic):`);
  console.log(
    table(
      ['figure', ...steps.map(([a, b]) => `${a.docs}→${b.docs}`), 'k', 'verdict'],
      FIGURES.map(([name, of]) => {
        const at = (r: SizeRuns) => spreadOf(r.runs, of).median;
        const ks = steps.map(([a, b]) => growthExponent(at(a), at(b), a.docs, b.docs));
        const k = ks.at(-1)!;
        // Sub-0.1 ms figures are timer noise (a kept answer): their ratios say nothing about growth.
        const [a, b] = steps.at(-1)!;
        const tooSmall = !name.includes(' s') && !name.includes('MiB') && Math.max(at(a), at(b)) < 0.1;
        return [name, ...steps.map(([a, b]) => `×${(at(b) / at(a)).toFixed(2)}`), Number.isFinite(k) ? k.toFixed(2) : '-', tooSmall ? 'flat (< 0.1 ms)' : verdict(k)];
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

interface SeedTimes {
  wall: Spread;
  cpu: Spread;
}

/** Each code's seed starts over a new store and over a filled one; keepsStore: whether its CLI stored anything without being asked. */
interface SeedStarts {
  first: (SeedTimes | undefined)[];
  next: (SeedTimes | undefined)[];
  keepsStore: boolean[];
}

/** Prints the process's CPU time (user + system, ms) as the last line of its stderr when it exits. */
const CPU_AT_EXIT = `data:text/javascript,process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('\\ncpu '+(u.user+u.system)/1000+'\\n')})`;

/**
 * The seed set's first answer in a new process, for each code in `roots` (this checkout, the
 * baseline's), runs alternated between them so a swing of the machine's load falls on both:
 * `compiled` as the image runs it (the code compiled, and its CLI bundled where the code has that
 * step, into a folder of the checkout, so its modules resolve as dist/'s do), `source` through
 * bin/briefbot.js and tsx, as a developer's `npm start`
 * does. tsx's compile and loader thread cost a few hundred ms the deployed service never pays.
 * Each run is timed twice over the service's analysis store (BRIEFBOT_ANALYSIS_PATH, in `work`,
 * never in a checkout): a first run over a new, empty store, and a next run over the store one
 * untimed run filled. A code whose CLI keeps no store unasked writes no file, and both runs analyse.
 * Undefined for a code that could not be compiled or run.
 */
function seedColdStarts(roots: readonly string[], how: 'compiled' | 'source', runs: number, work: string): SeedStarts {
  const args = ['brief', 'security-guarantees', '--set', 'ukraine-peace-talks', '--format', 'json'];
  const entries = roots.map((root): string | undefined => {
    if (how === 'source') return join(root, 'bin', 'briefbot.js');
    const out = join(root, '.bench-dist');
    rmSync(out, { recursive: true, force: true });
    const tsc = spawnSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json'), '--outDir', out], { encoding: 'utf8' });
    if (tsc.status !== 0) {
      console.error(`compiling ${root} for the seed cold start: exit ${tsc.status}: ${tsc.stdout.slice(0, 500)}`);
      return undefined;
    }
    // As that code's `npm run compile` deploys it: its CLI bundled when the code has the step (2ae68e6 and older have not).
    const bundler = join(root, 'scripts', 'bundle-cli.ts');
    if (!existsSync(bundler)) return join(out, 'cli.js');
    const bundle = spawnSync(process.execPath, ['--import', 'tsx', bundler, out], { cwd: root, encoding: 'utf8' });
    if (bundle.status === 0) return join(out, 'cli.js');
    console.error(`bundling ${root}'s CLI for the seed cold start: exit ${bundle.status}: ${bundle.stderr.slice(0, 500)}`);
    return undefined;
  });
  const stores = roots.map((_, k) => join(work, `seed-${how}-${k}`));
  const filled = (k: number) => join(stores[k]!, 'filled', 'analyses.sqlite');
  /** One start of code k over `store`; its wall and CPU ms, or undefined (and the code dropped) if it failed. */
  const start = (k: number, store: string): { wall: number; cpu: number } | undefined => {
    const entry = entries[k];
    if (!entry) return undefined;
    // The SQLite store the bench names, even where the shell running it points the service at PostgreSQL.
    const { DATABASE_URL: _, ...env } = process.env;
    const t = performance.now();
    const run = spawnSync(process.execPath, ['--import', CPU_AT_EXIT, entry, ...args], { cwd: roots[k], encoding: 'utf8', env: { ...env, BRIEFBOT_ANALYSIS_PATH: store } });
    const wall = performance.now() - t;
    if (run.status !== 0) {
      console.error(`seed cold start (${how}) in ${roots[k]}: exit ${run.status}: ${run.stderr.slice(0, 500)}`);
      entries[k] = undefined;
      return undefined;
    }
    return { wall, cpu: Number(/cpu ([\d.]+)\s*$/.exec(run.stderr)?.[1] ?? NaN) };
  };
  const first = roots.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  const next = roots.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  const push = (into: { wall: number[]; cpu: number[] }, t: { wall: number; cpu: number } | undefined) => {
    if (!t) return;
    into.wall.push(t.wall);
    into.cpu.push(t.cpu);
  };
  try {
    roots.forEach((_, k) => start(k, filled(k)));
    for (let i = 0; i < runs; i++) {
      roots.forEach((_, k) => push(first[k]!, start(k, join(stores[k]!, `new-${i}`, 'analyses.sqlite'))));
      roots.forEach((_, k) => push(next[k]!, start(k, filled(k))));
    }
    const keepsStore = roots.map((_, k) => existsSync(filled(k)));
    const times = (t: { wall: number[]; cpu: number[] }, k: number) => (entries[k] ? { wall: spread(t.wall), cpu: spread(t.cpu) } : undefined);
    return { first: first.map(times), next: next.map(times), keepsStore };
  } finally {
    if (how === 'compiled') for (const root of roots) rmSync(join(root, '.bench-dist'), { recursive: true, force: true });
    for (const store of stores) rmSync(store, { recursive: true, force: true });
  }
}

function printGoals(largest: SizeRuns | undefined, seed: Spread): void {
  const m = (of: (r: Figures) => number | undefined) => spreadOf(largest!.runs, of).median;
  const sizes: [string, number, (x: number) => string, number, string][] = !largest
    ? []
    : [
        [`index ${largest.docs} articles from cold, s`, m((r) => r.openMs + r.topicsColdMs) / 1000, (x) => x.toFixed(1), GOALS.indexS, 's'],
        ['restart over stored analyses, ready to answer, s', m((r) => r.restartAnswerMs) / 1000, (x) => x.toFixed(1), GOALS.restartS, 's'],
        ['resident memory after indexing', m((r) => r.rssMiB), n0, GOALS.rssMiB, 'MiB'],
        ['resident memory once the set is prepared', m((r) => r.preparedRssMiB), n0, GOALS.rssMiB, 'MiB'],
        ['peak resident memory, process and workers', m((r) => r.peakRssMiB), n0, GOALS.peakRssMiB, 'MiB'],
        ['/brief on a topic, p95', m((r) => r.topicBriefP95), ms, GOALS.topicP95, 'ms'],
        ['/brief on a topic, max', m((r) => r.topicBriefMax), ms, GOALS.topicMax, 'ms'],
        ['/brief ad-hoc query once the set is prepared, p95', m((r) => r.adhocP95), ms, GOALS.adhocP95, 'ms'],
        ['add one article', m((r) => r.addMs), ms, GOALS.addMs, 'ms'],
      ];
  const rows = [...sizes, ['seed set cold start, next run (reads the stored analyses), compiled as deployed, s', seed.median / 1000, (x: number) => x.toFixed(2), GOALS.seedColdS, 's'] as const];
  console.log(largest ? `\nGoals at ${largest.docs} articles (medians):` : '\nGoal (median):');
  console.log(
    table(
      ['figure', 'measured', 'goal', 'met'],
      rows.map(([name, v, f, goal, unit]) => [name, `${f(v)} ${unit}`, `< ${goal} ${unit}`, v < goal ? 'yes' : 'NO']),
    ),
  );
}

function loadAverage(): string {
  return loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ');
}

function commit(ref: string): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', ref], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return existsSync('.git') ? 'unknown' : 'not a git checkout';
  }
}

process.exitCode = await main();
