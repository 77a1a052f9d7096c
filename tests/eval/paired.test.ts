import { describe, expect, it } from 'vitest';
import { pairedDifference, pairedPooledDifference } from '../../eval/paired.js';

describe('paired bootstrap', () => {
  it('a pooled share weighs every item: a step with one item counts less than a step with ten', () => {
    const a = [
      { hits: 0, items: 1 },
      { hits: 10, items: 10 },
    ];
    const b = [
      { hits: 1, items: 1 },
      { hits: 5, items: 10 },
    ];
    const pooled = pairedPooledDifference(a, b);
    expect(pooled.mean).toBeCloseTo(10 / 11 - 6 / 11);
    // The mean of per-step shares puts a below b, (−1 + 0.5) / 2; the pooled share puts it above.
    expect(pairedDifference([0, 1], [1, 0.5]).mean).toBeLessThan(0);
    expect([pooled.wins, pooled.ties, pooled.losses]).toEqual([1, 0, 1]);
  });

  it('steps where one system shows nothing still count in the pooled share, and a system that wins every step has its interval above 0', () => {
    const a = Array.from({ length: 12 }, () => ({ hits: 4, items: 5 }));
    const b = Array.from({ length: 12 }, (_, i) => (i === 0 ? { hits: 0, items: 0 } : { hits: 2, items: 5 }));
    const d = pairedPooledDifference(a, b);
    expect(d.mean).toBeCloseTo(0.8 - 0.4);
    expect(d.low).toBeGreaterThan(0);
    expect(d.low).toBeLessThanOrEqual(d.mean);
    expect(d.high).toBeGreaterThanOrEqual(d.mean);
    expect(d.wins).toBe(11);
  });
});
