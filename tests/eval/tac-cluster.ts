import { existsSync } from 'node:fs';
import { loadDataset, toRawDocument } from '../../eval/dataset.js';
import type { RawDocument } from '../../src/core/ingest/document.js';

/** The second eval set, read from ../shared at run time and never copied; tests that read it are skipped where it is absent. */
export const TAC = '../shared/eval/tac2011/en.json';
export const hasTac = existsSync(TAC);

/** One TAC cluster's documents, as the library reads them; throws when the set or the cluster is missing. */
export function tacCluster(id: string): { id: string; docs: RawDocument[] } {
  const loaded = loadDataset(TAC);
  if (!loaded.ok) throw new Error(loaded.message);
  const cluster = loaded.dataset.clusters.find((c) => c.id === id);
  if (!cluster) throw new Error(`no ${id} in ${TAC}`);
  return { id: cluster.id, docs: cluster.docs.map(toRawDocument) };
}
