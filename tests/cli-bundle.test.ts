import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli } from '../scripts/bundle-cli.js';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'briefbot-bundle-'));
const dist = join(dir, 'dist');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A loader hook that names every ES module the process loads, on stderr; and, as it exits, how many of wink's model and
// reader files it required (a require passes no ESM hook on Node 20).
writeFileSync(join(dir, 'hooks.mjs'), `export async function load(url, context, next) { const r = await next(url, context); process.stderr.write('LOADED ' + url + '\\n'); return r; }\n`);
writeFileSync(
  join(dir, 'register.mjs'),
  `import { register, createRequire } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\nconst require = createRequire(import.meta.url);\nprocess.on('exit', () => process.stderr.write('WINK FILES ' + Object.keys(require.cache).filter((f) => /[\\\\/]wink-eng-lite-web-model[\\\\/]/.test(f)).length + '\\n'));\n`,
);

const BRIEF = ['brief', 'security-guarantees', '--set', 'ukraine-peace-talks', '--format', 'json'];

/** `node <entry> …args` from the checkout (its config and briefings), over the analysis store `store`. */
function run(entry: string, store: string, ...args: string[]) {
  return runWith({}, entry, store, ...args);
}

/** The same, with `more` in its environment. */
function runWith(more: Record<string, string>, entry: string, store: string, ...args: string[]) {
  const { DATABASE_URL: _, ...env } = process.env;
  const out = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, entry, ...args], { cwd: root, encoding: 'utf8', env: { ...env, BRIEFBOT_ANALYSIS_PATH: store, ...more } });
  const loaded = out.stderr.split('\n').filter((line) => line.startsWith('LOADED file:'));
  return { status: out.status, stdout: out.stdout, stderr: out.stderr, loaded, winkFiles: Number(/WINK FILES (\d+)/.exec(out.stderr)?.[1] ?? Number.NaN) };
}

const withoutTime = (json: string) => ({ ...JSON.parse(json), generatedAt: undefined });

// Compiled as `npm run compile` does, into a folder of its own that sees the checkout's packages and lexicon as dist/ does.
beforeAll(async () => {
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  symlinkSync(join(root, 'lexicon'), join(dir, 'lexicon'));
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json'), '--outDir', dist], { encoding: 'utf8' });
  expect(tsc.status, tsc.stdout).toBe(0);
  cpSync(join(root, 'src/store/migrations'), join(dist, 'store/migrations'), { recursive: true });
  // The modules' CLI, kept to compare: what dist/cli.js was before the bundle replaced it, run as bin/briefbot.js runs it.
  cpSync(join(dist, 'cli.js'), join(dist, 'cli-modules.js'));
  writeFileSync(join(dist, 'cli-modules-run.js'), "const { runCli } = await import('./cli-modules.js');\nprocess.exitCode = await runCli(process.argv.slice(2));\n");
  // The service's modules, kept the same way (it runs itself when it is the file node was given).
  cpSync(join(dist, 'main.js'), join(dist, 'main-modules.js'));
  await bundleCli(dist);
}, 300_000);

describe('the compiled service, bundled as the CLI is', () => {
  it('starts from one module of our code, and refuses to start without a platform as the unbundled modules do', () => {
    // No .env read, no terminal (spawnSync's stdin is a pipe): nothing to start, as the image's CI step runs it.
    const env = { BRIEFBOT_ENV_FILE: '' };
    const modules = runWith(env, join(dist, 'main-modules.js'), join(dir, 'service', 'analyses.sqlite'));
    const bundled = runWith(env, join(dist, 'main.js'), join(dir, 'service', 'analyses.sqlite'));
    for (const r of [modules, bundled]) {
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain('No chat platform is configured');
    }
    const said = (stderr: string) => stderr.split('\n').filter((line) => !line.startsWith('LOADED ') && !line.startsWith('WINK FILES'));
    expect(said(bundled.stderr)).toEqual(said(modules.stderr));
    const ours = (loaded: string[]) => loaded.filter((line) => line.includes(pathToFileURL(dist).href));
    expect(ours(modules.loaded).length).toBeGreaterThan(100);
    expect(ours(bundled.loaded)).toEqual([expect.stringContaining(pathToFileURL(join(dist, 'main.js')).href)]);
  }, 120_000);
});

describe('the compiled CLI, bundled', () => {
  it('starts from one module of our code, and answers the seed brief as the unbundled modules do', () => {
    const modules = run(join(dist, 'cli-modules-run.js'), join(dir, 'modules', 'analyses.sqlite'), ...BRIEF);
    const bundled = run(join(dist, 'cli.js'), join(dir, 'bundled', 'analyses.sqlite'), ...BRIEF);
    expect(modules.status, modules.stderr).toBe(0);
    expect(bundled.status, bundled.stderr).toBe(0);
    expect(withoutTime(bundled.stdout)).toEqual(withoutTime(modules.stdout));
    const ours = (loaded: string[]) => loaded.filter((line) => line.includes(pathToFileURL(dist).href));
    expect(ours(modules.loaded).length).toBeGreaterThan(100);
    // dist/cli.js alone: it reads the bundle and its code cache as files, not as modules.
    expect(ours(bundled.loaded).length).toBe(1);
    expect(bundled.stderr).not.toMatch(/briefbot:/);
    expect(bundled.loaded.filter((line) => /\/node_modules\/(zod|yaml)\//.test(line))).toEqual([]);
  }, 120_000);

  it('reads back the analyses the unbundled modules stored: both hash the same core, as the CLI and the service share a store', () => {
    const store = join(dir, 'shared', 'analyses.sqlite');
    const first = run(join(dist, 'cli-modules-run.js'), store, 'topics', '--set', 'ukraine-peace-talks');
    expect(first.status, first.stderr).toBe(0);
    expect(first.winkFiles).toBeGreaterThan(0);
    const next = run(join(dist, 'cli.js'), store, 'topics', '--set', 'ukraine-peace-talks');
    expect(next.status, next.stderr).toBe(0);
    expect(next.stdout).toBe(first.stdout);
    expect(next.winkFiles).toBe(0);
  }, 120_000);

  it('answers the same from a damaged code cache, saying so in one line, and says nothing without one', () => {
    const store = join(dir, 'cache', 'analyses.sqlite');
    const cache = join(dist, 'cli.bundle.cjs.cache');
    expect(existsSync(cache)).toBe(true);
    const good = run(join(dist, 'cli.js'), store, ...BRIEF);
    const bytes = readFileSync(cache);
    writeFileSync(cache, Buffer.concat([bytes.subarray(0, 64), Buffer.alloc(bytes.length - 64, 7)]));
    const damaged = run(join(dist, 'cli.js'), store, ...BRIEF);
    rmSync(cache);
    const none = run(join(dist, 'cli.js'), store, ...BRIEF);
    for (const r of [good, damaged, none]) expect(r.status, r.stderr).toBe(0);
    expect(withoutTime(damaged.stdout)).toEqual(withoutTime(good.stdout));
    expect(withoutTime(none.stdout)).toEqual(withoutTime(good.stdout));
    expect(damaged.stderr.split('\n').filter((line) => line.startsWith('briefbot:'))).toEqual([expect.stringContaining('cli.bundle.cjs.cache')]);
    expect(none.stderr).not.toMatch(/briefbot:/);
  }, 120_000);
});
