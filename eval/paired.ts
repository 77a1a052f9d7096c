import { seededRandom } from '../bench/corpus.js';

/**
 * Paired comparison of two systems over the same clusters: the mean per-cluster difference, a
 * percentile bootstrap 95% confidence interval for it (clusters resampled with replacement, a
 * fixed seed so a run repeats), and wins, ties and losses.
 */

export interface PairedDifference {
  mean: number;
  low: number;
  high: number;
  wins: number;
  ties: number;
  losses: number;
}

const RESAMPLES = 10_000;

export function pairedDifference(a: readonly number[], b: readonly number[], seed = 1): PairedDifference {
  if (a.length !== b.length) throw new Error(`paired scores differ in length: ${a.length} and ${b.length}`);
  const d = a.map((x, i) => x - b[i]!);
  const n = d.length;
  const mean = n ? d.reduce((s, x) => s + x, 0) / n : 0;
  const random = seededRandom(seed);
  const means = new Float64Array(RESAMPLES);
  for (let r = 0; r < RESAMPLES; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += d[Math.floor(random() * n)]!;
    means[r] = n ? sum / n : 0;
  }
  means.sort();
  const at = (q: number) => means[Math.min(RESAMPLES - 1, Math.max(0, Math.floor(q * RESAMPLES)))]!;
  const eps = 1e-9;
  return {
    mean,
    low: at(0.025),
    high: at(0.975),
    wins: d.filter((x) => x > eps).length,
    ties: d.filter((x) => Math.abs(x) <= eps).length,
    losses: d.filter((x) => x < -eps).length,
  };
}

/**
 * Paired comparison of two systems' pooled ratios (Σ hits / Σ items over all steps, as a share "over
 * all day-steps" is read): the difference of the pooled ratios, with a percentile bootstrap 95%
 * interval over steps resampled with replacement (both systems keep the same steps), and per-step
 * wins, ties and losses where both have items.
 */
export function pairedPooledDifference(a: readonly { hits: number; items: number }[], b: readonly { hits: number; items: number }[], seed = 1): PairedDifference {
  if (a.length !== b.length) throw new Error(`paired scores differ in length: ${a.length} and ${b.length}`);
  const n = a.length;
  const pooled = (xs: readonly { hits: number; items: number }[], picks: ArrayLike<number>) => {
    let hits = 0;
    let items = 0;
    for (let i = 0; i < picks.length; i++) {
      hits += xs[picks[i]!]!.hits;
      items += xs[picks[i]!]!.items;
    }
    return items ? hits / items : 0;
  };
  const all = Array.from({ length: n }, (_, i) => i);
  const mean = pooled(a, all) - pooled(b, all);
  const random = seededRandom(seed);
  const diffs = new Float64Array(RESAMPLES);
  const picks = new Int32Array(n);
  for (let r = 0; r < RESAMPLES; r++) {
    for (let i = 0; i < n; i++) picks[i] = Math.floor(random() * n);
    diffs[r] = pooled(a, picks) - pooled(b, picks);
  }
  diffs.sort();
  const at = (q: number) => diffs[Math.min(RESAMPLES - 1, Math.max(0, Math.floor(q * RESAMPLES)))]!;
  const eps = 1e-9;
  const steps = all.filter((i) => a[i]!.items > 0 && b[i]!.items > 0).map((i) => a[i]!.hits / a[i]!.items - b[i]!.hits / b[i]!.items);
  return {
    mean,
    low: at(0.025),
    high: at(0.975),
    wins: steps.filter((x) => x > eps).length,
    ties: steps.filter((x) => Math.abs(x) <= eps).length,
    losses: steps.filter((x) => x < -eps).length,
  };
}
