import { SENTENCE_FEATURES, type SummaryInput, sentenceTable } from '../src/core/summary/select-summary.js';
import { solve } from './fit-concepts.js';
import { tokenize } from './rouge.js';

/**
 * Training the sentence quality model (DPP's quality, beside coverage's diversity): each sentence
 * of a cluster's pool is an example, its target the share of its ROUGE tokens (stemmed, stop words
 * kept, as ROUGE-1 counts them) that some human summary uses; a ridge least-squares fit on the
 * sentence's SENTENCE_FEATURES, read under the concept model being fitted alongside.
 */
export interface QualityExamples {
  features: Float64Array;
  targets: Float64Array;
}

export function qualityExamples(input: SummaryInput, references: readonly string[], conceptModel: readonly number[]): QualityExamples {
  const { sentences, features } = sentenceTable({ ...input, params: { ...input.params, conceptModel } });
  const used = new Set(references.flatMap((r) => tokenize(r)));
  const targets = Float64Array.from(sentences, (s) => {
    const tokens = tokenize(s.text);
    return tokens.length ? tokens.filter((t) => used.has(t)).length / tokens.length : 0;
  });
  return { features, targets };
}

const RIDGE = 1;

/** Coefficients of the least-squares fit on the pooled examples (the bias not shrunk). */
export function fitQualityModel(sets: readonly QualityExamples[]): number[] {
  const width = SENTENCE_FEATURES.length;
  const gram = Array.from({ length: width }, (_, f) => Array.from({ length: width }, (_, g) => (f === g && f > 0 ? RIDGE : 0)));
  const moments = new Array<number>(width).fill(0);
  for (const { features, targets } of sets) {
    for (let i = 0; i < targets.length; i++) {
      const row = i * width;
      for (let f = 0; f < width; f++) {
        const x = features[row + f]!;
        for (let g = 0; g < width; g++) gram[f]![g]! += x * features[row + g]!;
        moments[f]! += x * targets[i]!;
      }
    }
  }
  return solve(gram, moments);
}
