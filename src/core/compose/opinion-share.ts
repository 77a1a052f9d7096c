import type { Sentence } from '../ingest/document.js';

/**
 * How many of a section's `points` opinion pieces may hold (docs/quality.md, "Fourteenth round (issue 16op)"): their
 * share of the documents the topic's units come from, rounded up, so an op-ed among four sources holds at most 2 of 6
 * and one among ten at most 1. Undefined when the units come from one kind of document only: a set of opinion pieces
 * still has its views to show, and a set with none has nothing to weigh.
 */
export function opinionPoints(units: readonly Sentence[], isOpinion: (s: Sentence) => boolean, points: number): number | undefined {
  const documents = new Map<string, boolean>();
  for (const u of units) if (!documents.has(u.docId)) documents.set(u.docId, isOpinion(u));
  let opinion = 0;
  for (const o of documents.values()) if (o) opinion++;
  if (opinion === 0 || opinion === documents.size) return undefined;
  return Math.ceil((points * opinion) / documents.size);
}
