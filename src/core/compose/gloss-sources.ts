import type { Briefing, Citation } from '../briefing.js';

/**
 * How many of a printed item's cited documents the surname gloss reads: the largest story the project is judged on holds
 * 10 documents (every DUC 2004 and TAC 2011 set), and a citation list names distinct documents, so no judged briefing
 * loses one (docs/quality.md, "Issue 17, thirtieth round (17adhoc9)", rule B).
 */
export const GLOSS_DOCUMENTS_PER_ITEM = 10;

type Cited = Pick<Briefing, 'sources' | 'summary' | 'keyPoints' | 'quotes' | 'figures' | 'timeline' | 'differences' | 'figuresThatDiffer'>;

/**
 * The documents the surname gloss reads for a briefing, in its source order: every source some item cites among the first
 * `perItem` distinct documents of its citations (its own first), and any source no item cites. A point cites every document
 * that states its sentence, so in a large archive its copies grow with the set while the answer does not: the gloss's
 * evidence is sought in a bounded number of them, the bound only ever dropping a document every list citing it cites late.
 */
export function glossSources(briefing: Cited, perItem = GLOSS_DOCUMENTS_PER_ITEM): string[] {
  const lists: (readonly Citation[])[] = [
    ...briefing.summary.map((p) => p.citations),
    ...briefing.keyPoints.map((p) => p.citations),
    ...briefing.differences.flatMap((d) => d.sides.map((s) => s.citations)),
    ...(briefing.figuresThatDiffer ?? []).flatMap((f) => f.values.map((v) => v.citations)),
    ...briefing.quotes.map((q) => [q.citation]),
    ...briefing.figures.map((f) => [f.citation]),
    ...briefing.timeline.map((e) => [e.citation]),
  ];
  const cited = new Set<number>();
  const read = new Set<number>();
  for (const list of lists) {
    const first = new Set<number>();
    for (const c of list) {
      cited.add(c.source);
      if (first.size < perItem) first.add(c.source);
    }
    for (const n of first) read.add(n);
  }
  return briefing.sources.filter((s) => read.has(s.n) || !cited.has(s.n)).map((s) => s.docId);
}
