import { inSlices } from '../event-loop-slices.js';
import type { Document, Sentence } from '../ingest/document.js';
import type { PhraseSurfaces } from './sentences.js';

/**
 * Term → sentence index over a set's documents: what topics, queries and summaries look things
 * up in. Built once; a new document is added without touching the rest.
 */
export interface TermIndex {
  documents: Map<string, Document>;
  sentences: Sentence[];
  /** Id of each document's first sentence: a document's sentences have consecutive ids. */
  firstSentence: Map<string, number>;
  /**
   * Sentences with the same text (wire copies, reprints) are compared once: the first of each
   * text stands for the others. Its id by text, the ids of each text's copies (texts held more
   * than once), and the stem postings of first sentences only.
   */
  textIds: Map<string, number>;
  copies: Map<number, number[]>;
  textStemSentences: Map<string, number[]>;
  /** Documents that contain each stem. */
  stemDf: Map<string, number>;
  /** Sentences (indices into `sentences`) that contain each stem / key phrase. */
  stemSentences: Map<string, number[]>;
  phraseSentences: Map<string, number[]>;
  /** Documents that contain each key phrase. */
  phraseDf: Map<string, number>;
  surfaces: PhraseSurfaces;
}

export function createTermIndex(surfaces: PhraseSurfaces = new Map()): TermIndex {
  return {
    documents: new Map(),
    sentences: [],
    firstSentence: new Map(),
    textIds: new Map(),
    copies: new Map(),
    textStemSentences: new Map(),
    stemDf: new Map(),
    stemSentences: new Map(),
    phraseSentences: new Map(),
    phraseDf: new Map(),
    surfaces,
  };
}

export function addToIndex(index: TermIndex, document: Document): void {
  index.documents.set(document.id, document);
  const start = index.sentences.length;
  index.firstSentence.set(document.id, start);
  // No Set a sentence or a document: a large set indexes millions of stems. A posting list that
  // already ends with this sentence holds a repeated stem; one that ends before this document's
  // first sentence is the stem's first use in the document, which counts towards its df.
  for (const sentence of document.sentences) {
    const id = index.sentences.length;
    index.sentences.push(sentence);
    const first = index.textIds.get(sentence.text);
    if (first === undefined) index.textIds.set(sentence.text, id);
    else {
      const copies = index.copies.get(first);
      if (copies) copies.push(id);
      else index.copies.set(first, [first, id]);
    }
    for (const s of sentence.stems) {
      const list = index.stemSentences.get(s);
      if (list === undefined) index.stemSentences.set(s, [id]);
      else if (list[list.length - 1] === id) continue;
      else list.push(id);
      if (list === undefined || list[list.length - 2]! < start) index.stemDf.set(s, (index.stemDf.get(s) ?? 0) + 1);
      if (first === undefined) push(index.textStemSentences, s, id);
    }
    for (const p of sentence.phrases) {
      const list = index.phraseSentences.get(p);
      if (list === undefined) index.phraseSentences.set(p, [id]);
      else list.push(id);
      if (list === undefined || list[list.length - 2]! < start) index.phraseDf.set(p, (index.phraseDf.get(p) ?? 0) + 1);
    }
  }
}

/** Rebuilds the maps from already-analysed documents: no NLP runs again. */
export function rebuildIndex(documents: Iterable<Document>, surfaces: PhraseSurfaces): TermIndex {
  const index = createTermIndex(surfaces);
  for (const d of documents) addToIndex(index, d);
  return index;
}

/** The same a slice at a time, a turn of the event loop between slices: the index being replaced serves answers meanwhile. */
export async function rebuildIndexInSlices(documents: Iterable<Document>, surfaces: PhraseSurfaces): Promise<TermIndex> {
  const index = createTermIndex(surfaces);
  await inSlices(documents, (d) => addToIndex(index, d));
  return index;
}

/** The id of a sentence of this index (its place in `sentences`). */
export function sentenceIdOf(index: TermIndex, sentence: Sentence): number {
  return (index.firstSentence.get(sentence.docId) ?? NaN) + sentence.position;
}

/** Ids of a document's sentences, in order. */
export function sentenceIdsOf(index: TermIndex, docId: string): number[] {
  const first = index.firstSentence.get(docId);
  const doc = index.documents.get(docId);
  if (first === undefined || !doc) return [];
  return Array.from({ length: doc.sentences.length }, (_, i) => first + i);
}

/** Inverse document frequency of a stem; unseen stems weigh the most. */
export function idf(index: TermIndex, stem: string): number {
  return idfOf(index, index.stemDf.get(stem) ?? 0.5);
}

/** The same from a document frequency already looked up. */
export function idfOf(index: TermIndex, df: number): number {
  return Math.log(1 + index.documents.size / df);
}

/** The words a phrase is most often written with in this set ("security guarantees"). */
export function surfaceOf(index: TermIndex, phrase: string): string {
  const forms = index.surfaces.get(phrase);
  if (!forms) return phrase;
  let best = phrase;
  let count = -1;
  for (const [form, n] of forms) if (n > count) [best, count] = [form, n];
  return best;
}

function push(map: Map<string, number[]>, key: string, value: number) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Whether a posting list (ids in rising order) holds an id. */
export function holdsId(postings: readonly number[], id: number): boolean {
  let lo = 0;
  let hi = postings.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = postings[mid]!;
    if (at === id) return true;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
