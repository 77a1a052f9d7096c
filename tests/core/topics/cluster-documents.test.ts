import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/core/index/build-document.js';
import { addToIndex } from '../../../src/core/index/term-index.js';
import { clusterDocuments, documentVector, joinCluster, nearestCluster } from '../../../src/core/topics/cluster-documents.js';
import { indexOf } from '../index-of.js';
import { article, STORIES } from '../made-up-stories.js';

const ARTICLES = 8;
const documents = Object.fromEntries((['ferry', 'bridge'] as const).flatMap((story) => Array.from({ length: ARTICLES }, (_, n) => [`${story}-${n}.txt`, article(story, n)])));
const storyOf = (id: string) => id.split('-')[0];

describe('clustering documents into stories', () => {
  it('puts each story in one cluster of its own', () => {
    const { clusters } = clusterDocuments(indexOf(documents));
    const big = clusters.filter((c) => c.ids.length > 1);
    expect(big).toHaveLength(2);
    for (const c of big) {
      expect(new Set(c.ids.map(storyOf)).size).toBe(1);
      expect(c.ids).toHaveLength(ARTICLES);
    }
  });

  it('does not depend on the order documents arrive in', () => {
    const reversed = Object.fromEntries(Object.entries(documents).reverse());
    const sets = (d: Record<string, string>) =>
      clusterDocuments(indexOf(d))
        .clusters.map((c) => [...c.ids].sort().join(' '))
        .sort();
    expect(sets(reversed)).toEqual(sets(documents));
  });

  it('places a document added later in its story, and one on a new story apart', () => {
    const index = indexOf(documents);
    const clustering = clusterDocuments(index);
    const add = (id: string, text: string) => {
      const built = buildDocument({ id, text }, index.surfaces);
      if (!('document' in built)) throw new Error('not built');
      addToIndex(index, built.document);
      const v = documentVector(index, built.document, 1);
      return joinCluster(clustering, nearestCluster(clustering, v), id, v);
    };
    const ferry = clustering.clusters.findIndex((c) => c.ids.includes('ferry-0.txt'));
    expect(add('ferry-new.txt', article('ferry', ARTICLES))).toBe(ferry);
    const volcano = add('volcano-0.txt', STORIES.volcano[0]!);
    expect(clustering.clusters[volcano]!.ids).toEqual(['volcano-0.txt']);
    expect(add('volcano-1.txt', STORIES.volcano[1]!)).toBe(volcano);
  });
});
