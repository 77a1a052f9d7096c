/**
 * The k items with the highest scores, best first, ties in input order: the same as sorting
 * them all and keeping k, but only the k are sorted (the cut-off comes from a native numeric
 * sort of the scores), which matters for a broad query over 100,000 sentences.
 */
export function topK<T>(items: readonly T[], scores: ArrayLike<number>, k: number): T[] {
  const n = items.length;
  let picked: number[];
  if (n <= k) picked = Array.from({ length: n }, (_, i) => i);
  else {
    const cut = Float64Array.from(scores).sort()[n - k]!;
    picked = [];
    for (let i = 0; i < n; i++) if (scores[i]! > cut) picked.push(i);
    for (let i = 0; i < n && picked.length < k; i++) if (scores[i] === cut) picked.push(i);
  }
  return picked.sort((a, b) => scores[b]! - scores[a]! || a - b).map((i) => items[i]!);
}
