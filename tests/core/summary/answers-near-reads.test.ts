import { describe, expect, it, vi } from 'vitest';

// Counts the number-word readings `answersNear` makes: the count, not a clock, is what a reader of a thousand sentences pays.
const readings = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/core/facts/number-words.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/core/facts/number-words.js')>();
  return {
    ...original,
    isNumberWord: (word: string) => {
      readings.count++;
      return original.isNumberWord(word);
    },
  };
});

const { buildDocument } = await import('../../../src/core/index/build-document.js');
const { answersNear, holdsKind } = await import('../../../src/core/summary/answer-first.js');
const { readQuestion } = await import('../../../src/core/topics/read-query.js');

/** The first sentence of made-up wire copy, as the index reads it. */
function sentenceOf(text: string) {
  const built = buildDocument({ id: 'wire.txt', text });
  if (!('document' in built)) throw new Error('not built');
  return built.document.sentences[0]!;
}

/** Made-up wire copy: the asked word ("evacuated") opens a long sentence whose only figure stands far from it. */
const LONG =
  'Residents were evacuated from the low-lying districts along the river on Tuesday morning as the water kept rising through the night, and by the evening officials in the regional capital said the cost of the repairs would reach 40 million.';

describe('retrieval reads a question loosely only near its asked words (twenty-first round, issue 17adhoc2)', () => {
  const question = readQuestion('how many residents were evacuated')!;

  it('answers the same: a figure far from the asked word is held but not near it', () => {
    const far = sentenceOf(LONG);
    expect(holdsKind(far, question)).toBe(true);
    expect(answersNear(far, question)).toBe(false);
    expect(answersNear(sentenceOf('Some 1,200 residents were evacuated on Tuesday, officials said.'), question)).toBe(true);
    expect(answersNear(sentenceOf('Officials said the river kept rising, and residents were evacuated.'), question)).toBe(false);
  });

  it('reads for a figure only the words within a few of an asked word, not every word of the sentence', () => {
    const far = sentenceOf(LONG);
    readings.count = 0;
    answersNear(far, question);
    const read = readings.count;
    // The asked words ("resid", "evacu") stand at the opening: at most the 8 words after each are read, never the 40-odd of the sentence.
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThanOrEqual(18);
  });
});
