import { parentPort } from 'node:worker_threads';
import type { RawDocument } from '../ingest/document.js';
import { analyse, encodeAnalysis } from './analysis.js';
import { type DeferredInput, readingsOf } from './deferred-readings.js';

/** What analyse-pool.ts sends a worker: documents to analyse, or (after ready) deferred documents to make the readings of. */
export type WorkerJob = { id: number; raws: RawDocument[] } | { id: number; deferred: DeferredInput[] };

/** A worker of analyse-pool.ts: analyses each batch it is sent and hands back the encoded analyses, transferred, not copied. */
parentPort?.on('message', (job: WorkerJob) => {
  if ('deferred' in job) {
    // The pass after ready (library/deferred-pass.ts): who said what and chrono's readings, from texts alone.
    parentPort!.postMessage({ id: job.id, readings: job.deferred.map(readingsOf) });
    return;
  }
  // The readings only answers read are left for after ready (deferred-readings.ts): the set is ready sooner.
  const encoded = job.raws.map((raw) => encodeAnalysis(analyse(raw, true)));
  parentPort!.postMessage(
    { id: job.id, encoded },
    encoded.map((bytes) => bytes.buffer as ArrayBuffer),
  );
});
