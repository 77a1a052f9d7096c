/**
 * Why the figure extractor misses gold figures, for one gold set: each gold figure (isFigure, not a
 * restatement) that no extracted figure matches, with its sentence and the reason:
 *   - `no sentence`: no extracted sentence of its document matches the gold sentence (splitting);
 *   - `not a number`: the tagger gives no CARDINAL, MONEY, PERCENT or DURATION entity holding the value;
 *   - `dropped`: an entity holds it but a rule of facts/figures.ts dropped it (or it has no description);
 *   - `label`: a figure of that value was found on the sentence, but its description holds none of the gold `counts`.
 * Also lists, with --wrong, extracted described figures on the set that the gold marks isFigure:false
 * or does not cover (what recall gains may cost in precision).
 *
 *   npx tsx eval/figure-misses.ts d30015t [--wrong] [--data ../shared/eval/duc2004/dev.json] [--gold ../shared/eval/gold]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findFigures } from '../src/core/facts/figures.js';
import { buildDocument } from '../src/core/index/build-document.js';
import { its, readDoc } from '../src/core/nlp.js';
import { loadDataset, toRawDocument } from './dataset.js';
import { figureRight, type GoldFigure, loadGold, numberOf, sameSentence } from './gold.js';

type Reason = 'no sentence' | 'not a number' | 'dropped' | 'label';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    data: { type: 'string', default: '../shared/eval/duc2004/dev.json' },
    gold: { type: 'string', default: '../shared/eval/gold' },
    wrong: { type: 'boolean', default: false },
  },
});
const setId = positionals[0];
if (!setId) throw new Error('usage: figure-misses.ts <gold set id> [--wrong]');
const gold = loadGold(resolve(values.gold!));
if (!gold.ok) throw new Error(gold.message);
const set = gold.sets.find((s) => s.id === setId);
if (!set) throw new Error(`no gold set ${setId} in ${values.gold}`);
const loaded = loadDataset(resolve(values.data!));
if (!loaded.ok) throw new Error(loaded.message);
const cluster = loaded.dataset.clusters.find((c) => c.id === setId);
if (!cluster) throw new Error(`no cluster ${setId} in ${values.data}`);

const documents = cluster.docs.flatMap((a) => {
  const built = buildDocument(toRawDocument(a));
  return 'document' in built ? [built.document] : [];
});
const sentences = documents.flatMap((d) => d.sentences);
const found = findFigures(sentences).map((f) => ({ doc: f.sentence.docId, text: f.sentence.text, value: f.value, counts: f.counts }));

/** Whether the tagger reads the value as (part of) a figure-kind entity of the sentence. */
function tagged(text: string, value: string): boolean {
  const doc = readDoc(text);
  const words = doc.tokens().out() as string[];
  const want = numberOf(value);
  let hit = false;
  doc.entities().each((e: { out: (f?: unknown) => unknown }) => {
    const type = e.out(its.type) as string;
    if (!/^(?:CARDINAL|MONEY|PERCENT|DURATION)$/.test(type)) return;
    const [s, t] = e.out(its.span) as unknown as [number, number];
    if (words.slice(s, t + 1).some((w) => numberOf(w) === want || w.toLowerCase() === want)) hit = true;
  });
  return hit;
}

function reasonOf(g: GoldFigure): { reason: Reason; shown: string } {
  const onSentence = sentences.filter((s) => s.docId === g.doc && sameSentence(g.sentence, s.text));
  if (!onSentence.length) return { reason: 'no sentence', shown: '' };
  const same = found.filter((f) => f.doc === g.doc && sameSentence(g.sentence, f.text) && numberOf(f.value) === numberOf(g.value));
  if (same.length) return { reason: 'label', shown: same.map((f) => `${f.value} | ${f.counts || '(none)'}`).join(' ; ') };
  return { reason: onSentence.some((s) => tagged(s.text, g.value)) ? 'dropped' : 'not a number', shown: '' };
}

const wanted = set.figures.filter((g) => g.isFigure && !g.sameAs);
const missed = wanted.filter((g) => !found.some((f) => figureRight([g], f)));
const byReason = new Map<Reason, number>();
console.log(`${setId}: ${wanted.length - missed.length}/${wanted.length} gold figures found; ${missed.length} missed\n`);
for (const g of missed) {
  const { reason, shown } = reasonOf(g);
  byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
  console.log(`[${reason}] ${g.value} — counts ${JSON.stringify(g.counts)}${shown ? ` — found: ${shown}` : ''}\n    ${g.doc}: ${g.sentence}`);
}
console.log(`\nmissed by reason: ${[...byReason].map(([r, n]) => `${r} ${n}`).join(', ')}`);

if (values.wrong) {
  console.log('\nDescribed figures the gold does not back (isFigure false, or no gold item):');
  for (const f of found.filter((x) => x.counts)) {
    const items = set.figures.filter((g) => g.doc === f.doc && sameSentence(g.sentence, f.text) && numberOf(g.value) === numberOf(f.value));
    if (items.some((g) => g.isFigure)) continue;
    console.log(`  ${items.length ? 'not a figure' : 'no gold item'}: ${f.value} | ${f.counts}\n    ${f.doc}: ${f.text}`);
  }
}
