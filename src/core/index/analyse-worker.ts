import { parentPort, workerData } from 'node:worker_threads';
import type { RawDocument } from '../ingest/document.js';
import { analyse, encodeWithStrings } from './analysis.js';
import { type HandedStrings, MAX_HANDED_STRINGS } from './handed-strings.js';

/**
 * A worker of analyse-pool.ts: analyses each batch it is sent and hands back the encoded analyses,
 * transferred, not copied. Beside them it hands over their strings, each once for the whole run
 * (numbered in the order the worker first met them): the main thread would otherwise make every
 * document's strings again from its bytes, a fifth of its work while the workers run.
 */
const limit: number = (workerData as { maxStrings?: number } | undefined)?.maxStrings ?? MAX_HANDED_STRINGS;
const numbered = new Map<string, number>();

parentPort?.on('message', ({ id, raws }: { id: number; raws: RawDocument[] }) => {
  // Past the limit the numbering starts again, so a set of many distinct phrases holds no unbounded map.
  const reset = numbered.size > limit;
  if (reset) numbered.clear();
  const fresh: string[] = [];
  const encoded: Uint8Array[] = [];
  const tables: Uint32Array[] = [];
  for (const raw of raws) {
    const { bytes, strings } = encodeWithStrings(analyse(raw));
    const table = new Uint32Array(strings.length);
    for (let k = 0; k < strings.length; k++) {
      const s = strings[k]!;
      let n = numbered.get(s);
      if (n === undefined) {
        numbered.set(s, (n = numbered.size));
        fresh.push(s);
      }
      table[k] = n;
    }
    encoded.push(bytes);
    tables.push(table);
  }
  const strings: HandedStrings = { reset, fresh, tables };
  parentPort!.postMessage(
    { id, encoded, strings },
    [...encoded, ...tables].map((a) => a.buffer as ArrayBuffer),
  );
});
