import { SAME_POINT, sentenceSimilarity } from '../index/similarity.js';
import { sentenceIdOf, type TermIndex } from '../index/term-index.js';
import type { Sentence } from '../ingest/document.js';

/** The sentences of a pool that state the same as a given sentence (cosine ≥ SAME_POINT, and the same numbers), in index order. */
export type NearDuplicates = (sentence: Sentence) => Sentence[];

/**
 * Finds near-duplicates through the index instead of comparing with the whole pool, by prefix
 * filtering (Bayardo, Ma & Srikant 2007). Over distinct stems, cosine ≥ t needs an overlap of at
 * least ⌈t²·|A|⌉ of A's stems, so a match holds one of A's |A| − ⌈t²·|A|⌉ + 1 rarest stems: only
 * sentences on those stems' postings are compared. Stem counts above one are rare in a sentence,
 * so the bound holds for the count cosine in all but contrived cases. Each distinct text is
 * compared once, and a match brings its copies. A sentence's near-duplicates in the whole index
 * are found once for each state of the index, and each pool keeps those it holds.
 */
export function nearDuplicateFinder(index: TermIndex, inPool: (id: number) => boolean, threshold = SAME_POINT): NearDuplicates {
  const memo = new Map<Sentence, Sentence[]>();
  const inIndex = nearInIndex(index, threshold);
  return (sentence) => {
    const known = memo.get(sentence);
    if (known) return known;
    const out = inIndex(sentence).flatMap((id) => (inPool(id) ? [index.sentences[id]!] : []));
    memo.set(sentence, out);
    return out;
  };
}

/** Per index, while it holds the same sentences: each threshold's near-duplicate ids of each sentence asked about. */
const found = new WeakMap<TermIndex, { size: number; byThreshold: Map<number, WeakMap<Sentence, number[]>> }>();

function nearInIndex(index: TermIndex, threshold: number): (sentence: Sentence) => number[] {
  let state = found.get(index);
  // A set's index grows in place as articles are added: what was found before may miss a new copy.
  if (!state || state.size !== index.sentences.length) found.set(index, (state = { size: index.sentences.length, byThreshold: new Map() }));
  let memo = state.byThreshold.get(threshold);
  if (!memo) state.byThreshold.set(threshold, (memo = new WeakMap()));
  const known = memo;
  const postingLength = (stem: string) => index.textStemSentences.get(stem)?.length ?? 0;
  return (sentence) => {
    const cached = known.get(sentence);
    if (cached) return cached;
    const stems = [...new Set(sentence.stems)].sort((a, b) => postingLength(a) - postingLength(b) || (a < b ? -1 : 1));
    const prefix = stems.length - Math.ceil(threshold * threshold * stems.length) + 1;
    const self = sentenceIdOf(index, sentence);
    const compared = new Set<number>();
    const ids: number[] = [];
    for (const stem of stems.slice(0, prefix)) {
      for (const text of index.textStemSentences.get(stem) ?? []) {
        if (compared.has(text)) continue;
        compared.add(text);
        const copies = index.copies.get(text);
        if (!copies && text === self) continue;
        if (sentenceSimilarity(sentence, index.sentences[text]!) < threshold) continue;
        // "killing 60 people" and "killing 65 people" are not one point: a point never cites a document that states another value.
        if (!sameNumbers(sentence, index.sentences[text]!)) continue;
        for (const id of copies ?? [text]) if (id !== self) ids.push(id);
      }
    }
    ids.sort((a, b) => a - b);
    known.set(sentence, ids);
    return ids;
  };
}

const numbers = new WeakMap<Sentence, string>();

/** The numbers a sentence states, in order, written the same way ("1,500" and "1500" alike). */
function numbersOf(s: Sentence): string {
  let out = numbers.get(s);
  if (out === undefined) {
    out = [...new Set((s.text.match(/\d[\d,./]*/g) ?? []).map((n) => n.replace(/[,.]+$/, '').replace(/,/g, '')))].sort().join(' ');
    numbers.set(s, out);
  }
  return out;
}

/** Two sentences state the same numbers (as sets): a wire update that changes a figure is a different point. */
export function sameNumbers(a: Sentence, b: Sentence): boolean {
  return numbersOf(a) === numbersOf(b);
}
