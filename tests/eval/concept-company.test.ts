import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/core/ingest/document.js';
import { CONCEPT_FEATURES, conceptFeatures } from '../../src/core/summary/concept-model.js';
import { type SelectionParams, selectSummary } from '../../src/core/summary/select-summary.js';
import { floodLeads, sentence } from './made-up-cluster.js';

/**
 * A made-up flood story. Every article opens on the flood in the valley town of Marlow. Two
 * articles then tell how it began, the dam that burst, beside the story's own words; two others
 * give an aside, the press office's hotline, beside words no other sentence uses. Both details are
 * stated as often and as early.
 */
const sentences: Sentence[] = [
  ...floodLeads,
  sentence('d', 0, 'The valley flood left Marlow cut off on Tuesday.'),
  sentence('a', 1, 'The dam burst above Marlow and the flood swept the valley.'),
  sentence('b', 1, 'The dam burst into the valley and the flood reached Marlow.'),
  sentence('c', 1, 'A press office hotline took calls from worried relatives abroad.'),
  sentence('d', 1, 'The press office hotline answered questions from anxious relatives.'),
];
const documents = new Map(['a', 'b', 'c', 'd'].map((id) => [id, { sentenceCount: 4 }]));

/** The concept models shipped before the company feature (nine coefficients). */
const NINE = {
  conceptModel: [-5.082, -0.853, -3.848, 2.307, 0.133, 2.35, -0.002, -0.061, 1.843],
  wordModel: [-4.206, -1.45, -2.502, 1.27, 0.627, 1.85, -0.121, 0, 1.386],
};

const secondSentence = (params: Partial<SelectionParams>) => selectSummary({ sentences, documents, maxSentences: 2, params: { sentenceQuality: null, ...params } })[1]?.text;

describe("a concept's company", () => {
  it('is the mean document share of the other concepts of the sentences stating it', () => {
    // Concepts 0 and 1 are in every document; 2 rides with them, 3 with 4, an aside stated once.
    const mention = (docId: string, ...concepts: number[]) => ({ docId, position: 1, relevance: 1, concepts: Int32Array.from(concepts) });
    const mentions = [mention('a', 0, 1, 2), mention('b', 0, 1, 2), mention('c', 0, 1), mention('d', 0, 1), mention('c', 3, 4), mention('d', 3)];
    const f = conceptFeatures(
      mentions,
      5,
      () => 0,
      () => true,
    );
    const company = (id: number) => f[id * CONCEPT_FEATURES.length + CONCEPT_FEATURES.indexOf('company')];
    expect(company(2)).toBeCloseTo(1);
    expect(company(3)).toBeCloseTo(1 / 4);
    // A sentence with no other concept says nothing of its company: 3 alone in d does not count.
    expect(company(4)).toBeCloseTo(2 / 4);
  });

  it('leads the shipped models to tell how the story began over an aside stated as often and as early', () => {
    expect(secondSentence(NINE)).toBe('A press office hotline took calls from worried relatives abroad.');
    expect(secondSentence({})).toBe('The dam burst into the valley and the flood reached Marlow.');
  });
});
