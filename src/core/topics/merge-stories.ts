/** A document's tf-idf weights by term (a stem, or a clustering's number for it). */
interface TermVector<Term> {
  terms: ArrayLike<Term>;
  weights: Float64Array;
}

/**
 * Documents the silhouette is measured on. Every document below this; above it, an even spread of
 * this many, so a set of 10,000 costs what a set of 400 does per step.
 */
const SILHOUETTE_SAMPLE = 400;

/**
 * Merges first-pass stories that are one story told by different outlets, and stops where the
 * partition is best separated. Group-average agglomeration (the mean cosine between the members
 * of two stories) merges the closest pair at each step; each partition along the way is scored
 * by its mean silhouette (Rousseeuw 1987: how much closer each document is to its own story than
 * to the next one, a lone document counting 0), and the best-scoring partition is kept. No
 * similarity threshold: the set itself says where its stories part.
 *
 * Takes the member lists of the first-pass stories and every document's vector (and each story's
 * sum of its members' vectors, added in member order, when the caller holds them); returns the
 * merged member lists, in the order of each merged story's first part.
 */
export function mergeStories<Term>(stories: readonly string[][], vectors: ReadonlyMap<string, TermVector<Term>>, storySums?: readonly ReadonlyMap<Term, number>[]): string[][] {
  const k = stories.length;
  if (k < 3) return stories.map((s) => [...s]);
  const sums = storySums ?? stories.map((ids) => sumOf(ids, vectors));
  const size = stories.map((s) => s.length);
  // Dot products between story sums: the mean pairwise cosine of two stories is dot / (size × size).
  const dot = new Float64Array(k * k);
  for (let a = 0; a < k; a++) for (let b = a; b < k; b++) dot[a * k + b] = dot[b * k + a] = sparseDot(sums[a]!, sums[b]!);

  const sample = sampleOf(stories, vectors);
  // For each sampled document: its dot with every story's sum, and its own vector's square (1, or 0 when empty).
  const docDot = sample.map(({ v }) => Float64Array.from(sums, (s) => vectorDot(v, s)));
  const selfDot = sample.map(({ v }) => v.weights.reduce((n, w) => n + w * w, 0));
  const storyOf = sample.map((d) => d.story);

  const alive = new Set(stories.map((_, i) => i));
  const merges: [number, number][] = [];
  let best = { score: silhouette(), merges: 0 };
  while (alive.size > 2) {
    const pair = closestPair();
    if (!pair) break;
    const [a, b] = pair;
    // b folds into a.
    const self = dot[a * k + a]! + 2 * dot[a * k + b]! + dot[b * k + b]!;
    for (const x of alive) {
      const d = dot[a * k + x]! + dot[b * k + x]!;
      dot[a * k + x] = d;
      dot[x * k + a] = d;
    }
    dot[a * k + a] = self;
    size[a] = size[a]! + size[b]!;
    alive.delete(b);
    docDot.forEach((row) => (row[a] = row[a]! + row[b]!));
    storyOf.forEach((s, i) => s === b && (storyOf[i] = a));
    merges.push([a, b]);
    const score = silhouette();
    if (score > best.score) best = { score, merges: merges.length };
  }

  const parent = stories.map((_, i) => i);
  for (const [a, b] of merges.slice(0, best.merges)) parent[b] = a;
  const root = (i: number): number => (parent[i] === i ? i : root(parent[i]!));
  const out = new Map<number, string[]>();
  stories.forEach((ids, i) => {
    const r = root(i);
    out.set(r, [...(out.get(r) ?? []), ...ids]);
  });
  return [...out.keys()].sort((x, y) => x - y).map((r) => out.get(r)!);

  function closestPair(): [number, number] | undefined {
    let pair: [number, number] | undefined;
    let bestSim = 0;
    const live = [...alive];
    for (let i = 0; i < live.length; i++) {
      const a = live[i]!;
      for (let j = i + 1; j < live.length; j++) {
        const b = live[j]!;
        const sim = dot[a * k + b]! / (size[a]! * size[b]!);
        if (sim > bestSim) [pair, bestSim] = [[a, b], sim];
      }
    }
    return pair;
  }

  function silhouette(): number {
    let total = 0;
    // Scored after every merge, for every sampled document against every story: the live stories read from an array, not the set.
    const live = [...alive];
    for (let i = 0; i < sample.length; i++) {
      const own = storyOf[i]!;
      if (size[own]! < 2) continue;
      const row = docDot[i]!;
      const inside = 1 - (row[own]! - selfDot[i]!) / (size[own]! - 1);
      let nearest = Infinity;
      for (let j = 0; j < live.length; j++) {
        const c = live[j]!;
        if (c !== own) nearest = Math.min(nearest, 1 - row[c]! / size[c]!);
      }
      const spread = Math.max(inside, nearest);
      if (spread > 0) total += (nearest - inside) / spread;
    }
    return total / Math.max(1, sample.length);
  }
}

function sampleOf<Term>(stories: readonly string[][], vectors: ReadonlyMap<string, TermVector<Term>>): { v: TermVector<Term>; story: number }[] {
  const all = stories.flatMap((ids, story) => ids.map((id) => ({ v: vectors.get(id)!, story })));
  if (all.length <= SILHOUETTE_SAMPLE) return all;
  const step = all.length / SILHOUETTE_SAMPLE;
  return Array.from({ length: SILHOUETTE_SAMPLE }, (_, i) => all[Math.floor(i * step)]!);
}

function sumOf<Term>(ids: readonly string[], vectors: ReadonlyMap<string, TermVector<Term>>): Map<Term, number> {
  const sum = new Map<Term, number>();
  for (const id of ids) {
    const { terms, weights } = vectors.get(id)!;
    for (let i = 0; i < terms.length; i++) sum.set(terms[i]!, (sum.get(terms[i]!) ?? 0) + weights[i]!);
  }
  return sum;
}

function sparseDot<Term>(a: ReadonlyMap<Term, number>, b: ReadonlyMap<Term, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let d = 0;
  for (const [t, w] of small) d += w * (large.get(t) ?? 0);
  return d;
}

function vectorDot<Term>({ terms, weights }: TermVector<Term>, sum: ReadonlyMap<Term, number>): number {
  let d = 0;
  for (let i = 0; i < terms.length; i++) d += weights[i]! * (sum.get(terms[i]!) ?? 0);
  return d;
}
