import { closeness, meaningVector } from '../index/related-words.js';
import { idf, sentenceIdsOf, type TermIndex } from '../index/term-index.js';
import { stem } from '../nlp.js';

/**
 * A question's second way in: sentences that say the asked thing in other words ("likened" for "compare", "chief
 * executive" for "boss") are close to the question in meaning though they hold few of its words. Read in the documents
 * the question's words already reached (the answer that other words tell is most often in the story the question is
 * about), and only while the pool has room: a full pool is answered from the words the question uses.
 * docs/quality.md, "Twentieth round (issue 16retr)".
 */

/** Sentences at most that enter a question's pool by meaning alone: a handful, beside a small pool's few. */
export const MEANING_ENTRANTS = 5;

/** A sentence's meaning vector (its content words' vectors weighted by idf), by sentence id, made once per index. */
const vectorsOf = new WeakMap<TermIndex, Array<Float32Array | null | undefined>>();

function sentenceVector(index: TermIndex, id: number): Float32Array | null {
  let cache = vectorsOf.get(index);
  if (!cache) vectorsOf.set(index, (cache = []));
  const known = cache[id];
  if (known !== undefined) return known;
  const sentence = index.sentences[id]!;
  const content = new Set(sentence.stems);
  const weighted: Array<[string, number]> = [];
  for (const word of new Set(sentence.words)) {
    const s = stem(word);
    if (content.has(s)) weighted.push([word, idf(index, s)]);
  }
  return (cache[id] = meaningVector(weighted));
}

/**
 * The sentences outside `scores` that enter by meaning, with their closeness to the question: of the documents of the
 * sentences that entered on their own words (`own`), the MEANING_ENTRANTS closest in meaning to the question's content
 * words, each at least as close as the median of `own` (a newcomer must be as near the question as a typical sentence that
 * its words let in). None when the pool is full (`room` is 0) or nothing entered on its own words.
 */
export function meaningEntrants(
  index: TermIndex,
  question: { words: ReadonlySet<string> },
  variantStems: ReadonlySet<string>,
  scores: ReadonlyMap<number, number>,
  own: readonly number[],
  room: number,
): Array<[id: number, closeness: number]> {
  if (room <= 0 || !own.length) return [];
  const weighted: Array<[string, number]> = [];
  for (const word of question.words) {
    const s = stem(word);
    if (variantStems.has(s)) weighted.push([word, idf(index, s)]);
  }
  const asked = meaningVector(weighted);
  if (!asked) return [];
  const ownCloseness = own.flatMap((id) => {
    const v = sentenceVector(index, id);
    return v ? [closeness(asked, v)] : [];
  });
  if (!ownCloseness.length) return [];
  ownCloseness.sort((a, b) => a - b);
  const floor = ownCloseness[Math.floor((ownCloseness.length - 1) / 2)]!;
  const documents = new Set(own.map((id) => index.sentences[id]!.docId));
  const found: Array<[number, number]> = [];
  for (const docId of documents) {
    for (const id of sentenceIdsOf(index, docId)) {
      if (scores.has(id)) continue;
      const v = sentenceVector(index, id);
      const c = v ? closeness(asked, v) : 0;
      if (c >= floor) found.push([id, c]);
    }
  }
  return found.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, Math.min(MEANING_ENTRANTS, room));
}
