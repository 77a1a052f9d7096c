/**
 * Why gold conflicts are not shown (docs/quality.md, "conflicts missed, by cause"). For each gold
 * conflict no briefing of its set shows, one cause:
 * - (b) found but not shown: the extractors run over every sentence of the set pair its sides, and
 *   the briefings do not show the pair (sides in no common topic, the pool, the cap or the order);
 * - (a) never paired, a rule failed: the sides state the disputed thing in words the rules read
 *   (a figure counting a shared noun; a denial or opposite judgment of a word both say), and a
 *   test keeps them apart: that test is named;
 * - (c) told in other words: no pair of sides has a figure counting a word the other's counts,
 *   nor a word one denies or judges opposite to the other.
 *
 * Usage: npx tsx eval/conflict-diagnosis.ts [--gold ../shared/eval/gold] [--data ../shared/eval/duc2004/dev.json] [--verbose]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { notADifference, opposed } from '../src/core/facts/differences.js';
import { findFigures } from '../src/core/facts/figures.js';
import { figuresApart, findDifferingFigures, numericValue, valuesExclude } from '../src/core/facts/figures-differ.js';
import { findSlotDifferences } from '../src/core/facts/slot-differences.js';
import { buildDocument } from '../src/core/index/build-document.js';
import { addToIndex, createTermIndex, idf } from '../src/core/index/term-index.js';
import type { Sentence } from '../src/core/ingest/document.js';
import { inspectLibrary } from '../src/core/library/library.js';
import { createLibrary } from '../src/core/library/open-folder.js';
import { loadDataset, toRawDocument } from './dataset.js';
import { conflictOf, type GoldConflict, loadGold, type ShownDifference, sameSentence } from './gold.js';
import { evaluateGoldSet } from './gold-run.js';

const { values } = parseArgs({
  options: {
    gold: { type: 'string', default: '../shared/eval/gold' },
    data: { type: 'string', default: '../shared/eval/duc2004/dev.json' },
    verbose: { type: 'boolean', short: 'v', default: false },
  },
});

/** The tests of a pair in the order the extractors apply them: the later a pair fails, the nearer it came. */
const FIGURE_TESTS = [
  'no figure',
  'unit',
  'same document',
  'counted words',
  'additional',
  'denied',
  'preposition',
  'measured from',
  'another event',
  'owner',
  'years',
  'days',
  'measures a week apart',
  'reported before the day',
  'toll context',
  'one word shared, another on each side',
  'context (one word shared)',
  'context',
  'both values may hold',
  'one document states both values',
];
const CLAIM_TESTS = ['same document', 'open question', 'shared words', 'only names shared', 'different names', 'same point', 'similarity', 'numbers differ', 'no contrast'];

interface Row {
  set: string;
  type: string;
  about: string;
  cause: 'a' | 'b' | 'c' | 'shown';
  rule: string;
}

function main(): number {
  const gold = loadGold(resolve(values.gold!));
  const data = loadDataset(resolve(values.data!));
  if (!gold.ok || !data.ok) {
    console.log(`skipped: ${!gold.ok ? gold.message : ''} ${!data.ok ? data.message : ''}`);
    return 0;
  }
  const rows: Row[] = [];
  for (const set of gold.sets) {
    const cluster = data.dataset.clusters.find((c) => c.id === set.id);
    if (!cluster) continue;
    const result = evaluateGoldSet(set, cluster);
    const missed = new Set(result.missedConflicts);
    const index = createTermIndex();
    for (const raw of cluster.docs.map(toRawDocument)) {
      const built = buildDocument(raw);
      if ('document' in built) addToIndex(index, built.document);
    }
    const sentences = index.sentences;
    const published = (docId: string) => index.documents.get(docId)?.meta.published;
    const order = new Map([...index.documents.keys()].map((id, i) => [id, i]));
    // Every pairing the extractors make over the whole set, with no display limit.
    const figures = findFigures(sentences);
    const found: ShownDifference[] = [
      ...findDifferingFigures(figures, published, (d) => order.get(d) ?? 0, Infinity, { maxFigures: Infinity }).map((d) => ({
        sides: d.values.map((v) => ({ doc: v.sentences[0]!.docId, text: v.sentences[0]!.text })),
        label: `${d.counts}: ${d.values.map((v) => v.value).join(', ')}`,
      })),
      ...findSlotDifferences(sentences, Infinity, undefined, { keep: false }).map((d) => ({ sides: d.sides.map((s) => ({ doc: s.docId, text: s.text })), label: d.question })),
    ];
    const library = createLibrary(cluster.id, cluster.docs.map(toRawDocument));
    const lib = inspectLibrary(library);
    const topicDocs = library.topics().topics.map((t) => new Set(lib.topicDocuments(t.slug).map((d) => d.docId)));
    for (const c of set.conflicts) {
      const key = `${c.type}: ${c.about}`;
      if (!missed.has(key)) {
        rows.push({ set: set.id, type: c.type, about: c.about, cause: 'shown', rule: '' });
        continue;
      }
      const sides = c.sides.map((side) => sentences.filter((s) => side.docs.includes(s.docId) && side.sentences.some((t) => sameSentence(t, s.text))));
      const pairs = sidePairs(sides);
      const byFigures = found.some((d) => conflictOf([c], d) === c);
      const byClaims = pairs.some(([a, b]) => notADifference(a, b, (s) => idf(index, s)) === undefined);
      if (byFigures || byClaims) {
        const together = topicDocs.some((docs) => sides.filter((ss) => ss.some((s) => docs.has(s.docId))).length >= 2);
        rows.push({ set: set.id, type: c.type, about: c.about, cause: 'b', rule: `${byFigures ? 'figures/slot' : 'claim'} pair found; ${together ? 'sides share a topic: pool, cap or order' : 'no topic holds both sides'}` });
        continue;
      }
      rows.push({ set: set.id, type: c.type, about: c.about, ...nearestFailure(c, pairs, (s) => idf(index, s), published) });
    }
  }
  printTable(rows);
  return 0;
}

