/**
 * How the headline spends its budget (issue 15f): per cluster of the dev and TAC sets, at the shipped defaults, how
 * many units the selection chose, how many the headline shows after `withoutOverlaps` and `introducedInOrder` drop
 * some, the budget's share the shown units fill within the budget, and the share of the last (crossing) unit that lies
 * within it. Nothing is chosen from it; it says where a selection's bytes go.
 *
 * Usage: npx tsx eval/budget-use.ts [--params '<json of SelectionParams>']
 */
import { parseArgs } from 'node:util';
import type { Sentence } from '../src/core/ingest/document.js';
import { introducedInOrder, passageRoles, unitsOf, withoutOverlaps } from '../src/core/summary/passages.js';
import { type SelectionParams, selectSummary } from '../src/core/summary/select-summary.js';
import type { Budget } from './budget.js';
import { loadDataset } from './dataset.js';
import { prepareCluster } from './summaries.js';

const { values } = parseArgs({ options: { params: { type: 'string' } } });
const params: Partial<SelectionParams> | undefined = values.params ? JSON.parse(values.params) : undefined;

const SETS: { file: string; budget: Budget }[] = [
  { file: '../shared/eval/duc2004/dev.json', budget: { bytes: 665 } },
  { file: '../shared/eval/tac2011/en.json', budget: { words: 250 } },
];

const sizeOf = (text: string, budget: Budget) => ('bytes' in budget ? Buffer.byteLength(text, 'utf8') : text.split(/\s+/).filter(Boolean).length);

for (const { file, budget } of SETS) {
  const loaded = loadDataset(file);
  if (!loaded.ok) {
    console.log(`${file}: ${loaded.message}`);
    continue;
  }
  const limit = 'bytes' in budget ? budget.bytes : budget.words;
  const totals = { chosen: 0, shown: 0, filled: 0, crossingWithin: 0, crossing: 0, clusters: 0 };
  console.log(`\n${file} (${'bytes' in budget ? `${limit} bytes` : `${limit} words`}): cluster, units chosen → shown, budget filled by the shown units, the crossing unit's share within it`);
  for (const cluster of loaded.dataset.clusters) {
    const { input } = prepareCluster(cluster, budget);
    const byDoc = new Map<string, Sentence[]>();
    for (const s of input.sentences) (byDoc.get(s.docId) ?? byDoc.set(s.docId, []).get(s.docId)!).push(s);
    const sentencesOf = (docId: string) => byDoc.get(docId) ?? [];
    const units = unitsOf(input.sentences, new Float64Array(input.sentences.length).fill(1), sentencesOf).units;
    const roles = passageRoles(true, sentencesOf);
    const selected = selectSummary({ sentences: units, documents: input.documents, ...roles, ...('bytes' in budget ? { maxBytes: budget.bytes } : { maxWords: budget.words }), ...(params ? { params } : {}) });
    const shown = roles.introducedBy ? introducedInOrder(withoutOverlaps(selected), roles.introducedBy) : withoutOverlaps(selected);
    let used = 0;
    let lastWithin = 0;
    let lastSize = 0;
    shown.forEach((u, i) => {
      const size = sizeOf(u.text, budget);
      const room = Math.max(0, limit - used - (i > 0 && 'bytes' in budget ? 1 : 0));
      lastWithin = Math.min(size, room);
      lastSize = size;
      used += size + (i > 0 && 'bytes' in budget ? 1 : 0);
    });
    const filled = Math.min(used, limit) / limit;
    const crossing = used > limit;
    totals.chosen += selected.length;
    totals.shown += shown.length;
    totals.filled += filled;
    totals.clusters++;
    if (crossing) {
      totals.crossing++;
      totals.crossingWithin += lastWithin / lastSize;
    }
    console.log(
      `  ${cluster.id}: ${selected.length} → ${shown.length}, filled ${(filled * 100).toFixed(1)}%${crossing ? `, crossing unit ${lastWithin}/${lastSize} within (${((lastWithin / lastSize) * 100).toFixed(0)}%)` : ', no unit crosses'}`,
    );
  }
  console.log(
    `  total: ${totals.chosen} chosen → ${totals.shown} shown; mean filled ${((totals.filled / totals.clusters) * 100).toFixed(1)}%; ${totals.crossing} of ${totals.clusters} end on a crossing unit, mean ${((totals.crossingWithin / Math.max(1, totals.crossing)) * 100).toFixed(0)}% of it within the budget`,
  );
}
