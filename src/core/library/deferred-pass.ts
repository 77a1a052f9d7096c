import { inSlices } from '../event-loop-slices.js';
import type { AnalysePool } from '../index/analyse-pool.js';
import { startPool, wantsPool } from '../index/analyse-set.js';
import { deferredInputOf, installReadings, makeDeferred } from '../index/deferred-readings.js';
import type { Document } from '../ingest/document.js';

/** Documents a worker is sent at once: a few milliseconds of work each, so a batch is small next to an answer's wait. */
const BATCH = 16;
/** Batches in flight: the pool holds two a worker (analyse-pool.ts), so up to four workers are never idle between batches. */
const LANES = 8;

/**
 * The readings a worker's first index left for after ready (index/deferred-readings.ts), made by the same workers once the
 * set is ready (docs/quality.md, "Issue 17, thirtieth round (17pool)"): the main thread only sends each document's
 * sentence texts and installs what comes back, so answers meanwhile have it to themselves (an answer that reads a
 * document first makes its readings on demand, and the worker's are then dropped). The workers no longer keep the process
 * alive, and are closed when the pass ends. A batch a worker fails is made on this thread, told to `warn`. Never rejects.
 */
export async function deferredPass(pool: AnalysePool, documents: Iterable<Document>, warn: (message: string, detail: Record<string, unknown>) => void): Promise<void> {
  pool.unref();
  try {
    const deferred = [...documents].filter((d) => d.deferred);
    let next = 0;
    // A few batches in flight, each sent when one returns: a document an answer attributed meanwhile is not sent at all.
    const lane = async () => {
      while (next < deferred.length) {
        const wanted = deferred.slice(next, (next += BATCH)).filter((d) => d.deferred);
        if (!wanted.length) continue;
        const inputs = wanted.map((d) => deferredInputOf(d)!);
        try {
          const readings = await pool.readings(inputs);
          wanted.forEach((d, k) => installReadings(d, readings[k]!));
        } catch (error) {
          warn('a worker failed making deferred readings; making them on the main thread', { error: String(error), documents: wanted.length });
          // One batch a turn of the event loop, so answers are served between them.
          await new Promise((go) => setImmediate(go));
          for (const d of wanted) makeDeferred(d);
        }
      }
    };
    await Promise.all(Array.from({ length: LANES }, lane));
  } finally {
    await pool.close().catch(() => {});
  }
}

/**
 * The readings still deferred once a set is ready with no workers kept: analyses a worker stored one by one and a restart
 * read back (a changed set is read so). Made as a first index's are, by a pool of their own when there are as many as would
 * start one for analysis (`wantsPool`), else on this thread a slice at a time, a turn of the event loop between slices: made
 * in one go, as the store used to make them, they held a 10,000-article restart's event loop for 19 s (docs/quality.md,
 * "Issue 17, session 44"). Never rejects.
 */
export async function makeDeferredReadings(documents: Iterable<Document>, workers: number | undefined, warn: (message: string, detail: Record<string, unknown>) => void): Promise<void> {
  const deferred = [...documents].filter((d) => d.deferred);
  if (!deferred.length) return;
  if (wantsPool(deferred.length, 0, workers)) {
    const pool = await startPool(workers).catch((error: unknown) => {
      warn('workers for the deferred readings could not start; making them on the main thread', { error: String(error) });
      return undefined;
    });
    if (pool) return deferredPass(pool, deferred, warn);
  }
  // An answer may have made a document's readings meanwhile; makeDeferred then does nothing.
  await inSlices(deferred, makeDeferred);
}
