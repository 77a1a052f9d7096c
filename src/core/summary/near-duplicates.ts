import { sameNumberWords } from '../facts/number-words.js';
import { SAME_POINT, sameNumbers, samePolarity, sameQuotation, sentenceSimilarity } from '../index/similarity.js';
import { sentenceIdOf, type TermIndex } from '../index/term-index.js';
import type { Sentence } from '../ingest/document.js';

/** The sentences of a pool that state the same as a given sentence (cosine ≥ SAME_POINT, the same numbers, number words, polarity and quotation), in index order. */
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
  const inIndex = nearInIndex(index, threshold).idsOf;
  return (sentence) => {
    const known = memo.get(sentence);
    if (known) return known;
    const out = inIndex(sentence).flatMap((id) => (inPool(id) ? [index.sentences[id]!] : []));
    memo.set(sentence, out);
    return out;
  };
}

/**
 * Per index, while it holds the same sentences: each threshold's near-duplicate ids of each sentence
 * asked about, and the texts that match each text asked about (its copies match the same ones).
 */
interface Found {
  bySentence: WeakMap<Sentence, number[]>;
  byText: Map<number, TextMatches>;
}
/** The first ids of the texts that state the same as a text, found for these stems of it. */
interface TextMatches {
  stems: readonly string[];
  texts: number[];
}
const found = new WeakMap<TermIndex, { size: number; byThreshold: Map<number, Found> }>();

/**
 * Works out the texts that state the same as a sentence's text, as the first answer to meet the text would, and keeps them
 * while the index holds the same sentences: the set's background preparation asks it of each text once (prepare-set.ts), so
 * no answer pays a text's first comparison. Only the text's list is kept, not each copy's list of ids (an answer makes that).
 */
export function prepareNearTexts(index: TermIndex, sentence: Sentence): void {
  nearInIndex(index, SAME_POINT).textsOf(sentence, sentenceIdOf(index, sentence));
}

function nearInIndex(index: TermIndex, threshold: number): { idsOf: (sentence: Sentence) => number[]; textsOf: (sentence: Sentence, self: number) => TextMatches } {
  let state = found.get(index);
  // A set's index grows in place as articles are added: what was found before may miss a new copy.
  if (!state || state.size !== index.sentences.length) found.set(index, (state = { size: index.sentences.length, byThreshold: new Map() }));
  let memo = state.byThreshold.get(threshold);
  if (!memo) state.byThreshold.set(threshold, (memo = { bySentence: new WeakMap(), byText: new Map() }));
  const { bySentence, byText } = memo;
  const postingLength = (stem: string) => index.textStemSentences.get(stem)?.length ?? 0;
  /** First ids of the texts that state the same as the sentence: what it is compared with depends on its stems and text alone. */
  const matchingTexts = (sentence: Sentence): number[] => {
    const stems = [...new Set(sentence.stems)].sort((a, b) => postingLength(a) - postingLength(b) || (a < b ? -1 : 1));
    const prefix = stems.length - Math.ceil(threshold * threshold * stems.length) + 1;
    const compared = new Set<number>();
    const texts: number[] = [];
    for (const stem of stems.slice(0, prefix)) {
      for (const text of index.textStemSentences.get(stem) ?? []) {
        if (compared.has(text)) continue;
        compared.add(text);
        if (sentenceSimilarity(sentence, index.sentences[text]!) < threshold) continue;
        // "killing 60 people" and "killing 65 people" are not one point: a point never cites a document that states another value.
        // Nor are two quotations that share only their attribution (rule QD), nor counts written as other words (rule NW).
        const other = index.sentences[text]!;
        if (!sameNumbers(sentence, other) || !sameNumberWords(sentence, other) || !samePolarity(sentence, other) || !sameQuotation(sentence, other)) continue;
        texts.push(text);
      }
    }
    return texts;
  };
  /** A wire copy is compared once: a sentence of the index with the text (and words) of one asked before matches what it matched. */
  const textsOf = (sentence: Sentence, self: number): TextMatches => {
    const textId = index.sentences[self] === sentence ? index.textIds.get(sentence.text) : undefined;
    let texts = textId === undefined ? undefined : byText.get(textId);
    if (!texts || !sameList(texts.stems, sentence.stems)) {
      texts = { stems: sentence.stems, texts: matchingTexts(sentence) };
      if (textId !== undefined && !byText.has(textId)) byText.set(textId, texts);
    }
    return texts;
  };
  const idsOf = (sentence: Sentence): number[] => {
    const cached = bySentence.get(sentence);
    if (cached) return cached;
    const self = sentenceIdOf(index, sentence);
    const ids: number[] = [];
    for (const text of textsOf(sentence, self).texts) for (const id of index.copies.get(text) ?? [text]) if (id !== self) ids.push(id);
    ids.sort((a, b) => a - b);
    bySentence.set(sentence, ids);
    return ids;
  };
  return { idsOf, textsOf };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
