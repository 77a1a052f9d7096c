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

const counts = new WeakMap<Sentence, Map<string, number>>();

/** A sentence's stem counts, built once per sentence: sentences live as long as their index, and are compared often. */
export function stemCounts(s: Sentence): Map<string, number> {
  let out = counts.get(s);
  if (!out) {
    out = new Map();
    for (const stem of s.stems) out.set(stem, (out.get(stem) ?? 0) + 1);
    counts.set(s, out);
  }
  return out;
}

/** Two sentences that state the same thing, in the same or nearly the same words. */
export const SAME_POINT = 0.55;
