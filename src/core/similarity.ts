import type { Sentence } from './document.js';

/** Cosine of two sparse vectors; 0 when either is empty. */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    dot += v * (b.get(k) ?? 0);
  }
  for (const v of b.values()) nb += v * v;
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/** Cosine of two sentences' stem counts: 1 for the same words, 0 for none in common. */
export function sentenceSimilarity(a: Sentence, b: Sentence): number {
  return cosine(stemCounts(a), stemCounts(b));
}

function stemCounts(s: Sentence): Map<string, number> {
  const counts = new Map<string, number>();
  for (const stem of s.stems) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  return counts;
}

/** Two sentences that state the same thing, in the same or nearly the same words. */
export const SAME_POINT = 0.55;
