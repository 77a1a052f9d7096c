/**
 * Instructions a script's marked parts execute, counted by valgrind's callgrind, a measure the machine's load cannot move
 * (docs/quality.md, "Issue 17, twenty-third round (17count)"):
 *   npx tsx bench/instructions.ts [--out <dir>] <script.ts> [script args…]
 * The script (run by node through tsx) calls `markPart(label)` (bench/instruction-mark.ts) after its setup and after each
 * part it wants counted; each mark dumps what ran since the previous one. Prints one JSON line: every dump's label and
 * instructions in order, then the rest of the run ("Program termination"). Node runs with no background threads and
 * fixed seeds (`--single-threaded --predictable`); V8's code is rewritten in place, hence `--smc-check=all-non-file`. About
 * 60× slower than a plain run, whatever the load. What repeats (docs/quality.md, "Issue 17, twenty-third round (17count)"):
 * a whole job's count to within 0.3–0.7% from one run to the next; not the split of a job between two marks (a collection
 * can land on either side: 4–5%), and not a run whose setup differs (tsx compiling changed files on its first run moved a
 * worker's count by 5%: run each code once unmeasured first). Work on a timer (the set's background preparation) makes a
 * count depend on the machine's speed: switch it off or wait for it. A part includes one mark's cost (1–2 million
 * instructions). Needs valgrind (apt's `valgrind`) on PATH.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type CallgrindDump, parseCallgrindDump } from './callgrind-dump.js';

export const NODE_FLAGS = ['--single-threaded', '--predictable', '--random-seed=1', '--hash-seed=1', '--max-semi-space-size=32'];

/** The dumps of one run (files `cg.<pid>`, `cg.<pid>.1`, …) in the order they were made: numbered ones first, the final one last. */
export function readDumps(dir: string, pid: number): CallgrindDump[] {
  const files = readdirSync(dir).filter((f) => f === `cg.${pid}` || f.startsWith(`cg.${pid}.`));
  const order = (f: string) => (f === `cg.${pid}` ? Number.POSITIVE_INFINITY : Number(f.slice(`cg.${pid}.`.length)));
  return files
    .sort((a, b) => order(a) - order(b))
    .map((f) => parseCallgrindDump(readFileSync(join(dir, f), 'utf8')))
    .filter((d): d is CallgrindDump => d !== undefined);
}

function main(): void {
  const { values, positionals } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true, strict: false });
  const [script, ...rest] = positionals;
  if (!script) throw new Error('usage: tsx bench/instructions.ts [--out <dir>] <script.ts> [args…]');
  const dir = typeof values.out === 'string' ? values.out : mkdtempSync(join(tmpdir(), 'briefbot-callgrind-'));
  mkdirSync(dir, { recursive: true });
  const valgrind = ['--tool=callgrind', '--smc-check=all-non-file', `--callgrind-out-file=${join(dir, 'cg.%p')}`];
  const run = spawnSync('valgrind', [...valgrind, process.execPath, ...NODE_FLAGS, '--import', 'tsx', script, ...rest], {
    env: { ...process.env, BRIEFBOT_CALLGRIND: '1' },
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  const pid = Number(/^==(\d+)==/m.exec(run.stderr ?? '')?.[1]);
  if (run.status !== 0 || !pid) throw new Error(`valgrind exited ${run.status}: ${(run.stderr ?? '').slice(-2000)}`);
  const parts = readDumps(dir, pid).map((d) => ({ label: d.label ?? d.trigger, instructions: d.instructions }));
  console.log(JSON.stringify({ dir, pid, parts }));
}

if (import.meta.url === `file://${process.argv[1]}`) main();
