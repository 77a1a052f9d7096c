import type { AnalysisCache } from '../../../src/core/index/analysis.js';

/** An AnalysisCache in memory, shared by every start of a test as one store is shared by a process and its restart; `rows` shows what was stored. */
export function memoryCache(): AnalysisCache & { rows: Map<string, Uint8Array> } {
  const rows = new Map<string, Uint8Array>();
  return {
    rows,
    async get(keys) {
      return new Map(keys.flatMap((k) => (rows.has(k) ? [[k, rows.get(k)!] as const] : [])));
    },
    async put(entries) {
      for (const e of entries) rows.set(e.key, e.bytes);
    },
  };
}
