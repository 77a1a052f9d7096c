import type { Citation, Point, Source } from './briefing.js';
import type { Document, Sentence } from './document.js';
import { SAME_POINT, sentenceSimilarity } from './similarity.js';

/**
 * Numbers sources in the order a briefing first cites them, so the reader meets [1] before [2].
 */
export interface Citer {
  cite(sentence: Sentence): Citation;
  /** The sentence as a point citing every document that states the same (near-duplicates in `pool`). */
  point(sentence: Sentence, pool: readonly Sentence[]): Point;
  sources(): Source[];
}

export function createCiter(documents: ReadonlyMap<string, Document>): Citer {
  const numbers = new Map<string, number>();
  const cite = (s: Sentence): Citation => {
    let n = numbers.get(s.docId);
    if (n === undefined) numbers.set(s.docId, (n = numbers.size + 1));
    return { source: n, paragraph: s.paragraph, sentence: s.index };
  };
  return {
    cite,
    point(sentence, pool) {
      const citations = [cite(sentence)];
      const cited = new Set([sentence.docId]);
      for (const other of pool) {
        if (cited.has(other.docId) || sentenceSimilarity(sentence, other) < SAME_POINT) continue;
        cited.add(other.docId);
        citations.push(cite(other));
      }
      return { text: sentence.text, citations };
    },
    sources() {
      return [...numbers].map(([docId, n]) => {
        const meta = documents.get(docId)!.meta;
        return { n, docId, ...meta };
      });
    },
  };
}
