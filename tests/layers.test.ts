import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../src/', import.meta.url).pathname;

/**
 * The layers of src/, top first: a unit may import from its own unit or from a layer further down,
 * never from a layer above nor from a sibling on its own layer. A folder or root file missing here
 * fails the test, so a new one gets a place on purpose.
 */
const LAYERS: readonly (readonly string[])[] = [['main.ts', 'cli.ts', 'shard-main.ts'], ['service'], ['adapters'], ['commands'], ['digest', 'intake'], ['share', 'sets'], ['store'], ['config'], ['chat', 'http'], ['core', 'log.ts']];

const PLATFORM_SDKS = /^(discord\.js|@discordjs\/.+|@slack\/.+)$/;
/** Where each platform SDK may be imported: inside its own adapter, sharding included. */
const SDK_HOME = (spec: string) => (spec.startsWith('@slack/') ? 'adapters/slack/' : 'adapters/discord/');
const CORE_FORBIDDEN = /^(discord\.js|@discordjs\/.+|@slack\/.+|node-cron|better-sqlite3|pg|pino|prom-client)$/;

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => (m[1] ?? m[2] ?? m[3]) as string);
}

/** The unit a path under src/ belongs to: its top folder, or the file itself at the root. */
function unitOf(pathUnderSrc: string): string {
  return (pathUnderSrc.split('/')[0] as string).replace(/\.js$/, '.ts');
}

function layerOf(unit: string): number {
  return LAYERS.findIndex((layer) => layer.includes(unit));
}

/** Every import that breaks the layer order, as "from → to" lines. */
function upwardImports(files: readonly { path: string; imports: readonly string[] }[]): string[] {
  const offences: string[] = [];
  for (const { path, imports } of files) {
    const from = unitOf(path);
    for (const spec of imports) {
      if (!spec.startsWith('.')) continue;
      const target = relative(SRC, resolve(SRC, dirname(path), spec));
      const to = unitOf(target);
      if (to === from || target.startsWith('..')) continue;
      const [fromLayer, toLayer] = [layerOf(from), layerOf(to)];
      if (fromLayer < 0 || toLayer < 0 || toLayer <= fromLayer) offences.push(`${path} → ${target}`);
    }
  }
  return offences;
}

const tree = sourceFiles(SRC).map((file) => ({ path: relative(SRC, file), imports: importsOf(file) }));

describe('layer order of src/', () => {
  it('names every folder and root file of src/ in exactly one layer', () => {
    const units = [...new Set(tree.map((f) => unitOf(f.path)))].sort();
    expect(units.filter((u) => layerOf(u) < 0)).toEqual([]);
    expect(LAYERS.flat().filter((u) => !units.includes(u))).toEqual([]);
  });

  it('has no import from a lower layer up to a higher one, nor between siblings of a layer', () => {
    expect(upwardImports(tree)).toEqual([]);
  });

  it('catches an upward import and a sibling import', () => {
    const planted = [
      { path: 'store/store.ts', imports: ['../adapters/adapter.js'] },
      { path: 'digest/deliver.ts', imports: ['../intake/feeds.js'] },
      { path: 'core/briefing.ts', imports: ['../log.js', './result.js'] },
      { path: 'adapters/slack/index.ts', imports: ['../../chat/refs.js', '../adapter.js'] },
    ];
    expect(upwardImports(planted)).toEqual(['store/store.ts → adapters/adapter.js', 'digest/deliver.ts → intake/feeds.js', 'core/briefing.ts → log.js']);
  });
});

/**
 * The stages of src/core in the order data flows; a stage may import from its own folder, from an
 * earlier stage, or from the shared words at the core's root (which import no stage).
 */
const CORE_STAGES = ['ingest', 'index', 'facts', 'topics', 'summary', 'compose', 'library'] as const;

/**
 * The imports that still point up the pipeline, each with why it has not been moved yet. A new upward
 * import fails the test until it is listed here with why it cannot point down yet.
 */
