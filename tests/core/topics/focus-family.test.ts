import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/core/index/build-document.js';
import { addToIndex } from '../../../src/core/index/term-index.js';
import { stem } from '../../../src/core/nlp.js';
import { focusFamily } from '../../../src/core/topics/question-focus.js';
import { indexOf } from '../index-of.js';

describe("a question's focus family, kept between answers", () => {
  it('takes in a word of the family that an article added since brings', () => {
    const index = indexOf({ 'a.md': 'Rebels threatened the northern town on Monday, officials said.' });
    const focus = { word: 'threaten', stems: [stem('threaten')] };
    expect(focusFamily(index, focus).near.has(stem('threats'))).toBe(false);
    const built = buildDocument({ id: 'b.md', text: 'The threats against the town grew by the hour, residents said.' }, index.surfaces);
    if (!('document' in built)) throw new Error('not built');
    addToIndex(index, built.document);
    expect(focusFamily(index, focus).near.has(stem('threats'))).toBe(true);
  });
});
