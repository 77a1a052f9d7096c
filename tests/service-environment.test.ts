import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The service's threads share two malloc arenas (docs/quality.md, "Issue 17, twenty-eighth round (17mem2)"): with one
 * arena a thread, the pages a first index's four analysis workers freed stayed resident after they ended.
 */
const startScript: string = JSON.parse(readFileSync('package.json', 'utf8')).scripts.start;
const dockerfile = readFileSync('Dockerfile', 'utf8');

/** The variables `npm start` sets before `node`. */
function startEnvironment(): Record<string, string> {
  const head = startScript.slice(0, startScript.indexOf('node '));
  return Object.fromEntries(head.match(/\w+=\S+/g)?.map((pair) => pair.split('=') as [string, string]) ?? []);
}

/** Worker threads that each malloc and end, then the process counts glibc's thread arenas (64 MiB aligned heaps). */
const workersThenArenas = `
const { readFileSync } = require('node:fs');
const { Worker } = require('node:worker_threads');
const ARENA = 64n * 2n ** 20n;
const code = "const { parentPort } = require('node:worker_threads'); const kept = []; for (let i = 0; i < 64; i++) kept.push(Buffer.alloc(32 * 1024)); parentPort.postMessage(kept.length);";
Promise.all(Array.from({ length: 4 }, () => new Promise((done) => { const w = new Worker(code, { eval: true }); w.once('message', () => w.terminate().then(done)); }))).then(() => {
  const maps = readFileSync('/proc/self/maps', 'utf8').trim().split('\\n').map((line) => {
    const [range, perms, , , inode, path] = line.split(/\\s+/);
    const [start, end] = range.split('-').map((x) => BigInt('0x' + x));
    return { start, end, perms, anon: inode === '0' && !path };
  });
  let arenas = 0;
  maps.forEach((m, i) => {
    if (!m.anon || !m.perms.startsWith('rw') || m.start % ARENA !== 0n) return;
    const next = maps[i + 1];
    const reserved = next && next.start === m.end && next.perms.startsWith('---') ? next.end - next.start : 0n;
    if (m.end - m.start + reserved === ARENA) arenas++;
  });
  console.log(arenas);
});`;

function threadArenasAfterWorkers(env: Record<string, string>): number {
  const { MALLOC_ARENA_MAX: _, ...inherited } = process.env;
  const child = spawnSync(process.execPath, ['-e', workersThenArenas], { env: { ...inherited, ...env }, encoding: 'utf8' });
  return Number(child.stdout.trim());
}

/** musl and other libcs have no such arenas. */
function isGlibc(): boolean {
  const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
  return header?.glibcVersionRuntime !== undefined;
}

describe('the service’s environment', () => {
  it('npm start and the Docker image both start the service with two malloc arenas', () => {
    expect(startEnvironment()).toEqual({ MALLOC_ARENA_MAX: '2' });
    expect(dockerfile).toMatch(/^ENV MALLOC_ARENA_MAX=2$/m);
    // ENV before CMD: the variable is in the environment the command starts with.
    expect(dockerfile.indexOf('ENV MALLOC_ARENA_MAX=2')).toBeLessThan(dockerfile.indexOf('CMD ["node"'));
  });

  it.runIf(process.platform === 'linux' && existsSync('/proc/self/maps') && isGlibc())('started so, worker threads that allocated and ended leave one thread arena, not one each', () => {
    expect(threadArenasAfterWorkers(startEnvironment())).toBe(1);
    // The same workers without it: an arena each (glibc allows eight a core), which is what the setting prevents.
    expect(threadArenasAfterWorkers({})).toBeGreaterThanOrEqual(2);
  });
});
