import { evaluateTopicDiscovery } from './eval/topic-discovery.js';
import { loadDataset } from './eval/dataset.js';
for (const f of ['../shared/eval/duc2004/dev.json', '../shared/eval/tac2011/en.json']) {
  const l = loadDataset(f); if (!l.ok) continue;
  const r = evaluateTopicDiscovery(l.dataset);
  console.log(f, 'stories', r.stories, 'topics', r.topics.length, 'unassigned', r.unassigned, 'purity', r.purity.toFixed(3), 'nmi', r.nmi.toFixed(3));
  for (const t of r.topics) console.log(`  ${t.slug}\t${t.majority} ${t.majorityCount}/${t.documents}`);
}
