import type { Sentence } from './document.js';

/** Cosine of two sentences' stem counts: 1 for the same words, 0 for none in common. */
export function sentenceSimilarity(a: Sentence, b: Sentence): number {
  if (!a.stems.length || !b.stems.length) return 0;
  const counts = new Map<string, number>();
  for (const s of a.stems) counts.set(s, (counts.get(s) ?? 0) + 1);
  let dot = 0;
  let nb = 0;
  const seen = new Map<string, number>();
  for (const s of b.stems) seen.set(s, (seen.get(s) ?? 0) + 1);
  for (const [s, n] of seen) {
    nb += n * n;
    dot += n * (counts.get(s) ?? 0);
  }
  let na = 0;
  for (const n of counts.values()) na += n * n;
  return dot / Math.sqrt(na * nb);
}

/** Two sentences that state the same thing, in the same or nearly the same words. */
export const SAME_POINT = 0.55;
