import { BASE_FEATURES, CONCEPT_FEATURES } from '../src/core/summary/concept-model.js';
import type { SelectionParams } from '../src/core/summary/select-summary.js';
import { foldOf } from './cross-validate.js';
import { type ClusterExamples, fitConceptModel } from './fit-concepts.js';
import { fitQualityModel, qualityExamples } from './fit-quality.js';
import { type Headline, headlineOf, type PreparedCluster } from './summaries.js';

/**
 * Nested cross-validation of the learned selection: for each fold, the concept models (word
 * pairs, single words) are fitted on the other folds' human summaries, the method's settings
 * (length exponent, single words' weight, budget fill) are chosen on those same clusters, and
 * the fold's clusters are summarised with both. Nothing a held-out cluster's summary uses was
 * fitted or chosen on it.
 */
export type MethodSetting = Pick<SelectionParams, 'lengthExponent' | 'wordWeight' | 'fillToBudget'> & {
  /** The power of the sentence quality model's estimate in a sentence's gain; 0 or absent: none. */
  qualityPower?: number;
  /** A word said again in a second sentence adds its learned chance of being repeated (issue 15r); absent: concepts count once. */
  repeats?: boolean;
  /** The concept models also read a concept's company (issue 15r's second candidate); absent: the nine features shipped. */
  company?: boolean;
};

export type FittedSelection = MethodSetting & Pick<SelectionParams, 'conceptModel' | 'wordModel' | 'sentenceQuality' | 'repeatModel'> & { conceptModel: number[] };

export interface ModelCrossValidation {
  headlines: Headline[];
  /** Per fold, the setting chosen. */
  chosen: MethodSetting[];
  /** Fitted and chosen on every cluster: what the product should ship. */
  fitted: FittedSelection;
}

export function crossValidateModel(clusters: readonly PreparedCluster[], examples: readonly ClusterExamples[], folds: number, settings: readonly MethodSetting[]): ModelCrossValidation {
  const k = Math.min(folds, clusters.length);
  const headlines = new Array<Headline>(clusters.length);
  const chosen: MethodSetting[] = [];
  for (let f = 0; f < k; f++) {
    const train = clusters.map((_, c) => c).filter((c) => foldOf(c, k) !== f);
    const fitted = fitOn(clusters, examples, train, settings);
    chosen.push(settingOf(fitted));
    for (let c = 0; c < clusters.length; c++) if (foldOf(c, k) === f) headlines[c] = headlineOf(clusters[c]!, fitted);
  }
  return {
    headlines,
    chosen,
    fitted: fitOn(
      clusters,
      examples,
      clusters.map((_, c) => c),
      settings,
    ),
  };
}

export function settingOf({ lengthExponent, wordWeight, fillToBudget, qualityPower, repeats, company }: MethodSetting): MethodSetting {
  return { lengthExponent, wordWeight, fillToBudget, ...(qualityPower ? { qualityPower } : {}), ...(repeats ? { repeats } : {}), ...(company ? { company } : {}) };
}

function fitOn(clusters: readonly PreparedCluster[], examples: readonly ClusterExamples[], train: readonly number[], settings: readonly MethodSetting[]): FittedSelection {
  // One setting list reads one feature set: the candidate's lines are all with company or all without.
  const width = settings.some((s) => s.company) ? CONCEPT_FEATURES.length : BASE_FEATURES;
  const conceptModel = fitConceptModel(
    train.map((c) => examples[c]!),
    width,
  );
  const words = settings.some((s) => s.wordWeight > 0)
    ? fitConceptModel(
        train.map((c) => examples[c]!.words),
        width,
      )
    : null;
  const repeatModel = settings.some((s) => s.repeats && s.wordWeight > 0) ? fitConceptModel(train.map((c) => examples[c]!.repeats)) : null;
  const quality = settings.some((s) => s.qualityPower) ? fitQualityModel(train.map((c) => qualityExamples(clusters[c]!.input, clusters[c]!.references, conceptModel))) : null;
  const paramsOf = (setting: MethodSetting): FittedSelection => ({
    conceptModel,
    wordModel: setting.wordWeight > 0 ? words : null,
    repeatModel: setting.repeats && setting.wordWeight > 0 ? repeatModel : null,
    sentenceQuality: quality && setting.qualityPower ? { coefficients: quality, power: setting.qualityPower } : null,
    ...settingOf(setting),
  });
  let best = { value: -Infinity, setting: settings[0]! };
  for (const setting of settings) {
    const params = paramsOf(setting);
    let value = 0;
    for (const c of train) {
      const { scores } = headlineOf(clusters[c]!, params);
      value += scores.rouge1.recall + scores.rouge2.recall;
    }
    // Ties go to the earlier, simpler setting.
    if (value > best.value + 1e-12) best = { value, setting };
  }
  return paramsOf(best.setting);
}
