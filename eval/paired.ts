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
