import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../src/cli.js';

// docs/quality.md, "Issue 17, twenty-third round (17seed3)": the CLI keeps the topic briefings it composed for its next
// run, and a run that answers once works out no sentence readings in the background.

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'briefbot-cli-briefings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Preloaded into the CLI's process: names, as it exits, how many files of wink's model and reader and of chrono it loaded —
// what composing a briefing loads, and a briefing read back does not.
const report = join(dir, 'report.cjs');
const WINK_FILE = String.raw`/[\\/]wink-eng-lite-web-model[\\/]|[\\/]wink-nlp[\\/]src[\\/]wink-nlp\.js$/`;
const CHRONO_FILE = String.raw`/[\\/]chrono-node[\\/]/`;
writeFileSync(
  report,
  `process.on('exit', () => { const files = Object.keys(require.cache); process.stderr.write('WINK FILES ' + files.filter((f) => ${WINK_FILE}.test(f)).length + ' CHRONO FILES ' + files.filter((f) => ${CHRONO_FILE}.test(f)).length + '\\n'); });\n`,
);

/** The CLI from source in a new process over the seed set, keeping its analyses where a deploy's environment names them. */
function cli(store: string, ...args: string[]): { status: number | null; json: unknown; winkFiles: number; chronoFiles: number; stdout: string } {
  const run = spawnSync(process.execPath, ['--require', report, '--import', 'tsx', 'src/cli.ts', ...args, '--set', 'ukraine-peace-talks'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, BRIEFBOT_ANALYSIS_PATH: store },
  });
  const json = args.includes('json') && run.status === 0 ? { ...JSON.parse(run.stdout), generatedAt: null } : undefined;
  return {
    status: run.status,
    json,
    stdout: run.stdout,
    winkFiles: Number(/WINK FILES (\d+)/.exec(run.stderr)?.[1] ?? Number.NaN),
    chronoFiles: Number(/CHRONO FILES (\d+)/.exec(run.stderr)?.[1] ?? Number.NaN),
  };
}

describe('the CLI keeps the topic briefings it composed for its next run', () => {
  it('a topic asked again is answered the same without composing it: neither wink nor chrono is loaded', () => {
    const store = join(dir, 'deploy', 'analyses.sqlite');
    const first = cli(store, 'brief', 'security-guarantees', '--format', 'json');
    expect(first.status).toBe(0);
    expect(first.winkFiles).toBeGreaterThan(0);
    expect(first.chronoFiles).toBeGreaterThan(0);

    const again = cli(store, 'brief', 'security-guarantees', '--format', 'json');
    expect(again.status).toBe(0);
    expect(again.json).toEqual(first.json);
    expect(again.winkFiles).toBe(0);
    expect(again.chronoFiles).toBe(0);

    // Another topic is composed (and kept with the first); the first is still read back after it, in any format.
    const other = cli(store, 'brief', 'ceasefire', '--format', 'json');
    expect(other.status).toBe(0);
    expect(other.winkFiles).toBeGreaterThan(0);
    const firstAgain = cli(store, 'brief', 'security-guarantees', '--format', 'text');
    expect(firstAgain.status).toBe(0);
    expect(firstAgain.stdout).toMatch(/^Briefing: Security guarantees/);
    expect(firstAgain.winkFiles).toBe(0);
    const otherAgain = cli(store, 'brief', 'ceasefire', '--format', 'json');
    expect(otherAgain.json).toEqual(other.json);
    expect(otherAgain.winkFiles).toBe(0);
  }, 180_000);

  it('a run without a store composes every time', () => {
    const store = join(dir, 'unused', 'analyses.sqlite');
    const first = cli(store, 'brief', 'security-guarantees', '--format', 'json', '--no-cache');
    const again = cli(store, 'brief', 'security-guarantees', '--format', 'json', '--no-cache');
    expect(again.json).toEqual(first.json);
    expect(again.winkFiles).toBeGreaterThan(0);
  }, 120_000);
});

// Every comparison of two sentences for near copies goes through similarity.ts, and the background preparation compares
// each text with its neighbours (prepare-set.ts): counting them tells whether it ran.
const compared = vi.hoisted(() => ({ count: 0 }));
vi.mock('../src/core/index/similarity.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/core/index/similarity.js')>();
  return {
    ...original,
    sentenceSimilarity: (...args: Parameters<typeof original.sentenceSimilarity>) => {
      compared.count++;
      return original.sentenceSimilarity(...args);
    },
  };
});

const ignored = () =>
  new Writable({
    write(_chunk, _e, done) {
      done();
    },
  });

describe('a CLI run answers once and ends', () => {
  it('compares no sentences after its answer, and none at all when the answer is read back', async () => {
    const before = process.env.BRIEFBOT_ANALYSIS_PATH;
    process.env.BRIEFBOT_ANALYSIS_PATH = join(dir, 'once', 'analyses.sqlite');
    const settle = () => new Promise((done) => setTimeout(done, 300));
    try {
      const args = ['brief', 'security-guarantees', '--format', 'json', '--set', 'ukraine-peace-talks'];
      expect(await runCli(args, ignored(), ignored())).toBe(0);
      const answered = compared.count;
      await settle();
      expect(compared.count).toBe(answered);

      compared.count = 0;
      expect(await runCli(args, ignored(), ignored())).toBe(0);
      await settle();
      expect(compared.count).toBe(0);
    } finally {
      if (before === undefined) delete process.env.BRIEFBOT_ANALYSIS_PATH;
      else process.env.BRIEFBOT_ANALYSIS_PATH = before;
    }
  }, 120_000);
});
