import { describe, expect, it } from 'vitest';
import { type AngleMatch, angleScore } from '../../../src/core/topics/news-angles.js';
import { stemsOf } from '../../../src/core/topics/relevance.js';
import { indexOf } from '../index-of.js';

/** Made-up wire copy of one kidnapping story, with another story's news told in the same words' neighbours. */
const index = indexOf({
  'a.txt': [
    'Police arrested two men on Friday in connection with the kidnapping of the four engineers.',
    'A United Nations official kidnapped ten months ago was freed on Saturday, officials reported.',
    'Prosecutors said the suspects would be charged next week.',
  ].join(' '),
});
const sentence = (start: string) => index.sentences.find((s) => s.text.startsWith(start))!;
const stem = (word: string) => stemsOf(word)[0]!;

/**
 * The investigation angle as discovery builds it: the desk's own words count 1; words near them by meaning count part of
 * the seed they stand for (here "official", "freed" and "reported", each standing for a different seed, as the lexicon may
 * give them).
 */
const investigation: AngleMatch = {
  weights: {
    [stem('police')]: 1,
    [stem('arrested')]: 1,
    [stem('prosecutors')]: 1,
    [stem('charged')]: 1,
    [stem('official')]: 0.5,
    [stem('freed')]: 0.5,
    [stem('reported')]: 0.5,
  },
  seedOf: { [stem('official')]: 'prosecutors', [stem('freed')]: 'arrested', [stem('reported')]: 'investigation' },
};

describe("a reader's angle is entered by the desk's own words for it (rule T2)", () => {
  it('takes a sentence that holds a seed word', () => {
    expect(angleScore(index, investigation, sentence('Police arrested two men'))).toBeGreaterThan(0);
    expect(angleScore(index, investigation, sentence('Prosecutors said the suspects'))).toBeGreaterThan(0);
  });

  it('leaves out a sentence that holds only words related to the seeds, however many: another story told near the angle', () => {
    expect(angleScore(index, investigation, sentence('A United Nations official kidnapped'))).toBe(0);
  });

  it('still ranks a seed sentence higher for the related words it also holds', () => {
    const plain = indexOf({ 'b.txt': 'Police held two men on Friday.' }).sentences[0]!;
    const withRelated = indexOf({ 'c.txt': 'Police held two men on Friday, officials reported.' }).sentences[0]!;
    expect(angleScore(index, investigation, withRelated)).toBeGreaterThan(angleScore(index, investigation, plain));
  });
});
