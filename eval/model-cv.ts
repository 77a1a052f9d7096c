import type { SelectionParams } from '../src/core/select-summary.js';
import { foldOf } from './cross-validate.js';
import { type Examples, fitConceptModel } from './fit-concepts.js';
import { type Headline, headlineOf, type PreparedCluster } from './summaries.js';

/**
 * Nested cross-validation of the learned selection: for each fold, the concept model is fitted
 * on the other folds' human summaries, the length exponent is chosen on those same clusters,
 * and the fold's clusters are summarised with both. Nothing a held-out cluster's summary uses
 * was fitted on it.
 */
export interface ModelCrossValidation {
  headlines: Headline[];
  /** Per fold, the length exponent chosen. */
  exponents: number[];
  /** Fitted on every cluster: what the product should ship. */
  fitted: { conceptModel: number[]; lengthExponent: number };
}

export function crossValidateModel(clusters: readonly PreparedCluster[], examples: readonly Examples[], folds: number, exponents: readonly number[]): ModelCrossValidation {
  const k = Math.min(folds, clusters.length);
  const headlines = new Array<Headline>(clusters.length);
  const chosen: number[] = [];
  for (let f = 0; f < k; f++) {
    const train = clusters.map((_, c) => c).filter((c) => foldOf(c, k) !== f);
    const { conceptModel, lengthExponent } = fitOn(clusters, examples, train, exponents);
    chosen.push(lengthExponent);
    for (let c = 0; c < clusters.length; c++) if (foldOf(c, k) === f) headlines[c] = headlineOf(clusters[c]!, { conceptModel, lengthExponent });
  }
  return { headlines, exponents: chosen, fitted: fitOn(clusters, examples, clusters.map((_, c) => c), exponents) };
}

function fitOn(clusters: readonly PreparedCluster[], examples: readonly Examples[], train: readonly number[], exponents: readonly number[]): { conceptModel: number[]; lengthExponent: number } {
  const conceptModel = fitConceptModel(train.map((c) => examples[c]!));
  let best = { value: -Infinity, lengthExponent: exponents[0]! };
  for (const lengthExponent of exponents) {
    const params: Partial<SelectionParams> = { conceptModel, lengthExponent };
    let value = 0;
    for (const c of train) {
      const { scores } = headlineOf(clusters[c]!, params);
      value += scores.rouge1.recall + scores.rouge2.recall;
    }
    if (value > best.value + 1e-12) best = { value, lengthExponent };
  }
  return { conceptModel, lengthExponent: best.lengthExponent };
}
