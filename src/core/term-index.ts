import type { Document, Sentence } from './document.js';
import type { PhraseSurfaces } from './sentences.js';

/**
 * Term → sentence index over a set's documents: what topics, queries and summaries look things
 * up in. Built once; a new document is added without touching the rest.
 */
export interface TermIndex {
  documents: Map<string, Document>;
  sentences: Sentence[];
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
    stemDf: new Map(),
    stemSentences: new Map(),
    phraseSentences: new Map(),
    phraseDf: new Map(),
    surfaces,
  };
}

export function addToIndex(index: TermIndex, document: Document): void {
  index.documents.set(document.id, document);
  const seenStems = new Set<string>();
  const seenPhrases = new Set<string>();
  for (const sentence of document.sentences) {
    const id = index.sentences.length;
    index.sentences.push(sentence);
    for (const s of new Set(sentence.stems)) {
      push(index.stemSentences, s, id);
      seenStems.add(s);
    }
    for (const p of sentence.phrases) {
      push(index.phraseSentences, p, id);
      seenPhrases.add(p);
    }
  }
  for (const s of seenStems) index.stemDf.set(s, (index.stemDf.get(s) ?? 0) + 1);
  for (const p of seenPhrases) index.phraseDf.set(p, (index.phraseDf.get(p) ?? 0) + 1);
}

/** Rebuilds the maps from already-analysed documents: no NLP runs again. */
export function rebuildIndex(documents: Iterable<Document>, surfaces: PhraseSurfaces): TermIndex {
  const index = createTermIndex(surfaces);
  for (const d of documents) addToIndex(index, d);
  return index;
}

/** Inverse document frequency of a stem; unseen stems weigh the most. */
export function idf(index: TermIndex, stem: string): number {
  return Math.log(1 + index.documents.size / (index.stemDf.get(stem) ?? 0.5));
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
