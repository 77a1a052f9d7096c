import type { Citation, Point, Source } from '../briefing.js';
import type { Document, Sentence } from '../ingest/document.js';
import type { NearDuplicates } from './near-duplicates.js';
import { sharesPredicate } from './same-fact.js';

/**
 * Numbers sources in the order a briefing first cites them, so the reader meets [1] before [2].
 */
export interface Citer {
  cite(sentence: Sentence): Citation;
  /** The sentence as a point citing every document that states the same (its near-duplicates). */
  point(sentence: Sentence, near: NearDuplicates): Point;
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
    point(sentence, near) {
      const citations = [cite(sentence)];
      const cited = new Set([sentence.docId]);
      for (const other of near(sentence)) {
        if (cited.has(other.docId) || !sharesPredicate(sentence, other)) continue;
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
