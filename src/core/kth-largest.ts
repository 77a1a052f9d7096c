/**
 * The k-th largest of `values` (1 ≤ k ≤ values.length), the value a descending sort would put at
 * place k - 1, found by selection in linear time on average: trimming a large story's centroid
 * read it from a sort of thousands of weights, and does so each time the story grows by a quarter.
 * `values` is reordered; pass a copy.
 */
export function kthLargest(values: Float64Array, k: number): number {
  // The (n - k)-th smallest, as an ascending numeric sort would place it.
  const target = values.length - k;
  let lo = 0;
  let hi = values.length - 1;
  // Past this many rounds the pivots are unlucky (a sorted or repeated run): the rest is sorted instead, so the worst case stays n log n.
  let rounds = 2 * Math.ceil(Math.log2(values.length + 1)) + 8;
  while (hi > lo) {
    if (--rounds < 0) return values.subarray(lo, hi + 1).sort()[target - lo]!;
    const pivot = medianOfThree(values[lo]!, values[(lo + hi) >>> 1]!, values[hi]!);
    // Three-way partition: < pivot, = pivot, > pivot, so runs of equal weights end the search at once.
    let lt = lo;
    let gt = hi;
    let i = lo;
    while (i <= gt) {
      const v = values[i]!;
      if (v < pivot) swap(values, lt++, i++);
      else if (v > pivot) swap(values, i, gt--);
      else i++;
    }
    if (target < lt) hi = lt - 1;
    else if (target > gt) lo = gt + 1;
    else return pivot;
  }
  return values[target]!;
}

/** The middle one of three values: max(min(a, b), min(max(a, b), c)). */
function medianOfThree(a: number, b: number, c: number): number {
  return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
}

function swap(values: Float64Array, i: number, j: number): void {
  const v = values[i]!;
  values[i] = values[j]!;
  values[j] = v;
}
