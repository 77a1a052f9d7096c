/**
 * `npx tsx scripts/bundle-cli.ts [dist]` (the last step of `npm run compile`): bundles the compiled CLI and the compiled
 * service each into one CommonJS file, the CLI's with a V8 code cache, so a `briefbot …` start (and the service's) reads
 * one file instead of hundreds of ES modules and yaml's 72 CommonJS files: on Node 20 (no module compile cache) resolving,
 * reading and compiling them was a quarter of the seed start's CPU (docs/quality.md, "twenty-second round (17seed2)"; the
 * service since "twenty-third round (17seed3)"). Every other compiled module stays in dist/ as tsc wrote it: the analysis
 * worker, the Discord shards' process, the command registration, and the bundled modules' twins, whose files the bundles
 * still find.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build, type Plugin } from 'esbuild';

/**
 * The packages bundled: pure JavaScript that the CLI's start imports, with no native code and no file of their own
 * found by path. Every other package stays an import of node_modules: better-sqlite3's native binding, wink and chrono
 * (the core `require`s them on first use, which a bundler cannot follow), pg and the platforms' SDKs.
 */
const BUNDLED_PACKAGES = new Set(['zod', 'yaml', 'stemmer', 'fastest-levenshtein']);

/** The name of the package a bare specifier imports ('@scope/name/sub' → '@scope/name'), or undefined for a path or a builtin. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Keeps every package outside BUNDLED_PACKAGES external (imported from node_modules at run time). */
const onlyListedPackages: Plugin = {
  name: 'only-listed-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      const name = packageOf(args.path);
      return name && !BUNDLED_PACKAGES.has(name) ? { path: args.path, external: true } : undefined;
    });
  },
};

/**
 * Each bundled module of dist/ keeps its own place: `import.meta.url` and `import.meta.dirname` become those of its
 * compiled twin, so the core's code hash, the lexicon, the store's migrations and the worker's script are found where
 * the unbundled modules find them (and the CLI and the service hash the same core, sharing one analysis store). The
 * bundle is written into dist/ itself, so its `__dirname` joined with a path relative to dist/ names the twin.
 */
function ownPlaces(dist: string): Plugin {
  return {
    name: 'own-places',
    setup(b) {
      b.onLoad({ filter: /\.js$/ }, (args) => {
        if (!args.path.startsWith(dist + sep)) return undefined;
        const text = readFileSync(args.path, 'utf8');
        const other = /import\.meta(?!\.(?:url|dirname)\b)/.exec(text);
        if (other) throw new Error(`${args.path}: import.meta used other than as .url or .dirname, which the bundle cannot keep`);
        const twin = JSON.stringify(relative(dist, args.path).split(sep).join('/'));
        return { contents: text.replaceAll('import.meta.url', `__twinUrl(${twin})`).replaceAll('import.meta.dirname', `__twinDirname(${twin})`), loader: 'js' };
      });
    },
  };
}

// The twins' places, from the bundle's own folder.
const BANNER = [
  "const __twinUrl = (twin) => require('node:url').pathToFileURL(require('node:path').join(__dirname, twin)).href;",
  "const __twinDirname = (twin) => require('node:path').dirname(require('node:path').join(__dirname, twin));",
].join('\n');

/** The entries bundled, each in its own file: dist/<entry>.js runs dist/<entry>.bundle.cjs. */
const ENTRIES = ['cli', 'main'] as const;

/**
 * Bundles each entry of `<dist>` (tsc's output) into `<dist>/<entry>.bundle.cjs` and puts scripts/compiled-entry.js in
 * its place to run it, then makes the CLI's code cache with one run of the CLI: a digest of the configured set (every
 * step of a brief, and the analysis), over a store of its own. A run that fails leaves no cache, and the CLI compiles as
 * it starts. The service has no cache: it starts once a deploy, under its image's V8 flags, and compiles as it starts.
 */
export async function bundleCli(distFolder: string): Promise<void> {
  const dist = resolve(distFolder);
  for (const entry of ENTRIES) await bundleEntry(dist, entry);
  const scratch = mkdtempSync(join(tmpdir(), 'briefbot-code-cache-'));
  try {
    const { DATABASE_URL: _, ...env } = process.env;
    const run = spawnSync(process.execPath, [join(dist, 'cli.js'), 'digest'], {
      encoding: 'utf8',
      env: { ...env, BRIEFBOT_WRITE_CODE_CACHE: '1', BRIEFBOT_ANALYSIS_PATH: join(scratch, 'analyses.sqlite') },
    });
    if (run.status !== 0) {
      rmSync(join(dist, 'cli.bundle.cjs.cache'), { force: true });
      console.warn(`bundle-cli: the code cache's run failed (exit ${run.status}); the CLI will compile as it starts:\n${run.stderr.slice(0, 500)}`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** `<dist>/<entry>.js` bundled into `<dist>/<entry>.bundle.cjs`, and the runner, exporting what the entry exports, in its place. */
async function bundleEntry(dist: string, entry: (typeof ENTRIES)[number]): Promise<void> {
  const source = join(dist, `${entry}.js`);
  const bundle = join(dist, `${entry}.bundle.cjs`);
  rmSync(`${bundle}.cache`, { force: true });
  const options: BuildOptions = {
    entryPoints: [source],
    bundle: true,
    platform: 'node',
    target: 'node20',
    plugins: [onlyListedPackages, ownPlaces(dist)],
    logLevel: 'warning',
  };
  await build({
    ...options,
    outfile: bundle,
    // Modules reached only through `import()` are inlined but initialised (and their packages required) when imported.
    format: 'cjs',
    banner: { js: BANNER },
  });
  // A CommonJS bundle names no exports: the same entry read as ES modules (not written) says which the runner passes on.
  const read = await build({ ...options, format: 'esm', write: false, metafile: true, outdir: dist });
  const exported = Object.values(read.metafile?.outputs ?? {}).flatMap((output) => output.exports);
  const runner = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'compiled-entry.js'), 'utf8');
  writeFileSync(source, `${runner}${exported.length ? `export const { ${exported.join(', ')} } = module.exports;\n` : ''}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await bundleCli(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'dist'));
}
