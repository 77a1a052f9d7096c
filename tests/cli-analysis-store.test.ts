import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { BriefingSchema } from '../src/core/briefing.js';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'briefbot-cli-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Preloaded into the CLI's process: how many files of wink's model and reader it loaded. A `topics` that loads none
// read no text, so it analysed nothing: it read the set's stored analyses back.
const report = join(dir, 'report.cjs');
const WINK_FILE = String.raw`/[\\/]wink-eng-lite-web-model[\\/]|[\\/]wink-nlp[\\/]src[\\/]wink-nlp\.js$/`;
writeFileSync(report, `process.on('exit', () => process.stderr.write('WINK FILES ' + Object.keys(require.cache).filter((f) => ${WINK_FILE}.test(f)).length + '\\n'));\n`);

/** The CLI from source in a new process, the service's analysis store named by the environment as a deploy names it. */
function cli(store: string, ...args: string[]): { status: number | null; stdout: string; stderr: string; winkFiles: number } {
  const run = spawnSync(process.execPath, ['--require', report, '--import', 'tsx', 'src/cli.ts', ...args, '--set', 'ukraine-peace-talks'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, BRIEFBOT_ANALYSIS_PATH: store },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, winkFiles: Number(/WINK FILES (\d+)/.exec(run.stderr)?.[1] ?? Number.NaN) };
}

function capture() {
  let text = '';
  const stream = new Writable({
    write(chunk, _e, done) {
      text += chunk;
      done();
    },
  });
  return { stream: stream as NodeJS.WritableStream, text: () => text };
}

/** runCli in this process with BRIEFBOT_ANALYSIS_PATH set to `store`. */
async function inProcess(store: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const before = process.env.BRIEFBOT_ANALYSIS_PATH;
  process.env.BRIEFBOT_ANALYSIS_PATH = store;
  const out = capture();
  const err = capture();
  try {
    const code = await runCli([...args, '--set', 'ukraine-peace-talks'], out.stream, err.stream);
    return { code, out: out.text(), err: err.text() };
  } finally {
    if (before === undefined) delete process.env.BRIEFBOT_ANALYSIS_PATH;
    else process.env.BRIEFBOT_ANALYSIS_PATH = before;
  }
}

describe("the CLI keeps analyses in the service's store", () => {
  it('a second run reads the analyses the first stored, without --cache, and answers the same', () => {
    const store = join(dir, 'deploy', 'analyses.sqlite');
    const first = cli(store, 'topics');
    expect(first.status).toBe(0);
    expect(first.winkFiles).toBeGreaterThan(0);
    expect(existsSync(store)).toBe(true);

    const second = cli(store, 'topics');
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(second.winkFiles).toBe(0);
  }, 120_000);

  it('--no-cache analyses the set and keeps nothing', () => {
    const store = join(dir, 'unused', 'analyses.sqlite');
    const run = cli(store, 'topics', '--no-cache');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Topics in ukraine-peace-talks/);
    expect(run.winkFiles).toBeGreaterThan(0);
    expect(existsSync(store)).toBe(false);
  }, 120_000);

  it('a store that cannot be opened is told on stderr once, and the briefing still comes', async () => {
    // A store inside what is a file, not a folder: no run can make it, whoever runs it.
    const file = join(dir, 'a-file');
    writeFileSync(file, 'not a folder');
    const run = await inProcess(join(file, 'analyses.sqlite'), ['brief', 'security-guarantees', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(BriefingSchema.parse(JSON.parse(run.out)).topic.slug).toBe('security-guarantees');
    expect(run.err.trim().split('\n')).toHaveLength(1);
    expect(run.err).toContain('the analysis store cannot be opened');
    expect(run.err).toContain(file);
  });

  it('a damaged store is told once, set aside and started afresh, and the next run reads it', async () => {
    const folder = join(dir, 'damaged');
    mkdirSync(folder);
    const store = join(folder, 'analyses.sqlite');
    writeFileSync(store, 'these bytes are not a SQLite database, whatever their length may be');
    const run = await inProcess(store, ['brief', 'security-guarantees', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(BriefingSchema.parse(JSON.parse(run.out)).topic.slug).toBe('security-guarantees');
    expect(run.err.trim().split('\n')).toHaveLength(1);
    expect(run.err).toContain(store);
    expect(existsSync(`${store}.corrupt`)).toBe(true);

    const next = await inProcess(store, ['brief', 'security-guarantees', '--format', 'json']);
    expect(next.code).toBe(0);
    expect(next.err).toBe('');
    const withoutTime = (text: string) => ({ ...JSON.parse(text), generatedAt: null });
    expect(withoutTime(next.out)).toEqual(withoutTime(run.out));
  });
});
