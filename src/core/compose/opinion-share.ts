import type { Sentence } from '../ingest/document.js';
import type { NearDuplicates } from '../summary/near-duplicates.js';

/**
 * How many of a section's `points` opinion pieces may hold (docs/quality.md, "Fourteenth round (issue 16op)"): their
 * share of the sources the topic's units come from, rounded up, so an op-ed among four sources holds at most 2 of 6
 * and one among ten at most 1. Undefined when the units come from one kind of document only: a set of opinion pieces
 * still has its views to show, and a set with none has nothing to weigh. Copies of one piece are one source: two documents
 * of one kind, a unit of one a near copy of a unit of the other or of the same text, count once (two copies of one column
 * once weighed opinion twice; "Fifteenth round (issue 16fix)", rule 3).
 */
export function opinionPoints(units: readonly Sentence[], isOpinion: (s: Sentence) => boolean, points: number, near?: NearDuplicates): number | undefined {
  const documents = new Map<string, boolean>();
  for (const u of units) if (!documents.has(u.docId)) documents.set(u.docId, isOpinion(u));
  let opinion = 0;
  for (const o of documents.values()) if (o) opinion++;
  if (opinion === 0 || opinion === documents.size) return undefined;
  const sources = sourcesOf(units, documents, near);
  const docIds = [...documents.keys()];
  const opinionSources = new Set(docIds.filter((d) => documents.get(d)).map(sources));
  const allSources = new Set(docIds.map(sources));
  return Math.ceil((points * opinionSources.size) / allSources.size);
}

/**
 * Each document's source: documents of one kind joined by a unit of one with the same text as a unit of the other are one,
 * and opinion pieces joined by a near copy too.
 */
function sourcesOf(units: readonly Sentence[], opinion: ReadonlyMap<string, boolean>, near: NearDuplicates | undefined): (docId: string) => string {
  const parent = new Map<string, string>();
  const find = (d: string): string => {
    const p = parent.get(d);
    if (p === undefined || p === d) return d;
    const root = find(p);
    parent.set(d, root);
    return root;
  };
  const join = (a: string, b: string) => {
    if (a !== b && opinion.has(b) && opinion.get(a) === opinion.get(b)) parent.set(find(a), find(b));
  };
  const byText = new Map<string, string>();
  for (const u of units) {
    const same = byText.get(u.text);
    if (same === undefined) byText.set(u.text, u.docId);
    else join(u.docId, same);
    // Only an opinion piece's units are looked up for near copies: that search costs a scan of the index per unit (most of
    // an ad-hoc answer's CPU at 10,000 articles when every unit was looked up), and a column's copies are what weighed twice.
    if (opinion.get(u.docId)) for (const c of near?.(u) ?? []) join(u.docId, c.docId);
  }
  return find;
}
