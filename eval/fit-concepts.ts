import { buildDocument } from '../src/core/index/build-document.js';
import type { Sentence } from '../src/core/ingest/document.js';
import { BASE_FEATURES, CONCEPT_FEATURES } from '../src/core/summary/concept-model.js';
import { conceptTable, type SummaryInput } from '../src/core/summary/select-summary.js';
import { factsOf, pairsOf, wordsOf } from '../src/core/summary/summary-facts.js';

/**
 * Training a concept model (src/core/summary/concept-model.ts) on human summaries: every word-pair concept
 * of a cluster's pool is an example, labelled by whether a reference states the same pair (read
 * by the product's own analysis), and a ridge-regularised logistic regression is fitted by
 * Newton's method (few features, so each step is a small linear solve).
 */

export interface Examples {
  features: Float64Array;
  /** Per example, 1 when a reference states it. */
  labels: Uint8Array;
}

/**
 * A cluster's examples: its word pairs, its single content words (`words`), and the same words
 * labelled by whether a reference uses them in two sentences or more (`repeats`), each model fitted apart.
 */
export type ClusterExamples = Examples & { words: Examples; repeats: Examples };

/** The examples of one cluster: its pool's concepts and whether its references state them. */
export function examplesOf(input: SummaryInput, references: readonly string[]): ClusterExamples {
  const { features, pairKeys, wordFeatures, wordKeys } = conceptTable(input);
  const stated = new Set<string>();
  const used = new Set<number>();
  const repeated = new Set<number>();
  for (const [i, text] of references.entries()) {
    // Sentences of this reference that use each word: the selection counts a word once a sentence.
    const uses = new Map<number, number>();
    const built = buildDocument({ id: `reference-${i}`, text });
    const sentences: Sentence[] = 'document' in built ? built.document.sentences : [];
    for (const s of sentences) {
      const facts = factsOf(s);
      const pairs = pairsOf(facts);
      const words = wordsOf(facts);
      for (let k = 0; k < pairs.length; k += 2) stated.add(`${pairs[k]},${pairs[k + 1]}`);
      for (const w of words) {
        used.add(w);
        uses.set(w, (uses.get(w) ?? 0) + 1);
      }
    }
    for (const [w, n] of uses) if (n >= 2) repeated.add(w);
  }
  const labels = Uint8Array.from({ length: pairKeys.length / 2 }, (_, id) => (stated.has(`${pairKeys[2 * id]},${pairKeys[2 * id + 1]}`) ? 1 : 0));
  return {
    features,
    labels,
    words: { features: wordFeatures, labels: Uint8Array.from(wordKeys, (k) => (used.has(k) ? 1 : 0)) },
    repeats: { features: wordFeatures, labels: Uint8Array.from(wordKeys, (k) => (repeated.has(k) ? 1 : 0)) },
  };
}

const RIDGE = 1;
const STEPS = 25;

/** Coefficients of a logistic regression on the pooled examples, reading the first `width` features (the shipped models read nine). */
export function fitConceptModel(sets: readonly Examples[], width = BASE_FEATURES): number[] {
  const stride = CONCEPT_FEATURES.length;
  const theta = new Array<number>(width).fill(0);
  for (let step = 0; step < STEPS; step++) {
    const grad = new Array<number>(width).fill(0);
    const hess = Array.from({ length: width }, () => new Array<number>(width).fill(0));
    for (const { features, labels } of sets) {
      for (let id = 0; id < labels.length; id++) {
        const row = id * stride;
        let z = 0;
        for (let f = 0; f < width; f++) z += theta[f]! * features[row + f]!;
        const p = 1 / (1 + Math.exp(-z));
        const w = p * (1 - p);
        for (let f = 0; f < width; f++) {
          const x = features[row + f]!;
          grad[f]! += (labels[id]! - p) * x;
          for (let g = 0; g <= f; g++) hess[f]![g]! += w * x * features[row + g]!;
        }
      }
    }
    for (let f = 0; f < width; f++) {
      // The bias is not shrunk.
      if (f > 0) {
        grad[f]! -= RIDGE * theta[f]!;
        hess[f]![f]! += RIDGE;
      }
      for (let g = 0; g < f; g++) hess[g]![f] = hess[f]![g]!;
    }
    const delta = solve(hess, grad);
    let moved = 0;
    for (let f = 0; f < width; f++) {
      theta[f]! += delta[f]!;
      moved = Math.max(moved, Math.abs(delta[f]!));
    }
    if (moved < 1e-6) break;
  }
  return theta;
}

/** Solves A x = b for a small symmetric positive definite A (Gaussian elimination with pivoting). */
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const factor = m[r]![col]! / p;
      for (let c = col; c <= n; c++) m[r]![c]! -= factor * m[col]![c]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}