const KNOWN_UPWARD: readonly string[] = [
  // Figures are read once, at analysis time, and stored with each sentence; the reader lives with the other fact readers.
  'core/index/sentences.ts → core/facts/figures.ts',
  // So are the currencies a document invents (rule IC): read from the whole document for its figures, beside the figure reader.
  'core/index/sentences.ts → core/facts/invented-currency.ts',
  // Who said what is read once, at analysis time, and stored with each sentence (issue 17s), as figures are: the same
  // reader answers when a sentence was not attributed. Both go when the fact readers that analysis needs move below it.
  'core/index/build-document.ts → core/facts/quotes.ts',
  // chrono's reading of each sentence is made once, at analysis time, and stored (issue 17cold), as figures and speech are;
  // the timeline reads it, and reads a sentence made elsewhere when asked.
  'core/index/build-document.ts → core/facts/timeline.ts',
  // The same two readings when a worker's first index left them for after ready (issue 17defer): made by the same readers.
  'core/index/deferred-readings.ts → core/facts/quotes.ts',
  'core/index/deferred-readings.ts → core/facts/timeline.ts',
  // Relevance asks whether a passage holds the answer near the asked words; the question reader sits with answer-first.
  'core/topics/relevance.ts → core/summary/answer-first.ts',
  'core/topics/news-angles.ts → core/summary/answer-first.ts',
];

/** Every import inside src/core that points from a stage to a later one (or from the root into a stage). */
function upwardCoreImports(files: readonly { path: string; imports: readonly string[] }[]): string[] {
  const stageOf = (path: string) => {
    const [, folder, file] = path.split('/');
    return file === undefined ? -1 : CORE_STAGES.indexOf(folder as (typeof CORE_STAGES)[number]);
  };
  const offences: string[] = [];
  for (const { path, imports } of files) {
    if (!path.startsWith('core/')) continue;
    for (const spec of imports) {
      if (!spec.startsWith('.')) continue;
      const target = relative(SRC, resolve(SRC, dirname(path), spec)).replace(/\.js$/, '.ts');
      if (!target.startsWith('core/')) continue;
      if (stageOf(target) > stageOf(path)) offences.push(`${path} → ${target}`);
    }
  }
  return offences;
}

describe('stages of src/core', () => {
  it('names every folder of src/core as a stage', () => {
    const folders = [...new Set(tree.filter((f) => f.path.split('/').length > 2 && f.path.startsWith('core/')).map((f) => f.path.split('/')[1]!))].sort();
    expect(folders).toEqual([...CORE_STAGES].sort());
  });

  it('has no import pointing up the pipeline beyond the known ones', () => {
    expect(upwardCoreImports(tree).sort()).toEqual([...KNOWN_UPWARD].sort());
  });

  it('catches an import from an earlier stage to a later one, and from the root into a stage', () => {
    const planted = [
      { path: 'core/ingest/clean.ts', imports: ['../index/nlp.js', '../nlp.js', './document.js'] },
      { path: 'core/briefing.ts', imports: ['./compose/shown-once.js', './result.js'] },
      { path: 'core/compose/compose-briefing.ts', imports: ['../summary/cite.js', '../briefing.js'] },
    ];
    expect(upwardCoreImports(planted)).toEqual(['core/ingest/clean.ts → core/index/nlp.ts', 'core/briefing.ts → core/compose/shown-once.ts']);
  });
});

describe('platform SDKs', () => {
  it('are imported only inside their own adapter', () => {
    const offenders = tree.flatMap(({ path, imports }) => imports.filter((spec) => PLATFORM_SDKS.test(spec) && !path.startsWith(SDK_HOME(spec))).map((spec) => `${path} → ${spec}`));
    expect(offenders).toEqual([]);
  });
});

describe('src/core stays platform-free', () => {
  it('imports no platform, scheduler, database or logging package', () => {
    const offenders = tree.filter((f) => unitOf(f.path) === 'core' && f.imports.some((spec) => CORE_FORBIDDEN.test(spec))).map((f) => f.path);
    expect(offenders).toEqual([]);
  });
});
