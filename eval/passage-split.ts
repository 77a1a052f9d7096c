/**
 * Where passages on and off part (issue 16's "done when", docs/quality.md "Eighteenth round (issue 15pass)"): per cluster
 * of the dev and TAC sets, at the shipped defaults, the headline's ROUGE with passages on minus off, the passages on
 * shows (its sentences, size), and what off shows that on does not show at all. Nothing is chosen from it: it says which
 * clusters make the difference and whether a passage is in them, or only the rules on what may be shown alone.
 *
 * Usage: npx tsx eval/passage-split.ts [--set duc|tac]
 */
import { parseArgs } from 'node:util';
import type { Sentence } from '../src/core/ingest/document.js';
import { introducedInOrder, isPassage, partsOf, passageRoles, unitsOf, withoutOverlaps } from '../src/core/summary/passages.js';
import { selectSummary } from '../src/core/summary/select-summary.js';
import type { Budget } from './budget.js';
import { loadDataset } from './dataset.js';
import { headlineOf, prepareCluster } from './summaries.js';

const { values } = parseArgs({ options: { set: { type: 'string' } } });

const SETS: { file: string; budget: Budget }[] = [
  { file: '../shared/eval/duc2004/dev.json', budget: { bytes: 665 } },
  { file: '../shared/eval/tac2011/en.json', budget: { words: 250 } },
];

const sizeOf = (text: string, budget: Budget) => ('bytes' in budget ? Buffer.byteLength(text, 'utf8') : text.split(/\s+/).filter(Boolean).length);
const placeOf = (s: Sentence) => `${s.docId}#${s.position}`;
const points = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(2)}`;

for (const { file, budget } of SETS) {
  if (values.set && !file.includes(values.set)) continue;
  const loaded = loadDataset(file);
  if (!loaded.ok) {
    console.log(`${file}: ${loaded.message}`);
    continue;
  }
  const limit = 'bytes' in budget ? { maxBytes: budget.bytes } : { maxWords: budget.words };
  const sum = { r1: 0, r2: 0, passages: 0 };
  console.log(`\n${file}: per cluster, passages on − off (R-1 / R-2 recall, points); the passages on shows; what off shows that on does not`);
  for (const cluster of loaded.dataset.clusters) {
    const prepared = prepareCluster(cluster, budget);
    const on = headlineOf(prepared).scores;
    const off = headlineOf(prepared, undefined, false).scores;
    const r1 = on.rouge1.recall - off.rouge1.recall;
    const r2 = on.rouge2.recall - off.rouge2.recall;
    sum.r1 += r1;
    sum.r2 += r2;
    // The same selections as the headline's, to see their units (headlineOf gives texts only).
    const { input } = prepared;
    const byDoc = new Map<string, Sentence[]>();
    for (const s of input.sentences) (byDoc.get(s.docId) ?? byDoc.set(s.docId, []).get(s.docId)!).push(s);
    const sentencesOf = (docId: string) => byDoc.get(docId) ?? [];
    const roles = passageRoles(true, sentencesOf);
    const units = unitsOf(input.sentences, new Float64Array(input.sentences.length).fill(1), sentencesOf).units;
    const shownOn = introducedInOrder(withoutOverlaps(selectSummary({ sentences: units, documents: input.documents, ...roles, ...limit })), roles.introducedBy!);
    const shownOff = selectSummary({ sentences: input.sentences, documents: input.documents, ...limit });
    const onParts = new Set(shownOn.flatMap((u) => partsOf(u).map(placeOf)));
    const passages = shownOn.filter(isPassage);
    sum.passages += passages.length;
    if (r1 === 0 && r2 === 0 && passages.length === 0) continue;
    console.log(`  ${cluster.id}: ${points(r1)} / ${points(r2)}, ${passages.length} passage(s) shown`);
    for (const p of passages) console.log(`    on, passage [${partsOf(p).map(placeOf).join(' + ')}] ${sizeOf(p.text, budget)}: ${p.text}`);
    for (const s of shownOff) if (!onParts.has(placeOf(s))) console.log(`    off only [${placeOf(s)}] ${sizeOf(s.text, budget)}: ${s.text}`);
  }
  const n = loaded.dataset.clusters.length;
  console.log(`  mean on − off ${points(sum.r1 / n)} / ${points(sum.r2 / n)}; ${sum.passages} passage(s) shown in ${n} headlines`);
}
