import { describe, expect, it } from 'vitest';
import { stem } from '../../../src/core/nlp.js';
import { placeOfVerb } from '../../../src/core/summary/where.js';

// Made-up wire copy from a British desk. The index stems a sentence's words through their normal (American) form, so the set
// holds "organised" under the stem of "organized": a reader that scans the text word by word must stem it the same way.
describe('one spelling normaliser (docs/quality.md, seventeenth round, 16facts3, third rule)', () => {
  it('finds the place of a verb the sentence spells the British way', () => {
    const organized = stem('organized');
    const isVerb = (s: string) => s === organized;
    const questionWords = new Set(['where', 'was', 'the', 'rally', 'organized']);
    expect(placeOfVerb("The rally was organised in Leeds by the dockers' union.", isVerb, questionWords, () => false)).toBe(true);
    expect(placeOfVerb('The rally was organized in Leeds by the union.', isVerb, questionWords, () => false)).toBe(true);
    // A place said of another verb is still not the asked verb's.
    expect(placeOfVerb('The union was founded in Leeds; it organised nothing that spring.', isVerb, questionWords, () => false)).toBe(false);
  });
});
