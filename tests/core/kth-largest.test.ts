import { describe, expect, it } from 'vitest';
import { kthLargest } from '../../src/core/kth-largest.js';

/** A small seeded generator, so a failure can be run again. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** What a centroid's cut read before: the k-th largest from a full ascending sort. */
const bySort = (values: Float64Array, k: number) => Float64Array.from(values).sort()[values.length - k]!;

describe('the k-th largest weight, by selection', () => {
  it('is the value a full sort puts at that place, for every k, on weights with and without ties', () => {
    const next = random(7);
    for (const n of [1, 2, 3, 10, 61, 200, 1500]) {
      const shapes = [
        Float64Array.from({ length: n }, () => next()),
        // Repeated weights, as a story's sum holds for terms that occur in the same documents.
        Float64Array.from({ length: n }, () => Math.floor(next() * 5) / 7),
        Float64Array.from({ length: n }, (_, i) => i),
        Float64Array.from({ length: n }, (_, i) => n - i),
        new Float64Array(n).fill(0.25),
      ];
      for (const values of shapes) {
        for (const k of new Set([1, 2, Math.ceil(n / 2), Math.min(60, n), n].filter((k) => k >= 1 && k <= n))) {
          expect(kthLargest(Float64Array.from(values), k)).toBe(bySort(values, k));
        }
      }
    }
  });

  it('stays exact on a long run of sorted or organ-pipe weights, where poor pivots fall back to sorting', () => {
    const n = 20_000;
    const pipe = Float64Array.from({ length: n }, (_, i) => (i < n / 2 ? i : n - i));
    const sorted = Float64Array.from({ length: n }, (_, i) => i / n);
    for (const values of [pipe, sorted]) for (const k of [1, 60, n / 2, n]) expect(kthLargest(Float64Array.from(values), k)).toBe(bySort(values, k));
  });
});
