import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topK } from '../../../src/core/summary/top-k.js';

describe('keeping the k best of many', () => {
  it('gives what sorting everything by score, ties in input order, and keeping k gives', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }), fc.integer({ min: 0, max: 320 }), (scores, k) => {
        const items = scores.map((_, i) => i);
        const expected = [...items].sort((a, b) => scores[b]! - scores[a]! || a - b).slice(0, k);
        expect(topK(items, scores, k)).toEqual(expected);
      }),
    );
  });
});
