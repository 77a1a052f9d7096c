import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A real briefbot process (`node --import tsx src/main.ts`), its output kept for the test to read. */
export interface ServiceProcess {
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** stdout's JSON log lines so far. */
  logLines(): Record<string, unknown>[];
  /** Resolves with the first log line that matches, as soon as it is written. */
  waitForLog(match: (line: Record<string, unknown>) => boolean, what: string): Promise<Record<string, unknown>>;
  /** The exit code (or the signal's name). */
  exited: Promise<number | string>;
}

/** Only what the test gives: no token from the developer's shell can leak in. */
export function spawnService(env: Record<string, string>): ServiceProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: process.cwd(),
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', BRIEFBOT_ENV_FILE: '', LOG_FORMAT: 'json', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let stdout = '';
  const waiters = new Set<() => void>();
  const onData = (chunk: Buffer, isStdout: boolean) => {
    out += chunk.toString('utf8');
    if (isStdout) stdout += chunk.toString('utf8');
    for (const wake of waiters) wake();
  };
  child.stdout!.on('data', (chunk: Buffer) => onData(chunk, true));
  child.stderr!.on('data', (chunk: Buffer) => onData(chunk, false));
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => {
      resolve(code ?? signal ?? 'unknown');
      for (const wake of waiters) wake();
    });
  });
  let done = false;
  void exited.then(() => (done = true));

  const logLines = () =>
    stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  return {
    child,
    output: () => out,
    logLines,
    exited,
    waitForLog(match, what) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = logLines().find(match);
          if (found) {
            waiters.delete(check);
            resolve(found);
          } else if (done) {
            waiters.delete(check);
            reject(new Error(`briefbot exited before logging ${what}. Output:\n${out.slice(-4000)}`));
          }
        };
        waiters.add(check);
        check();
      });
    },
  };
}

/** A port nothing listens on right now, for the child to take. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Polls until `check` holds: for state that another process changes, with no event to wait on. */
export async function eventually<T>(check: () => Promise<T | undefined>, what: string, tries = 400): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`gave up waiting for ${what}`);
}
