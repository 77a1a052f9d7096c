import { describe, expect, it } from 'vitest';
import { fitQualityModel, qualityExamples } from '../../eval/fit-quality.js';
import { DEFAULT_SELECTION, SENTENCE_FEATURES } from '../../src/core/summary/select-summary.js';
import { harbourFire, sentence } from './made-up-cluster.js';

const width = SENTENCE_FEATURES.length;
const at = (name: (typeof SENTENCE_FEATURES)[number]) => SENTENCE_FEATURES.indexOf(name);

describe('sentence quality model', () => {
  it('recovers how the share of a sentence the summaries use grows with its concept weight per word', () => {
    const n = 300;
    const features = new Float64Array(n * width);
    const targets = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const weight = (i % 10) / 10;
      features[i * width] = 1;
      features[i * width + at('weightPerWord')] = weight;
      features[i * width + at('logWords')] = Math.log(10 + (i % 7));
      targets[i] = 0.3 + 0.5 * weight;
    }
    const theta = fitQualityModel([{ features, targets }]);
    expect(theta[at('weightPerWord')]).toBeGreaterThan(0.4);
    expect(Math.abs(theta[at('logWords')]!)).toBeLessThan(0.1);
  });

  it('scores each candidate by the share of its words a human summary uses', () => {
    const sentences = [...harbourFire.sentences, sentence('c', 3, 'Tourists enjoyed the mild sunny weather on the beaches all week long.')];
    const documents = new Map([...harbourFire.published].map(([id, published]) => [id, { published, sentenceCount: 4 }]));
    const { targets } = qualityExamples({ sentences, documents }, ['A fire destroyed three warehouses at the harbour; a night guard was arrested.'], DEFAULT_SELECTION.conceptModel!);
    expect(Math.max(...targets)).toBeGreaterThan(0.5);
    expect(Math.min(...targets)).toBeLessThan(0.3);
  });
});
