import { describe, expect, it } from 'vitest';
import { packIndex, unpackIndex } from '../../../src/core/index/index-snapshot.js';
import { clusterDocuments, documentVector } from '../../../src/core/topics/cluster-documents.js';
import { indexOf } from '../index-of.js';
import { article } from '../made-up-stories.js';

const documents = Object.fromEntries((['ferry', 'bridge'] as const).flatMap((story) => Array.from({ length: 6 }, (_, n) => [`${story}-${n}.txt`, article(story, n)])));
const clustersOf = (c: ReturnType<typeof clusterDocuments>) => c.clusters.map((x) => ({ ids: x.ids, centroid: [...x.centroid].map(([t, w]) => [c.terms.names[t], w]) }));

describe("a document's stems, counted when it is indexed", () => {
  it('are not read again when the set is clustered after its last document (the serial tail of a first index)', () => {
    const index = indexOf(documents);
    const expected = clustersOf(clusterDocuments(indexOf(documents)));
    // The sentences' stems are put out of reach once every document is in: clustering must work from what indexing counted.
    for (const s of index.sentences)
      Object.defineProperty(s, 'stems', {
        get() {
          throw new Error('stems read again after indexing');
        },
      });
    expect(clustersOf(clusterDocuments(index))).toEqual(expected);
  });

  it('give the same vectors and stories as an index restored from its snapshot, whose documents are counted when first weighed', () => {
    const index = indexOf(documents);
    const restored = unpackIndex(packIndex(index), [...index.documents.values()]);
    expect(clustersOf(clusterDocuments(restored))).toEqual(clustersOf(clusterDocuments(index)));
    const doc = index.documents.get('ferry-3.txt')!;
    const v = documentVector(index, doc, 1);
    const w = documentVector(restored, restored.documents.get('ferry-3.txt')!, 1);
    expect(w.terms).toEqual(v.terms);
    expect([...w.weights]).toEqual([...v.weights]);
    // By hand: a stem's weight is (1 + ln count) × idf, unit length over the document.
    const count = new Map<string, number>();
    for (const s of doc.sentences) for (const st of s.stems) count.set(st, (count.get(st) ?? 0) + 1);
    expect(v.terms).toEqual([...count.keys()]);
  });
});
