import type { Sentence } from '../ingest/document.js';

/**
 * How central each document is to a set (MEAD's centroid, LexRank's centrality, read per
 * document): a set of articles on one story holds some on a side story or a follow-up, and what
 * those say is less often what a summary of the story says. A document's vector is the sum of
 * its sentences' stem counts, each scaled by its relevance; its centrality is the cosine of that
 * vector to the sum of the other documents' unit vectors. The result is divided by the largest, so
 * the most central document reads 1 in a close-knit set or a loose one alike (as recency is a rank).
 * With fewer than two documents, or none sharing a word with the others, every document reads 1.
 */
export function documentCentrality(sentences: readonly { sentence: Sentence; relevance: number }[]): (docId: string) => number {
  const vectors = new Map<string, Map<string, number>>();
  for (const { sentence, relevance } of sentences) {
    let v = vectors.get(sentence.docId);
    if (!v) vectors.set(sentence.docId, (v = new Map()));
    for (const stem of sentence.stems) v.set(stem, (v.get(stem) ?? 0) + relevance);
  }
  if (vectors.size < 2) return () => 1;
  const norms = new Map<string, number>();
  const centroid = new Map<string, number>();
  for (const [docId, v] of vectors) {
    let sq = 0;
    for (const x of v.values()) sq += x * x;
    const norm = Math.sqrt(sq);
    norms.set(docId, norm);
    if (norm > 0) for (const [stem, x] of v) centroid.set(stem, (centroid.get(stem) ?? 0) + x / norm);
  }
  let centroidSq = 0;
  for (const c of centroid.values()) centroidSq += c * c;
  const centrality = new Map<string, number>();
  let largest = 0;
  for (const [docId, v] of vectors) {
    const norm = norms.get(docId)!;
    let value = 0;
    if (norm > 0) {
      // The others' centroid is the sum less this document's unit vector u = v / |v|:
      // v · (C − u) = C · v − |v|, and |C − u|² = |C|² − 2 C · u + 1.
      let dot = 0;
      for (const [stem, x] of v) dot += x * centroid.get(stem)!;
      const othersSq = centroidSq - (2 * dot) / norm + 1;
      if (othersSq > 1e-12) value = Math.max(0, (dot - norm) / (norm * Math.sqrt(othersSq)));
    }
    centrality.set(docId, value);
    if (value > largest) largest = value;
  }
  if (!(largest > 0)) return () => 1;
  return (docId) => (centrality.get(docId) ?? largest) / largest;
}
