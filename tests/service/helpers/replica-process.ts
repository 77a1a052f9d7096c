import { type ChildProcess, spawn } from 'node:child_process';
import type { ControllerMessage, ReplicaMessage } from './replica-messages.js';

const ENTRY = 'tests/service/fixtures/replica-main.ts';

/** One replica process (fixtures/replica-main.ts) as the replicas test drives it. */
export interface ReplicaProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  /** Resolves when its first tick is over and it takes ticks; rejects if it exits first. */
  readonly ready: Promise<void>;
  isReady(): boolean;
  isAlive(): boolean;
  /** Runs one tick; resolves false when the replica did not run it (stopping, or gone). */
  tick(): Promise<boolean>;
  /** The exit code or the signal's name. */
  readonly exited: Promise<number | string>;
  /** The last part of its stdout and stderr, for a failure message. */
  tail(chars?: number): string;
  /** JSON log lines whose msg is one of `messages`. */
  logged(messages: readonly string[]): Record<string, unknown>[];
  /** JSON log lines at error level or above. */
  errors(): Record<string, unknown>[];
}

/** Only what the test gives goes into the environment: no token from the developer's shell leaks in. */
export function spawnReplica(env: Record<string, string>): ReplicaProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
    cwd: process.cwd(),
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', BRIEFBOT_ENV_FILE: '', LOG_FORMAT: 'json', ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let out = '';
  const keep = (chunk: Buffer) => {
    out += chunk.toString('utf8');
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);

  let alive = true;
  let ready = false;
  let nextId = 1;
  const waiting = new Map<number, (ran: boolean) => void>();
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => {
      alive = false;
      for (const resolveTick of waiting.values()) resolveTick(false);
      waiting.clear();
      resolve(code ?? signal ?? 'unknown');
    });
  });
  const readyPromise = new Promise<void>((resolve, reject) => {
    child.on('message', (message: ReplicaMessage) => {
      if (message.type === 'ready') {
        ready = true;
        resolve();
      } else if (message.type === 'ticked') {
        waiting.get(message.id)?.(message.ran);
        waiting.delete(message.id);
      }
    });
    void exited.then((how) => reject(new Error(`replica ${child.pid} exited (${how}) before it was ready:\n${out.slice(-3000)}`)));
  });
  readyPromise.catch(() => {});

  return {
    child,
    pid: child.pid ?? -1,
    ready: readyPromise,
    isReady: () => ready && alive,
    isAlive: () => alive,
    tick() {
      if (!alive) return Promise.resolve(false);
      const id = nextId++;
      return new Promise<boolean>((resolve) => {
        waiting.set(id, resolve);
        const message: ControllerMessage = { type: 'tick', id };
        // The channel may close between the check and the send: the exit handler answers false.
        child.send(message, (error) => {
          if (!error) return;
          waiting.delete(id);
          resolve(false);
        });
      });
    },
    exited,
    tail: (chars = 3000) => out.slice(-chars),
    logged: (messages) => lines().filter((line) => messages.includes(String(line.msg))),
    errors: () => lines().filter((line) => Number(line.level) >= 50),
  };

  function lines(): Record<string, unknown>[] {
    return out
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .flatMap((line) => {
        // A SIGKILL may cut the last line short.
        try {
          return [JSON.parse(line) as Record<string, unknown>];
        } catch {
          return [];
        }
      });
  }
}
