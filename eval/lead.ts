import type { Sentence } from '../src/core/ingest/document.js';
import { type Budget, fillBudget } from './budget.js';

/**
 * LEAD baseline: the first sentences of the most recent article, up to the byte budget.
 * Ties on date go to the article that comes last in the input, as DUC lists articles in date order.
 */
export function lead(sentences: readonly Sentence[], published: ReadonlyMap<string, string | undefined>, budget: Budget): Sentence[] {
  const docOrder = [...new Set(sentences.map((s) => s.docId))];
  let latest: string | undefined;
  for (const docId of docOrder) {
    if (latest === undefined || (published.get(docId) ?? '') >= (published.get(latest) ?? '')) latest = docId;
  }
  const ofLatest = sentences.filter((s) => s.docId === latest).sort((a, b) => a.position - b.position);
  return fillBudget(ofLatest, (s) => s.text, budget);
}
