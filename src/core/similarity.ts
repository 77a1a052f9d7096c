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
  const va = stemVector(a);
  const vb = stemVector(b);
  if (!va.squares || !vb.squares) return 0;
  // Both vectors are sorted by stem id: one merge walk, no hashing (answers compare thousands of pairs).
  let dot = 0;
  for (let i = 0, j = 0; i < va.ids.length && j < vb.ids.length; ) {
    const x = va.ids[i]!;
    const y = vb.ids[j]!;
    if (x === y) dot += va.counts[i++]! * vb.counts[j++]!;
    else if (x < y) i++;
    else j++;
  }
  // As cosine() computes it, to the last bit: thresholds compare the same.
  return dot / Math.sqrt(va.squares * vb.squares);
}

/** A sentence's stem counts as parallel arrays sorted by interned stem id, with the sum of their squares. */
interface StemVector {
  ids: Int32Array;
  counts: Float64Array;
  squares: number;
}

const stemIds = new Map<string, number>();
const vectors = new WeakMap<Sentence, StemVector>();

function stemVector(s: Sentence): StemVector {
  let out = vectors.get(s);
  if (!out) {
    const byId = new Map<number, number>();
    for (const stem of s.stems) {
      let id = stemIds.get(stem);
      if (id === undefined) stemIds.set(stem, (id = stemIds.size));
      byId.set(id, (byId.get(id) ?? 0) + 1);
    }
    const ids = Int32Array.from(byId.keys()).sort();
    const counts = Float64Array.from(ids, (id) => byId.get(id)!);
    out = { ids, counts, squares: counts.reduce((n, c) => n + c * c, 0) };
    vectors.set(s, out);
  }
  return out;
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
