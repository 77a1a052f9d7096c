/**
 * `npm run bench -- --pathological [--max-mb 5]`: /brief over hostile documents (tests/core/pathological-inputs.ts)
 * of up to --max-mb megabytes each, one document and a short ordinary one per set. For each: the time
 * to index it, the first and a warm /brief, and the longest the event loop was held (what a /healthz
 * probe waits at worst while it happens). Goal: /brief < 1 s; a stall past 1 s misses a 1 s probe.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { table } from '../eval/report.js';
import { createLibrary } from '../src/core/library/open-folder.js';
import { PATHOLOGICAL } from '../tests/core/pathological-inputs.js';

const MB = 1024 * 1024;
const BRIEF_GOAL_MS = 1000;
const PROBE_TIMEOUT_MS = 1000;

export async function runPathologicalBench(maxMb: number): Promise<number> {
  const rows: string[][] = [];
  let failures = 0;
  for (const [name, make] of Object.entries(PATHOLOGICAL)) {
    let n = 1;
    while (make(2 * n).length <= maxMb * MB) n *= 2;
    const text = `${make(n)}\n\nThe harbour board met on Monday to discuss the port and its cranes.\n`;
    const stalls = monitorEventLoopDelay({ resolution: 10 });
    stalls.enable();
    // Let the monitor see the loop turn before the synchronous work starts.
    await new Promise((next) => setTimeout(next, 20));
    let t = performance.now();
    const library = createLibrary('pathological', [
      { id: 'hostile.txt', text },
      { id: 'port.txt', text: 'The harbour cranes stood idle on Tuesday, the port said.\n' },
    ]);
    const indexMs = performance.now() - t;
    t = performance.now();
    const first = library.brief('harbour cranes');
    const firstMs = performance.now() - t;
    t = performance.now();
    library.brief('harbour cranes');
    const warmMs = performance.now() - t;
    await new Promise((next) => setTimeout(next, 20));
    stalls.disable();
    const stallMs = stalls.max / 1e6;
    const briefOk = first.ok && Math.max(firstMs, warmMs) < BRIEF_GOAL_MS;
    if (!briefOk) failures++;
    rows.push([
      name,
      (text.length / MB).toFixed(2),
      (indexMs / 1000).toFixed(2),
      firstMs.toFixed(0),
      warmMs.toFixed(1),
      (stallMs / 1000).toFixed(2),
      `${briefOk ? '✓' : '✗'}${stallMs > PROBE_TIMEOUT_MS ? ' (probe missed while indexing)' : ''}`,
    ]);
    process.stderr.write(`${name}: done\n`);
  }
  console.log(`\n/brief over hostile documents (up to ${maxMb} MB each), goal /brief < ${BRIEF_GOAL_MS} ms:\n`);
  console.log(table(['document', 'MB', 'index s', 'first /brief ms', 'warm /brief ms', 'longest stall s', 'verdict'], rows));
  return failures ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--max-mb');
  process.exitCode = await runPathologicalBench(at > 0 ? Number(process.argv[at + 1]) : 5);
}
