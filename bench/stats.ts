/** Nearest-rank percentile of a list of timings. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

/** How a figure grows with size: the exponent k in figure ∝ size^k (1 is linear, 2 quadratic). */
export function growthExponent(small: number, large: number, sizeSmall: number, sizeLarge: number): number {
  if (!(small > 0) || !(large > 0)) return NaN;
  return Math.log(large / small) / Math.log(sizeLarge / sizeSmall);
}

/** Smallest, median and largest of repeated runs of one figure. */
export interface Spread {
  min: number;
  median: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  const known = values.filter((v) => Number.isFinite(v));
  if (!known.length) return { min: NaN, median: NaN, max: NaN };
  return { min: Math.min(...known), median: median(known), max: Math.max(...known) };
}
