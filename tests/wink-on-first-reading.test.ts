import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
  const run = spawnSync(process.execPath, ['--require', report, '--import', 'tsx', 'src/cli.ts', ...args, '--set', 'ukraine-peace-talks', '--cache', store], { cwd: root, encoding: 'utf8' });
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
