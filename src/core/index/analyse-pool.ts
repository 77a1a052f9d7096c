import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RawDocument } from '../ingest/document.js';
import type { WorkerJob } from './analyse-worker.js';
import type { DeferredInput, DeferredReadings } from './deferred-readings.js';

/** Worker threads that run the NLP pass on batches of documents; each loads its own wink model (about 100 MiB). */
export interface AnalysePool {
  /** The encoded analyses (encodeAnalysis) of the batch, in its order. */
  analyse(raws: readonly RawDocument[]): Promise<Uint8Array[]>;
  /** The readings a worker's first index deferred (deferred-readings.ts), of each document, in its order. */
  readings(deferred: readonly DeferredInput[]): Promise<DeferredReadings[]>;
  /** The workers no longer keep the process alive: for work after ready that a process may end in the middle of. */
  unref(): void;
  close(): Promise<void>;
}

/** Workers by default: one a core, since the main thread mostly waits for them while indexing. */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(availableParallelism(), 4));
}

/**
 * The worker's code. Run from TypeScript source (tsx, vitest), the worker first registers tsx's
 * loader in its own thread to load the .ts file; the compiled build runs the .js beside this one.
 */
function workerOf(): { script: string | URL; eval: boolean } {
  if (!import.meta.url.endsWith('.ts')) return { script: new URL('./analyse-worker.js', import.meta.url), eval: false };
  // require.resolve finds the CommonJS build; the ES module build sits beside it.
  const tsx = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const worker = new URL('./analyse-worker.ts', import.meta.url).href;
  return { script: `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(worker)}); });`, eval: true };
}

interface Job {
  message: WorkerJob;
  resolve: (answer: { encoded?: Uint8Array[]; readings?: DeferredReadings[] }) => void;
  reject: (error: Error) => void;
}

/**
 * Batches a worker holds at once: the next one waits in its own queue, so a worker that finishes
 * a batch while the main thread is busy (indexing, storing) starts the next without waiting for it.
 */
const HELD = 2;

export function createAnalysePool(size = defaultWorkerCount()): AnalysePool {
  const { script, eval: isCode } = workerOf();
  const queue: Job[] = [];
  /** Each live worker's batches, oldest first: a worker answers them in the order it was sent them. */
  const held = new Map<Worker, Job[]>();
  let nextId = 0;
  let closed = false;
  let unrefed = false;

  const dispatch = () => {
    for (let depth = 1; depth <= HELD; depth++) {
      for (const [worker, jobs] of held) {
        if (!queue.length) return;
        if (jobs.length >= depth) continue;
        const job = queue.shift()!;
        jobs.push(job);
        worker.postMessage(job.message);
      }
    }
  };
  const start = () => {
    // A larger young generation: analysis makes many short-lived strings, and scavenges were a sixth of its time.
    const worker = new Worker(script, { eval: isCode, execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: 48 } });
    const jobs: Job[] = [];
    held.set(worker, jobs);
    if (unrefed) worker.unref();
    worker.on('message', (answer: { id: number; encoded?: Uint8Array[]; readings?: DeferredReadings[] }) => {
      jobs.shift()?.resolve(answer);
      dispatch();
    });
    worker.on('error', (error) => {
      for (const job of jobs.splice(0)) job.reject(error);
    });
    worker.on('exit', () => {
      for (const job of jobs.splice(0)) job.reject(new Error('an analysis worker stopped'));
      held.delete(worker);
      // A worker that died is replaced while there is work, so one crash does not halve the pool.
      if (!closed && queue.length) {
        start();
        dispatch();
      }
    });
  };
  for (let i = 0; i < size; i++) start();

  const ask = (message: WorkerJob) =>
    new Promise<{ encoded?: Uint8Array[]; readings?: DeferredReadings[] }>((resolve, reject) => {
      if (closed) return reject(new Error('the analysis pool is closed'));
      queue.push({ message, resolve, reject });
      dispatch();
    });

  return {
    async analyse(raws) {
      const { encoded } = await ask({ id: nextId++, raws: [...raws] });
      if (!encoded) throw new Error('an analysis worker answered without analyses');
      return encoded;
    },
    async readings(deferred) {
      const { readings } = await ask({ id: nextId++, deferred: [...deferred] });
      if (!readings) throw new Error('an analysis worker answered without readings');
      return readings;
    },
    unref() {
      unrefed = true;
      for (const worker of held.keys()) worker.unref();
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('the analysis pool is closed'));
      await Promise.all([...held.keys()].map((w) => w.terminate()));
    },
  };
}
