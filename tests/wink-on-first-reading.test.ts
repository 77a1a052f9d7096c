import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'briefbot-wink-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Preloaded into the CLI's process: names, as it exits, how many files of wink's model and of its reader (wink-nlp's entry,
// which builds an instance from the model) it loaded. wink's accessors (`its`, a few small files) are not counted.
const report = join(dir, 'report.cjs');
const WINK_FILE = String.raw`/[\\/]wink-eng-lite-web-model[\\/]|[\\/]wink-nlp[\\/]src[\\/]wink-nlp\.js$/`;
writeFileSync(report, `process.on('exit', () => process.stderr.write('WINK FILES ' + Object.keys(require.cache).filter((f) => ${WINK_FILE}.test(f)).length + '\\n'));\n`);
const store = join(dir, 'analyses.sqlite');

function cli(...args: string[]): { status: number | null; stdout: string; winkFiles: number } {
  return cliWith({}, ...args, '--cache', store);
}

/** The CLI from source in a new process over the seed set, with these environment variables besides the test's. */
function cliWith(env: Record<string, string>, ...args: string[]): { status: number | null; stdout: string; winkFiles: number } {
  const run = spawnSync(process.execPath, ['--require', report, '--import', 'tsx', 'src/cli.ts', ...args, '--set', 'ukraine-peace-talks'], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: run.status, stdout: run.stdout, winkFiles: Number(/WINK FILES (\d+)/.exec(run.stderr)?.[1] ?? Number.NaN) };
}

describe("wink's model is loaded on the first reading", () => {
  it('a restart that lists the topics of a stored set loads no model; a brief after it loads it and answers', () => {
    const first = cli('topics');
    expect(first.status).toBe(0);
    // The first run analysed the set: it read text.
    expect(first.winkFiles).toBeGreaterThan(0);

    const restart = cli('topics');
    expect(restart.status).toBe(0);
    expect(restart.stdout).toBe(first.stdout);
    expect(restart.winkFiles).toBe(0);

    const brief = cli('brief', 'security-guarantees', '--format', 'json');
    expect(brief.status).toBe(0);
    expect(JSON.parse(brief.stdout).sources.length).toBeGreaterThan(0);
    expect(brief.winkFiles).toBeGreaterThan(0);
  }, 120_000);
});

// A user running `briefbot` twice, or a deploy's next start, reads the analyses the service's store holds: the same file
// the bot keeps (named here by the environment, as a deploy names it), with no --cache.
describe("the CLI keeps analyses in the service's store", () => {
  it('a second run reads the analyses the first stored, and answers the same without reading text', () => {
    const env = { BRIEFBOT_ANALYSIS_PATH: join(dir, 'deploy', 'analyses.sqlite') };
    const first = cliWith(env, 'topics');
    expect(first.status).toBe(0);
    expect(first.winkFiles).toBeGreaterThan(0);
    expect(existsSync(env.BRIEFBOT_ANALYSIS_PATH)).toBe(true);

    const second = cliWith(env, 'topics');
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(second.winkFiles).toBe(0);
  }, 120_000);

  it('--no-cache analyses the set and keeps nothing', () => {
    const env = { BRIEFBOT_ANALYSIS_PATH: join(dir, 'unused', 'analyses.sqlite') };
    const run = cliWith(env, 'topics', '--no-cache');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Topics in ukraine-peace-talks/);
    expect(run.winkFiles).toBeGreaterThan(0);
    expect(existsSync(env.BRIEFBOT_ANALYSIS_PATH)).toBe(false);
  }, 120_000);
});
