import { idf, type TermIndex } from './term-index.js';

/** Cosine similarity a document needs to a story's centroid to join it. */
const JOIN = 0.2;
/** Terms kept per centroid: enough to say what a story is about, few enough to stay fast at 10,000 documents. */
const CENTROID_TERMS = 60;

type Vector = Map<string, number>;

/**
 * Groups documents into stories: each document joins the most similar story centroid (tf-idf,
 * cosine) or starts a new one, then stories whose centroids are alike are merged. Linear in the
 * number of documents times the number of stories, so it scales to a large archive.
 */
export function clusterDocuments(index: TermIndex): string[][] {
  const vectors = new Map<string, Vector>();
  for (const [id, doc] of index.documents) {
    const tf = new Map<string, number>();
    for (const s of doc.sentences) for (const st of s.stems) tf.set(st, (tf.get(st) ?? 0) + 1);
    const v: Vector = new Map();
    for (const [st, n] of tf) if ((index.stemDf.get(st) ?? 0) >= 2) v.set(st, (1 + Math.log(n)) * idf(index, st));
    vectors.set(id, normalise(v));
  }
  let clusters: { ids: string[]; centroid: Vector }[] = [];
  for (const [id, v] of vectors) {
    let best = -1;
    let bestSim = JOIN;
    clusters.forEach((c, i) => {
      const sim = dot(v, c.centroid);
      if (sim > bestSim) [best, bestSim] = [i, sim];
    });
    if (best >= 0) {
      const c = clusters[best]!;
      c.ids.push(id);
      c.centroid = centroidOf(c.ids, vectors);
    } else clusters.push({ ids: [id], centroid: v });
  }
  // One pass of reassignment (k-means style) fixes documents that came before their story formed.
  for (let round = 0; round < 2; round++) {
    const next = clusters.map((c) => ({ ids: [] as string[], centroid: c.centroid }));
    for (const [id, v] of vectors) {
      let best = 0;
      let bestSim = -1;
      next.forEach((c, i) => {
        const sim = dot(v, c.centroid);
        if (sim > bestSim) [best, bestSim] = [i, sim];
      });
      next[best]!.ids.push(id);
    }
    clusters = next.filter((c) => c.ids.length).map((c) => ({ ids: c.ids, centroid: centroidOf(c.ids, vectors) }));
  }
  return clusters.map((c) => c.ids);
}

function centroidOf(ids: string[], vectors: Map<string, Vector>): Vector {
  const sum: Vector = new Map();
  for (const id of ids) for (const [t, w] of vectors.get(id)!) sum.set(t, (sum.get(t) ?? 0) + w);
  const top = [...sum].sort((a, b) => b[1] - a[1]).slice(0, CENTROID_TERMS);
  return normalise(new Map(top));
}

function normalise(v: Vector): Vector {
  let norm = 0;
  for (const w of v.values()) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

function dot(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [t, w] of small) {
    const other = large.get(t);
    if (other) sum += w * other;
  }
  return sum;
}
