import { cosine } from '../src/core/index/similarity.js';
import type { Sentence } from '../src/core/ingest/document.js';
import { type Budget, fillBudget } from './budget.js';

/**
 * TextRank baseline (Mihalcea & Tarau 2004) with a redundancy filter, as the DUC 2004 reference runs use it:
 * sentences are nodes, edges weigh shared stems by |Si ∩ Sj| / (log|Si| + log|Sj|), PageRank orders them,
 * and a sentence too similar (cosine > 0.5) to one already taken is skipped.
 */

const DAMPING = 0.85;
const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-6;
export const REDUNDANCY_COSINE = 0.5;

function counts(stems: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of stems) out.set(s, (out.get(s) ?? 0) + 1);
  return out;
}

export function textRankSimilarity(a: readonly string[], b: readonly string[]): number {
  const setB = new Set(b);
  let shared = 0;
  for (const s of new Set(a)) if (setB.has(s)) shared++;
  const norm = Math.log(a.length) + Math.log(b.length);
  return shared > 0 && norm > 0 ? shared / norm : 0;
}

/** PageRank scores over a weighted, undirected sentence graph. */
export function textRankScores(sentences: readonly Sentence[]): number[] {
  const n = sentences.length;
  const weights: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const outSum = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const w = textRankSimilarity(sentences[i]!.stems, sentences[j]!.stems);
      weights[i]![j] = w;
      weights[j]![i] = w;
      outSum[i]! += w;
      outSum[j]! += w;
    }
  }
  let scores = new Array<number>(n).fill(1 / Math.max(n, 1));
  for (let iter = 0; iter < MAX_ITERATIONS; iter++) {
    // A sentence with no edges hands its score to every sentence alike, so no score is lost.
    let dangling = 0;
    for (let j = 0; j < n; j++) if (outSum[j] === 0) dangling += scores[j]!;
    const next = new Array<number>(n).fill((1 - DAMPING + DAMPING * dangling) / Math.max(n, 1));
    for (let j = 0; j < n; j++) {
      if (outSum[j] === 0) continue;
      const share = (DAMPING * scores[j]!) / outSum[j]!;
      const row = weights[j]!;
      for (let i = 0; i < n; i++) if (row[i]! > 0) next[i]! += share * row[i]!;
    }
    const change = next.reduce((sum, v, i) => sum + Math.abs(v - scores[i]!), 0);
    scores = next;
    if (change < TOLERANCE) break;
  }
  return scores;
}

export function textRank(sentences: readonly Sentence[], budget: Budget): Sentence[] {
  const scores = textRankScores(sentences);
  const order = sentences.map((s, i) => ({ s, score: scores[i]!, vector: counts(s.stems) }));
  order.sort((a, b) => b.score - a.score);
  const chosen = fillBudget(
    order,
    (o) => o.s.text,
    budget,
    (o, taken) => o.s.stems.length > 0 && taken.every((t) => cosine(t.vector, o.vector) <= REDUNDANCY_COSINE),
  );
  return chosen.map((o) => o.s);
}
