import type { Citation, Point, Source } from '../briefing.js';
import { findDates } from '../facts/timeline.js';
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
  const publishedOf = (docId: string) => documents.get(docId)?.meta.published;
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
      let since: string | undefined;
      for (const other of near(sentence)) {
        if (cited.has(other.docId) || !sharesPredicate(sentence, other)) continue;
        // Rule BF (docs/quality.md, "Session 59"): an article published before the day a point tells cannot have told it; an
        // undated one may have.
        since ??= latestDayTold(sentence, publishedOf);
        const otherPublished = publishedOf(other.docId)?.slice(0, 10);
        if (since && otherPublished && otherPublished < since) continue;
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

/**
 * The latest day a sentence dates an event to that had come when its article was published ('' when it dates none): the day
 * its point reports as happened, which no article published before it can tell.
 */
function latestDayTold(sentence: Sentence, publishedOf: (docId: string) => string | undefined): string {
  const published = publishedOf(sentence.docId)?.slice(0, 10);
  if (!published) return '';
  let latest = '';
  for (const d of findDates([sentence], publishedOf)) if (d.isEvent && d.date?.length === 10 && d.date <= published && d.date > latest) latest = d.date;
  return latest;
}
