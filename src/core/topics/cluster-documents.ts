import { idfOf, type TermIndex } from '../index/term-index.js';
import type { Document } from '../ingest/document.js';
import { kthLargest } from '../kth-largest.js';
import { mergeStories } from './merge-stories.js';

/** Cosine similarity a document needs to a story's centroid to join it. */
export const JOIN = 0.2;
/** Terms kept per centroid: enough to say what a story is about, few enough to stay fast at 10,000 documents. */
const CENTROID_TERMS = 60;
/**
 * A centroid is re-trimmed from its running sum at every join while the story is small, then
 * each time it has grown by a quarter: a large story's centroid barely moves with one more
 * document, and re-trimming at every join made clustering quadratic in a story's size.
 */
const RETRIM_ALWAYS_UP_TO = 8;
const RETRIM_GROWTH = 1.25;
const REASSIGN_ROUNDS = 2;

/** A document's tf-idf weights, unit length; parallel arrays keep 10,000 of them small. */
export interface DocVector {
  terms: string[];
  weights: Float64Array;
}

export interface Cluster {
  ids: string[];
  /** Sum of the members' vectors, by term number: a join adds to it instead of re-reading every member. */
  sum: Map<number, number>;
  /** The sum's heaviest terms, unit length: what documents are compared with. */
  centroid: Map<number, number>;
  /** Members when the centroid was last trimmed. */
  trimmedAt: number;
}

/**
 * Clusters, and an inverted index from each centroid term to the clusters that hold it, so a
 * document is scored only against clusters it shares a term with, not against all of them.
 * Clusters hold terms by number: scoring a document five times over a set reads arrays instead
 * of hashing each of its terms again.
 */
export interface Clustering {
  clusters: Cluster[];
  /** Term number → the clusters whose centroid holds the term, with its weight there. */
  postings: (Holders | undefined)[];
  terms: TermNumbers;
}

/**
 * The clusters holding a term, in the order a map would keep them (a place set again stays where
 * it is, one taken out and set again goes last): scoring reads them five times a document, and
 * arrays read faster than a map's entries.
 */
export interface Holders {
  places: number[];
  weights: number[];
}

/** Each term's number, and back. */
export interface TermNumbers {
  numbers: Map<string, number>;
  names: string[];
}

/** A document's vector by term number, as clustering reads it. */
interface NumberedVector {
  terms: Int32Array;
  weights: Float64Array;
}

/**
 * Discovery leaves out stems no other document has: they cannot make two documents alike. A
 * document added later keeps them, since the next documents on its story may share them.
 */
const DISCOVERY_MIN_DF = 2;

/** A document's tf-idf vector over its stems (those of at least `minDf` documents). */
export function documentVector(index: TermIndex, doc: Document, minDf = DISCOVERY_MIN_DF): DocVector {
  return weighed(index, doc, minDf, (stem) => stem);
}

/**
 * A batch's stems by slot: each occurrence of a stem is hashed once, and its document count and
 * term are looked up once a batch, not once a document. Counts are zero between documents.
 */
interface StemSlots<Term> {
  slotOf: Map<string, number>;
  stems: string[];
  /** Slot → the stem's document count, -1 when the index has none. */
  df: number[];
  term: (Term | undefined)[];
  counts: Int32Array;
}

function stemSlots<Term>(): StemSlots<Term> {
  return { slotOf: new Map(), stems: [], df: [], term: [], counts: new Int32Array(256) };
}

