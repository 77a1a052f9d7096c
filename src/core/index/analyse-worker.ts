import { parentPort } from 'node:worker_threads';
import type { RawDocument } from '../ingest/document.js';
import { analyse, encodeAnalysis } from './analysis.js';

/** A worker of analyse-pool.ts: analyses each batch it is sent and hands back the encoded analyses, transferred, not copied. */
parentPort?.on('message', ({ id, raws }: { id: number; raws: RawDocument[] }) => {
  // The readings only answers read are left for the main thread after ready (deferred-readings.ts): the set is ready sooner.
  const encoded = raws.map((raw) => encodeAnalysis(analyse(raw, true)));
  parentPort!.postMessage(
    { id, encoded },
    encoded.map((bytes) => bytes.buffer as ArrayBuffer),
  );
});
