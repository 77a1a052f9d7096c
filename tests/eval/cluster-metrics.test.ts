import { describe, expect, it } from 'vitest';
import { nmi, purity } from '../../eval/cluster-metrics.js';

// Manning, Raghavan & Schütze, Introduction to IR, fig. 16.4: three clusters of 17 points.
// cluster 1: 5 x, 1 o; cluster 2: 1 x, 4 o, 1 d; cluster 3: 2 x, 3 d.
const predicted = [...Array(6).fill('c1'), ...Array(6).fill('c2'), ...Array(5).fill('c3')];
const truth = ['x', 'x', 'x', 'x', 'x', 'o', 'x', 'o', 'o', 'o', 'o', 'd', 'x', 'x', 'd', 'd', 'd'];

describe('purity and NMI on a made-up labelling', () => {
  it("purity counts each cluster's majority class: (5 + 4 + 3) / 17", () => {
    expect(purity(predicted, truth)).toBeCloseTo(12 / 17);
  });

  it('NMI matches the textbook value of about 0.36', () => {
    expect(nmi(predicted, truth)).toBeCloseTo(0.3646, 3);
  });

  it('a clustering equal to the classes up to renaming scores 1 on both', () => {
    const classes = ['a', 'a', 'b', 'b', 'c'];
    const clusters = ['3', '3', '1', '1', '2'];
    expect(purity(clusters, classes)).toBe(1);
    expect(nmi(clusters, classes)).toBeCloseTo(1);
  });

  it('one cluster for everything is pure only as far as the largest class goes, and carries no information', () => {
    const classes = ['a', 'a', 'a', 'b'];
    const one = ['k', 'k', 'k', 'k'];
    expect(purity(one, classes)).toBeCloseTo(0.75);
    expect(nmi(one, classes)).toBeCloseTo(0);
  });

  it('singletons are pure but NMI is below 1', () => {
    const classes = ['a', 'a', 'b', 'b'];
    const singles = ['1', '2', '3', '4'];
    expect(purity(singles, classes)).toBe(1);
    expect(nmi(singles, classes)).toBeLessThan(1);
  });
});