/** The tf-idf weights of a document's stems of at least `minDf` documents (in their order of first appearance), each stem as `termOf` gives it. */
function weighed<Term>(index: TermIndex, doc: Document, minDf: number, termOf: (stem: string) => Term, slots: StemSlots<Term> = stemSlots()): { terms: Term[]; weights: Float64Array } {
  const firstSeen: number[] = [];
  for (const s of doc.sentences) {
    for (const st of s.stems) {
      let at = slots.slotOf.get(st);
      if (at === undefined) {
        at = slots.stems.push(st) - 1;
        slots.slotOf.set(st, at);
        slots.df.push(index.stemDf.get(st) ?? -1);
        slots.term.push(undefined);
        if (at >= slots.counts.length) {
          const grown = new Int32Array(slots.counts.length * 2);
          grown.set(slots.counts);
          slots.counts = grown;
        }
      }
      const n = slots.counts[at]!;
      slots.counts[at] = n + 1;
      if (n === 0) firstSeen.push(at);
    }
  }
  const { counts } = slots;
  const terms: Term[] = [];
  const raw: number[] = [];
  for (const at of firstSeen) {
    const n = counts[at]!;
    counts[at] = 0;
    const df = slots.df[at]!;
    if (df < 0 || df < minDf) continue;
    terms.push((slots.term[at] ??= termOf(slots.stems[at]!)));
    raw.push((1 + Math.log(n)) * idfOf(index, df));
  }
  const norm = Math.sqrt(raw.reduce((a, w) => a + w * w, 0)) || 1;
  return { terms, weights: Float64Array.from(raw, (w) => w / norm) };
}

export function createClustering(terms: TermNumbers = { numbers: new Map(), names: [] }): Clustering {
  return { clusters: [], postings: [], terms };
}

/** The vector by the clustering's term numbers; a term it has not seen is numbered when `add`, else left out (no cluster holds it). */
function numbered(terms: TermNumbers, v: DocVector, add: boolean): NumberedVector {
  const at: number[] = [];
  const weights: number[] = [];
  v.terms.forEach((t, i) => {
    const n = add ? numberOf(terms, t) : terms.numbers.get(t);
    if (n === undefined) return;
    at.push(n);
    weights.push(v.weights[i]!);
  });
  return { terms: Int32Array.from(at), weights: Float64Array.from(weights) };
}

function numberOf(terms: TermNumbers, term: string): number {
  let n = terms.numbers.get(term);
  if (n === undefined) {
    n = terms.names.push(term) - 1;
    terms.numbers.set(term, n);
  }
  return n;
}

/**
 * Scores by cluster place, kept between calls: each document is scored against every cluster it
 * shares a term with (five times over a set, by the reassignment rounds), and a map a document
 * was most of clustering's time. A place's score counts only when its stamp is the call's.
 */
let scores = new Float64Array(64);
let stamps = new Uint32Array(64);
let stamp = 0;

/** The cluster most similar to `v` above `min` (ties: the older cluster), or -1. */
export function nearestCluster(clustering: Clustering, v: DocVector, min = JOIN): number {
  return nearestNumbered(clustering, numbered(clustering.terms, v, false), min);
}

function nearestNumbered(clustering: Clustering, v: NumberedVector, min: number): number {
  const count = clustering.clusters.length;
  if (scores.length < count) {
    scores = new Float64Array(count * 2);
    stamps = new Uint32Array(count * 2);
  }
  if (++stamp === 0xffffffff) {
    stamps.fill(0);
    stamp = 1;
  }
  const touched: number[] = [];
  const { terms, weights } = v;
  const { postings } = clustering;
  for (let i = 0; i < terms.length; i++) {
    const holders = postings[terms[i]!];
    if (holders === undefined) continue;
    const w = weights[i]!;
    const { places, weights: held } = holders;
    // Each cluster's score is summed in the document's term order, as before: the same sums to the last bit.
    for (let j = 0; j < places.length; j++) {
      const c = places[j]!;
      const cw = held[j]!;
      if (stamps[c] === stamp) scores[c] = scores[c]! + w * cw;
      else {
        stamps[c] = stamp;
        scores[c] = w * cw;
        touched.push(c);
      }
    }
  }
  let best = -1;
  let bestSim = min;
  for (const c of touched) {
    const sim = scores[c]!;
    if (sim > bestSim || (sim === bestSim && best >= 0 && c < best)) [best, bestSim] = [c, sim];
  }
  return best;
}

/** Adds a document to cluster `at`, or to a new cluster when `at` is -1; returns the cluster's place. */
export function joinCluster(clustering: Clustering, at: number, id: string, v: DocVector): number {
  return joinNumbered(clustering, at, id, numbered(clustering.terms, v, true));
}

