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
  /** Per sentence, its ROUGE tokens that some reference uses. */
  used: Float64Array;
  /** Per sentence, its ROUGE tokens. */
  tokens: Float64Array;
  /** Per sentence, its UTF-8 bytes. */
  bytes: Float64Array;
}

export function qualityExamples(input: SummaryInput, references: readonly string[], conceptModel: readonly number[]): QualityExamples {
  const { sentences, features } = sentenceTable({ ...input, params: { ...input.params, conceptModel } });
  const known = new Set(references.flatMap((r) => tokenize(r)));
  const used = new Float64Array(sentences.length);
  const tokens = new Float64Array(sentences.length);
  const bytes = new Float64Array(sentences.length);
  sentences.forEach((s, i) => {
    const own = tokenize(s.text);
    tokens[i] = own.length;
    used[i] = own.filter((t) => known.has(t)).length;
    bytes[i] = Buffer.byteLength(s.text);
  });
  return { features, used, tokens, bytes };
}

/** What the quality model of the shipped defaults reads: the first seven SENTENCE_FEATURES. */
export const BASE_QUALITY_FEATURES = 7;

/**
 * What a fit predicts: `share`, the share of a sentence's ROUGE tokens some reference uses (shipped); `perByte`, the
 * tokens used per byte (ROUGE-1 pays per token, the budget is paid per byte: docs/quality.md, "Sixteenth round
 * (issue 15s)"), times the training sentences' pooled bytes per token so that it reads on a share's scale.
 */
export type QualityTarget = 'share' | 'perByte';

export function qualityTargets(sets: readonly QualityExamples[], target: QualityTarget): Float64Array[] {
  if (target === 'share') return sets.map(({ used, tokens }) => used.map((u, i) => (tokens[i]! > 0 ? u / tokens[i]! : 0)));
  let bytes = 0;
  let tokens = 0;
  for (const set of sets) for (let i = 0; i < set.bytes.length; i++) (bytes += set.bytes[i]!), (tokens += set.tokens[i]!);
  const bytesPerToken = tokens > 0 ? bytes / tokens : 1;
  return sets.map(({ used, bytes: b }) => used.map((u, i) => (b[i]! > 0 ? (u * bytesPerToken) / b[i]! : 0)));
}

const RIDGE = 1;

/** Coefficients of the least-squares fit on the pooled examples (the bias not shrunk), reading the first `width` features. */
export function fitQualityModel(sets: readonly QualityExamples[], target: QualityTarget = 'share', width = BASE_QUALITY_FEATURES): number[] {
  const stride = SENTENCE_FEATURES.length;
  const targets = qualityTargets(sets, target);
  const gram = Array.from({ length: width }, (_, f) => Array.from({ length: width }, (_, g) => (f === g && f > 0 ? RIDGE : 0)));
  const moments = new Array<number>(width).fill(0);
  sets.forEach(({ features }, s) => {
    const y = targets[s]!;
    for (let i = 0; i < y.length; i++) {
      const row = i * stride;
      for (let f = 0; f < width; f++) {
        const x = features[row + f]!;
        for (let g = 0; g < width; g++) gram[f]![g]! += x * features[row + g]!;
        moments[f]! += x * y[i]!;
      }
    }
  });
  return solve(gram, moments);
}
