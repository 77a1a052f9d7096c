import { stemmer } from 'stemmer';
import { describe, expect, it } from 'vitest';
import { examplesOf, fitConceptModel } from '../../eval/fit-concepts.js';
import { CONCEPT_FEATURES, conceptFeatures, modelWeights } from '../../src/core/summary/concept-model.js';
import { conceptTable } from '../../src/core/summary/select-summary.js';
import { stemKey } from '../../src/core/summary/summary-facts.js';
import { harbourFire } from './made-up-cluster.js';

const width = CONCEPT_FEATURES.length;
const documents = new Map([...harbourFire.published].map(([id, published]) => [id, { published, sentenceCount: 3 }]));

describe('concept features', () => {
  it('count a concept once per document, as shares of the set, leads apart', () => {
    const mentions = [
      { docId: 'a', position: 0, relevance: 1, concepts: Int32Array.of(0, 1) },
      { docId: 'a', position: 4, relevance: 1, concepts: Int32Array.of(0) },
      { docId: 'b', position: 0, relevance: 1, concepts: Int32Array.of(0) },
      { docId: 'c', position: 1, relevance: 1, concepts: Int32Array.of(1) },
      { docId: 'd', position: 5, relevance: 1, concepts: Int32Array.of(2) },
    ];
    const f = conceptFeatures(
      mentions,
      3,
      () => 0,
      () => true,
    );
    const at = (id: number, name: (typeof CONCEPT_FEATURES)[number]) => f[id * width + CONCEPT_FEATURES.indexOf(name)];
    expect(at(0, 'docShare')).toBeCloseTo(2 / 4);
    expect(at(0, 'leadShare')).toBeCloseTo(2 / 4);
    expect(at(1, 'earlyShare')).toBeCloseTo(1 / 4);
    expect(at(2, 'leadShare')).toBe(0);
    // More agreement, more weight, whatever the coefficients' other terms.
    const w = modelWeights(
      mentions,
      3,
      () => 0,
      () => true,
      CONCEPT_FEATURES.map((name) => (name === 'docShare' ? 2 : 0)),
      () => true,
    );
    expect(w[0]).toBeGreaterThan(w[2]!);
  });
});

describe('fitting the concept model on human summaries', () => {
  it("labels a pool's word pairs by whether a reference states them", () => {
    const input = { sentences: harbourFire.sentences, documents };
    const { labels } = examplesOf(input, ['A fire destroyed three warehouses at the harbour on Friday.']);
    const { pairKeys } = conceptTable(input);
    const key = (a: string, b: string) => [stemKey(stemmer(a)), stemKey(stemmer(b))];
    const labelOf = (a: string, b: string) => {
      const [ka, kb] = key(a, b);
      for (let id = 0; id < labels.length; id++) if (pairKeys[2 * id] === ka && pairKeys[2 * id + 1] === kb) return labels[id];
      return undefined;
    };
    expect(labelOf('three', 'warehouses')).toBe(1);
    expect(labelOf('night', 'guard')).toBe(0);
  });

  it('labels a word as repeated when one reference uses it in two sentences, not when two references use it once each', () => {
    const input = { sentences: harbourFire.sentences, documents };
    const { repeats, words } = examplesOf(input, ['A fire destroyed three warehouses at the port. The port reopened on Monday.', 'Police arrested a guard. The fire was set on purpose.', 'The guard denied starting the fire.']);
    const { wordKeys } = conceptTable(input);
    const labelOf = (labels: Uint8Array, word: string) => labels[wordKeys.indexOf(stemKey(stemmer(word)))];
    expect(labelOf(repeats.labels, 'port')).toBe(1);
    expect(labelOf(repeats.labels, 'fire')).toBe(0);
    expect(labelOf(words.labels, 'fire')).toBe(1);
    expect(labelOf(repeats.labels, 'guard')).toBe(0);
    expect(labelOf(repeats.labels, 'warehouses')).toBe(0);
  });

  it('learns that the feature which predicts the label weighs for it', () => {
    // Made-up examples: a concept is in the summary when it is stated in many documents.
    const rows = 400;
    const features = new Float64Array(rows * width);
    const labels = new Uint8Array(rows);
    for (let i = 0; i < rows; i++) {
      const share = (i % 20) / 20;
      features[i * width] = 1;
      features[i * width + CONCEPT_FEATURES.indexOf('docShare')] = share;
      features[i * width + CONCEPT_FEATURES.indexOf('recency')] = ((i * 7) % 3) / 2;
      labels[i] = share > 0.5 && i % 10 !== 0 ? 1 : 0;
    }
    const theta = fitConceptModel([{ features, labels }]);
    expect(theta[CONCEPT_FEATURES.indexOf('docShare')]).toBeGreaterThan(1);
    expect(Math.abs(theta[CONCEPT_FEATURES.indexOf('recency')]!)).toBeLessThan(0.5);
  });
});