function joinNumbered(clustering: Clustering, at: number, id: string, v: NumberedVector): number {
  const place = at >= 0 ? at : clustering.clusters.length;
  if (at < 0) clustering.clusters.push({ ids: [], sum: new Map(), centroid: new Map(), trimmedAt: 0 });
  const c = clustering.clusters[place]!;
  c.ids.push(id);
  addTo(c.sum, v);
  if (c.ids.length <= RETRIM_ALWAYS_UP_TO || c.ids.length >= c.trimmedAt * RETRIM_GROWTH) retrim(clustering, place);
  return place;
}

function addTo(sum: Map<number, number>, v: NumberedVector): void {
  const { terms, weights } = v;
  for (let i = 0; i < terms.length; i++) sum.set(terms[i]!, (sum.get(terms[i]!) ?? 0) + weights[i]!);
}

/**
 * Groups documents into stories: each document joins the most similar story centroid (tf-idf,
 * cosine) or starts a new one; then a few rounds of reassignment (k-means style) fix documents
 * that came before their story formed. Each document is compared only with the centroids it
 * shares a term with, so the work grows with the documents, not with documents × stories.
 */
export function clusterDocuments(index: TermIndex, join = JOIN): Clustering {
  let clustering = createClustering();
  const vectors = new Map<string, NumberedVector>();
  const slots = stemSlots<number>();
  for (const [id, doc] of index.documents) {
    const { terms, weights } = weighed(index, doc, DISCOVERY_MIN_DF, (stem) => numberOf(clustering.terms, stem), slots);
    vectors.set(id, { terms: Int32Array.from(terms), weights });
  }
  const current = new Map<string, number>();
  for (const [id, v] of vectors) current.set(id, joinNumbered(clustering, nearestNumbered(clustering, v, join), id, v));
  clustering = reassign(clustering, current, vectors, false);
  // Reassignment ends on clusters rebuilt from their members in order, so their sums are the merge's.
  const merged = mergeStories(
    clustering.clusters.map((c) => c.ids),
    vectors,
    clustering.clusters.map((c) => c.sum),
  );
  merged.forEach((ids, place) => ids.forEach((id) => current.set(id, place)));
  // A merged story's first part is the story it grew from: one merged with none is that story, as it was.
  const storyFirst = new Map(clustering.clusters.map((c) => [c.ids[0], c]));
  const before = merged.map((ids) => storyFirst.get(ids[0]));
  clustering = regroup(clustering.terms, merged.length, current, vectors, before);
  return reassign(clustering, current, vectors, true);
}

/**
 * A few rounds of k-means: every document moves to the story whose centroid is closest to it.
 * `regrouped`: the clusters were rebuilt from `current` as it is (regroup), not grown one join at a time.
 */
function reassign(clustering: Clustering, current: Map<string, number>, vectors: ReadonlyMap<string, NumberedVector>, regrouped: boolean): Clustering {
  for (let round = 0; round < REASSIGN_ROUNDS; round++) {
    let moved = false;
    for (const [id, v] of vectors) {
      const best = nearestNumbered(clustering, v, -Infinity);
      if (best >= 0 && best !== current.get(id)) {
        current.set(id, best);
        moved = true;
      }
    }
    // Rebuilding clusters from the assignment they were built from gives them back as they are, and another round finds the same.
    if (!moved && regrouped) return clustering;
    clustering = regroup(clustering.terms, clustering.clusters.length, current, vectors, clustering.clusters);
    regrouped = true;
  }
  return clustering;
}

/**
 * Clusters joined in groups (each group a list of cluster places; clusters in no group stay as
 * they are), in the order of each group's first cluster: their sums add up, so no document is read again.
 */
export function combineClusters(clustering: Clustering, groups: readonly number[][]): Clustering {
  const into = new Map<number, number>();
  for (const g of groups) for (const place of g) into.set(place, Math.min(...g));
  const next = createClustering(clustering.terms);
  const placeOf = new Map<number, number>();
  clustering.clusters.forEach((c, place) => {
    const target = into.get(place) ?? place;
    let at = placeOf.get(target);
    if (at === undefined) {
      at = next.clusters.length;
      placeOf.set(target, at);
      next.clusters.push({ ids: [], sum: new Map(), centroid: new Map(), trimmedAt: 0 });
    }
    const merged = next.clusters[at]!;
    merged.ids.push(...c.ids);
    for (const [t, w] of c.sum) merged.sum.set(t, (merged.sum.get(t) ?? 0) + w);
  });
  next.clusters.forEach((_, place) => retrim(next, place));
  return next;
}

