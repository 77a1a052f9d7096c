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
  const meanOf = (picks: ArrayLike<number>) => {
    let sum = 0;
    for (let i = 0; i < picks.length; i++) sum += d[picks[i]!]!;
    return picks.length ? sum / picks.length : 0;
  };
  return bootstrap(d.length, meanOf, d, seed);
}

/**
 * Paired comparison of two systems' pooled ratios (Σ hits / Σ items over all steps, as a share "over
 * all day-steps" is read): the difference of the pooled ratios, with a percentile bootstrap 95%
 * interval over steps resampled with replacement (both systems keep the same steps), and per-step
 * wins, ties and losses where both have items.
 */
export function pairedPooledDifference(a: readonly { hits: number; items: number }[], b: readonly { hits: number; items: number }[], seed = 1): PairedDifference {
  if (a.length !== b.length) throw new Error(`paired scores differ in length: ${a.length} and ${b.length}`);
  const pooled = (xs: readonly { hits: number; items: number }[], picks: ArrayLike<number>) => {
    let hits = 0;
    let items = 0;
    for (let i = 0; i < picks.length; i++) {
      hits += xs[picks[i]!]!.hits;
      items += xs[picks[i]!]!.items;
    }
    return items ? hits / items : 0;
  };
  const steps = a.flatMap((x, i) => (x.items > 0 && b[i]!.items > 0 ? [x.hits / x.items - b[i]!.hits / b[i]!.items] : []));
  return bootstrap(a.length, (picks) => pooled(a, picks) - pooled(b, picks), steps, seed);
}

/** A statistic of n paired steps, its percentile bootstrap 95% interval (steps resampled, a fixed seed), and the per-step differences' wins, ties and losses. */
function bootstrap(n: number, statistic: (picks: ArrayLike<number>) => number, stepDifferences: readonly number[], seed: number): PairedDifference {
  const random = seededRandom(seed);
  const values = new Float64Array(RESAMPLES);
  const picks = new Int32Array(n);
  for (let r = 0; r < RESAMPLES; r++) {
    for (let i = 0; i < n; i++) picks[i] = Math.floor(random() * n);
    values[r] = statistic(picks);
  }
  values.sort();
  const at = (q: number) => values[Math.min(RESAMPLES - 1, Math.max(0, Math.floor(q * RESAMPLES)))]!;
  const eps = 1e-9;
  return {
    mean: statistic(Array.from({ length: n }, (_, i) => i)),
    low: at(0.025),
    high: at(0.975),
    wins: stepDifferences.filter((x) => x > eps).length,
    ties: stepDifferences.filter((x) => Math.abs(x) <= eps).length,
    losses: stepDifferences.filter((x) => x < -eps).length,
  };
}
