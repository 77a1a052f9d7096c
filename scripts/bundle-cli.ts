/**
 * `npx tsx scripts/bundle-cli.ts [dist]` (the last step of `npm run compile`): replaces the compiled `dist/cli.js` with
 * one esbuild bundle of it, so a `briefbot …` start reads one file instead of ~240 ES modules and yaml's 72 CommonJS
 * files; on Node 20 (no compile cache) resolving, reading and compiling them was a quarter of the seed start's CPU
 * (docs/quality.md, "twenty-second round (17seed2)"). Every other compiled module stays in dist/ as tsc wrote it:
 * the service (dist/main.js), the analysis worker, and the bundled modules' twins, whose files the bundle still finds.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

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
 * bundle and its chunks are written into dist/ itself, so a path relative to dist/ resolves from any of them.
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
        const twin = `./${relative(dist, args.path).split(sep).join('/')}`;
        const url = `new URL(${JSON.stringify(twin)}, import.meta.url).href`;
        return { contents: text.replaceAll('import.meta.url', url).replaceAll('import.meta.dirname', `__twinDirname(${url})`), loader: 'js' };
      });
    },
  };
}

// `require` for the bundled CommonJS packages (yaml requires Node's own modules), and the twins' folders.
const BANNER = [
  "import { createRequire as __createRequire } from 'node:module';",
  "import { dirname as __dirnameOf } from 'node:path';",
  "import { fileURLToPath as __fileURLToPath } from 'node:url';",
  'const require = __createRequire(import.meta.url);',
  'const __twinDirname = (url) => __dirnameOf(__fileURLToPath(url));',
].join('\n');

const CHUNK_PREFIX = 'cli-chunk-';

/** Bundles `<dist>/cli.js` (tsc's output) in place; modules reached only through `import()` become chunks beside it. */
export async function bundleCli(distFolder: string): Promise<void> {
  const dist = resolve(distFolder);
  for (const file of readdirSync(dist)) if (file.startsWith(CHUNK_PREFIX)) rmSync(join(dist, file));
  await build({
    entryPoints: [join(dist, 'cli.js')],
    outdir: dist,
    entryNames: '[name]',
    chunkNames: `${CHUNK_PREFIX}[hash]`,
    allowOverwrite: true,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    banner: { js: BANNER },
    plugins: [onlyListedPackages, ownPlaces(dist)],
    logLevel: 'warning',
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await bundleCli(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'dist'));
}