/**
 * Clusters rebuilt from an assignment of documents, emptied ones dropped, in the old order.
 * `before[c]`: what place `c` held, its sum added from its members in the assignment's order
 * (a first pass's joins, or an earlier regrouping); where its members are the same, in the same
 * order, its sum (and centroid, if trimmed at that size) is what adding them again would give.
 */
function regroup(terms: TermNumbers, count: number, assignment: Map<string, number>, vectors: ReadonlyMap<string, NumberedVector>, before: readonly (Cluster | undefined)[]): Clustering {
  const members = Array.from({ length: count }, () => [] as string[]);
  for (const [id, c] of assignment) members[c]!.push(id);
  const next = createClustering(terms);
  members.forEach((ids, c) => {
    if (!ids.length) return;
    const place = next.clusters.length;
    for (const id of ids) assignment.set(id, place);
    const was = before[c];
    if (was && sameMembers(was.ids, ids)) {
      next.clusters.push({ ids, sum: was.sum, centroid: new Map(), trimmedAt: 0 });
      if (was.trimmedAt === ids.length) post(next, place, was.centroid);
      else retrim(next, place);
      return;
    }
    const sum = new Map<number, number>();
    for (const id of ids) addTo(sum, vectors.get(id)!);
    next.clusters.push({ ids, sum, centroid: new Map(), trimmedAt: 0 });
    retrim(next, place);
  });
  return next;
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Sets a cluster's centroid to its sum's heaviest terms, and moves its postings with it. */
function retrim(clustering: Clustering, place: number): void {
  const c = clustering.clusters[place]!;
  // A lone document is compared in full; a story by the terms its documents share most.
  const top = c.ids.length > 1 ? heaviest(c.sum, CENTROID_TERMS, clustering.terms.names) : [...c.sum];
  const norm = Math.sqrt(top.reduce((a, [, w]) => a + w * w, 0)) || 1;
  post(clustering, place, new Map(top.map(([t, w]) => [t, w / norm])));
}

/** Gives cluster `place` this centroid (trimmed at its present size), and moves its postings with it. */
function post(clustering: Clustering, place: number, centroid: Map<number, number>): void {
  const c = clustering.clusters[place]!;
  const { postings } = clustering;
  for (const t of c.centroid.keys()) {
    const holders = postings[t];
    const at = holders?.places.indexOf(place) ?? -1;
    if (!holders || at < 0) continue;
    holders.places.splice(at, 1);
    holders.weights.splice(at, 1);
  }
  // Filled to every numbered term, so the array stays a packed one however sparse the centroids' terms.
  while (postings.length < clustering.terms.names.length) postings.push(undefined);
  c.centroid = centroid;
  c.trimmedAt = c.ids.length;
  for (const [t, w] of centroid) {
    const holders = (postings[t] ??= { places: [], weights: [] });
    const at = holders.places.indexOf(place);
    if (at >= 0) holders.weights[at] = w;
    else {
      holders.places.push(place);
      holders.weights.push(w);
    }
  }
}

/**
 * The `k` heaviest terms of a sum, heaviest first, ties by name: the same as sorting every term
 * and keeping `k`, but only the terms at or above the k-th weight (found by selection) are sorted. A large story's sum
 * holds thousands of terms and is trimmed again each time the story grows by a quarter.
 */
function heaviest(sum: ReadonlyMap<number, number>, k: number, names: readonly string[]): [number, number][] {
  let picked: [number, number][];
  if (sum.size <= k) picked = [...sum];
  else {
    const cut = kthLargest(Float64Array.from(sum.values()), k);
    picked = [];
    for (const entry of sum) if (entry[1] >= cut) picked.push(entry);
  }
  return picked.sort((a, b) => b[1] - a[1] || (names[a[0]]! < names[b[0]]! ? -1 : 1)).slice(0, k);
}
