/**
 * Every disagreement the extractors find over every sentence of every cluster (DUC 2004 dev, TAC 2011),
 * one line each, sorted: run before and after a rule change and diff the two files to read each
 * pair the rule adds or drops on sets nobody tuned on.
 *
 * Usage: npx tsx eval/difference-pairs.ts [--data …/dev.json] [--tac …/en.json] > pairs.txt
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { notADifference } from '../src/core/facts/differences.js';
import { findFigures } from '../src/core/facts/figures.js';
import { findDifferingFigures } from '../src/core/facts/figures-differ.js';
import { findSlotDifferences } from '../src/core/facts/slot-differences.js';
import { buildDocument } from '../src/core/index/build-document.js';
import { addToIndex, createTermIndex, idf } from '../src/core/index/term-index.js';
import { loadDataset, toRawDocument } from './dataset.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/eval/duc2004/dev.json' },
    tac: { type: 'string', default: '../shared/eval/tac2011/en.json' },
  },
});

const lines: string[] = [];
const short = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}…` : text);
for (const file of [values.data!, values.tac!]) {
  const loaded = loadDataset(resolve(file));
  if (!loaded.ok) {
    console.error(`skipped ${file}: ${loaded.message}`);
    continue;
  }
  for (const cluster of loaded.dataset.clusters) {
    const index = createTermIndex();
    for (const raw of cluster.docs.map(toRawDocument)) {
      const built = buildDocument(raw);
      if ('document' in built) addToIndex(index, built.document);
    }
    const sentences = index.sentences;
    const order = new Map([...index.documents.keys()].map((id, i) => [id, i]));
    for (const d of findDifferingFigures(
      findFigures(sentences),
      (id) => index.documents.get(id)?.meta.published,
      (id) => order.get(id) ?? 0,
      Infinity,
      { maxFigures: Infinity },
    )) {
      lines.push(`${cluster.id}\tfigures\t${d.counts}: ${d.values.map((v) => `${v.value} [${v.sentences[0]!.docId}] ${short(v.sentences[0]!.text)}`).join(' || ')}`);
    }
    for (const d of findSlotDifferences(sentences, Infinity, undefined, { keep: false })) {
      lines.push(`${cluster.id}\tslot\t${d.question}: ${d.sides.map((s) => `[${s.docId}] ${short(s.text)}`).join(' || ')}`);
    }
    // Every pair the claim test passes, not only each sentence's strongest: a rule's effect is read pair by pair.
    for (let i = 0; i < sentences.length; i++)
      for (let j = i + 1; j < sentences.length; j++) {
        const [a, b] = [sentences[i]!, sentences[j]!];
        if (a.docId === b.docId || notADifference(a, b, (s) => idf(index, s)) !== undefined) continue;
        lines.push(`${cluster.id}\tclaim\t${[a, b].map((s) => `[${s.docId}] ${short(s.text)}`).join(' || ')}`);
      }
  }
}
console.log(lines.sort().join('\n'));
