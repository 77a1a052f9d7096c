import { describe, expect, it } from 'vitest';
import { fitQualityModel, qualityExamples, qualityTargets } from '../../eval/fit-quality.js';
import { DEFAULT_SELECTION, SENTENCE_FEATURES } from '../../src/core/summary/select-summary.js';
import { harbourFire, sentence } from './made-up-cluster.js';

const width = SENTENCE_FEATURES.length;
const at = (name: (typeof SENTENCE_FEATURES)[number]) => SENTENCE_FEATURES.indexOf(name);

describe('sentence quality model', () => {
  it('recovers how the share of a sentence the summaries use grows with its concept weight per word', () => {
    const n = 300;
    const features = new Float64Array(n * width);
    const targets = new Float64Array(n);
    const ones = new Float64Array(n).fill(1);
    for (let i = 0; i < n; i++) {
      const weight = (i % 10) / 10;
      features[i * width] = 1;
      features[i * width + at('weightPerWord')] = weight;
      features[i * width + at('logWords')] = Math.log(10 + (i % 7));
      targets[i] = 0.3 + 0.5 * weight;
    }
    const theta = fitQualityModel([{ features, used: targets, tokens: ones, bytes: ones }]);
    expect(theta[at('weightPerWord')]).toBeGreaterThan(0.4);
    expect(Math.abs(theta[at('logWords')]!)).toBeLessThan(0.1);
  });

  it('per byte, a sentence whose used tokens take fewer bytes is the better one, on the scale of a share', () => {
    const examples = {
      features: new Float64Array(2 * width),
      // Both use 6 of their 10 tokens; the second spends twice the bytes on them.
      used: Float64Array.of(6, 6),
      tokens: Float64Array.of(10, 10),
      bytes: Float64Array.of(50, 100),
    };
    const [share] = qualityTargets([examples], 'share') as [Float64Array];
    const [perByte] = qualityTargets([examples], 'perByte') as [Float64Array];
    expect([...share]).toEqual([0.6, 0.6]);
    // 7.5 bytes per token pooled: 6 × 7.5 / 50 and 6 × 7.5 / 100.
    expect(perByte[0]).toBeCloseTo(0.9);
    expect(perByte[1]).toBeCloseTo(0.45);
  });

  it('scores each candidate by the share of its words a human summary uses', () => {
    const sentences = [...harbourFire.sentences, sentence('c', 3, 'Tourists enjoyed the mild sunny weather on the beaches all week long.')];
    const documents = new Map([...harbourFire.published].map(([id, published]) => [id, { published, sentenceCount: 4 }]));
    const examples = qualityExamples({ sentences, documents }, ['A fire destroyed three warehouses at the harbour; a night guard was arrested.'], DEFAULT_SELECTION.conceptModel!);
    const [targets] = qualityTargets([examples], 'share') as [Float64Array];
    expect(Math.max(...targets)).toBeGreaterThan(0.5);
    expect(Math.min(...targets)).toBeLessThan(0.3);
  });
});
