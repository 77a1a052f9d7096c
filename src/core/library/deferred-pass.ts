import type { AnalysePool } from '../index/analyse-pool.js';
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
