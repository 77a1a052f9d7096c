/**
 * The key figures that `standard` briefings show on sets without gold, one line each (value | label | sentence),
 * for a reader to judge whether each label says what is counted. Sets are cluster ids of the DUC dev and TAC files.
 *
 *   npx tsx eval/figure-labels.ts d30048t d30031t M005 M006
 */
import { resolve } from 'node:path';
import { createLibrary } from '../src/core/library/open-folder.js';
import { type Cluster, loadDataset, toRawDocument } from './dataset.js';

const FILES = ['../shared/eval/duc2004/dev.json', '../shared/eval/tac2011/en.json'];
const clusters = new Map<string, Cluster>();
for (const file of FILES) {
  const loaded = loadDataset(resolve(file));
  if (loaded.ok) for (const c of loaded.dataset.clusters) clusters.set(c.id, c);
}

for (const id of process.argv.slice(2)) {
  const cluster = clusters.get(id);
  if (!cluster) {
    console.log(`${id}: no such cluster in ${FILES.join(' or ')}`);
    continue;
  }
  const library = createLibrary(cluster.id, cluster.docs.map(toRawDocument));
  const seen = new Set<string>();
  for (const topic of library.topics().topics) {
    const r = library.brief(topic.slug, { length: 'standard' });
    if (!r.ok) continue;
    for (const f of r.briefing.figures) {
      const key = `${f.value}|${f.counts}|${f.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      console.log(`${id}\t${f.value}\t${f.counts}\t${f.text}`);
    }
  }
}