/** Every pair of sentences on two different sides, from different documents. */
function sidePairs(sides: readonly Sentence[][]): [Sentence, Sentence][] {
  const out: [Sentence, Sentence][] = [];
  sides.forEach((x, i) => {
    sides.forEach((y, j) => {
      if (j <= i) return;
      for (const a of x) for (const b of y) if (a.docId !== b.docId) out.push([a, b]);
    });
  });
  return out;
}

/** The test that stopped the pair that came nearest, and whether the sides are told in words no rule reads. */
function nearestFailure(c: GoldConflict, pairs: readonly [Sentence, Sentence][], weight: (stem: string) => number, published: (docId: string) => string | undefined): Pick<Row, 'cause' | 'rule'> {
  if (c.type === 'number') {
    let best = -1;
    let detail = '';
    for (const [a, b] of pairs) {
      const fa = findFigures([a]).filter((f) => f.counts);
      const fb = findFigures([b]).filter((f) => f.counts);
      if (!fa.length || !fb.length) {
        if (best < 0) {
          best = 0;
          detail = `no described figure (${fa.map((f) => f.value).join('/') || a.text.slice(0, 40)} | ${fb.map((f) => f.value).join('/') || b.text.slice(0, 40)})`;
        }
        continue;
      }
      for (const x of fa)
        for (const y of fb) {
          if (numericValue(x.value) === numericValue(y.value)) continue;
          // The dates matter: a measure told a week apart, or before the day the other names, is another quantity.
          const why = figuresApart(x, y, published) ?? (valuesExclude(x, y) ? 'one document states both values' : 'both values may hold');
          const at = FIGURE_TESTS.indexOf(why);
          if (at > best) {
            best = at;
            detail = `${why}: "${x.value} ${x.counts}" / "${y.value} ${y.counts}"`;
          }
        }
    }
    const otherWords = best <= FIGURE_TESTS.indexOf('counted words');
    return { cause: otherWords ? 'c' : 'a', rule: detail };
  }
  let best = -1;
  let detail = '';
  let anyOpposed = false;
  for (const [a, b] of pairs) {
    if (!opposed(a, b)) continue;
    anyOpposed = true;
    const why = notADifference(a, b, weight) ?? '';
    const at = CLAIM_TESTS.indexOf(why);
    if (at > best) {
      best = at;
      detail = `${why}: "${a.text.slice(0, 60)}…" / "${b.text.slice(0, 60)}…"`;
    }
  }
  return anyOpposed ? { cause: 'a', rule: detail } : { cause: 'c', rule: 'no denial or opposite judgment of a word both sides say' };
}

function printTable(rows: readonly Row[]): void {
  const missed = rows.filter((r) => r.cause !== 'shown');
  console.log('| set | type | about | cause | rule that failed / where it stopped |');
  console.log('|---|---|---|---|---|');
  for (const r of missed) console.log(`| ${r.set} | ${r.type} | ${r.about} | (${r.cause}) | ${r.rule.replace(/\|/g, '/')} |`);
  const types = ['number', 'claim', 'framing'];
  console.log(`\nshown: ${rows.length - missed.length}/${rows.length}; missed by cause and type:`);
  for (const cause of ['a', 'b', 'c'] as const) {
    const of = missed.filter((r) => r.cause === cause);
    console.log(`(${cause}) ${of.length}: ${types.map((t) => `${of.filter((r) => r.type === t).length} ${t}`).join(', ')}`);
  }
  if (values.verbose) for (const r of rows.filter((x) => x.cause === 'shown')) console.log(`shown: ${r.set} ${r.type}: ${r.about}`);
}

process.exitCode = main();
