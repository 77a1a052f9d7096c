import { describe, expect, it } from 'vitest';
import { type Dataset, pickClusters } from '../../eval/dataset.js';

const dataset: Dataset = {
  clusters: ['c0', 'c1', 'c2', 'c3'].map((id) => ({ id, docs: [{ id: `${id}-a`, text: 'Text.' }], references: ['A summary.'] })),
};
const ids = (range: string | undefined) => {
  const picked = pickClusters(dataset, range);
  return picked.ok ? picked.dataset.clusters.map((c) => c.id) : picked.message;
};

describe('pickClusters', () => {
  it('keeps every cluster when no range is given', () => {
    expect(ids(undefined)).toEqual(['c0', 'c1', 'c2', 'c3']);
  });

  it('keeps the clusters of an inclusive 0-based range, or one index', () => {
    expect(ids('1-2')).toEqual(['c1', 'c2']);
    expect(ids('3')).toEqual(['c3']);
  });

  it('refuses a range that is reversed, out of the file or not a range', () => {
    for (const bad of ['2-1', '0-4', 'a-b', '-1']) expect(ids(bad)).toMatch(/expected a-b/);
  });
});
