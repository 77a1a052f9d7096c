import { describe, expect, it } from 'vitest';
import { rouge, rougeN, tokenize, truncateBytes } from '../../eval/rouge.js';

describe('ROUGE on a hand-checked pair', () => {
  // candidate: the cat sat on the mat             (6 tokens)
  // reference: the cat was sit(ting) on the mat   (7 tokens; "sitting" stems to "sit")
  const candidate = ['The cat sat on the mat.'];
  const reference = ['The cat was sitting on the mat.'];

  it('ROUGE-1: the, the, cat, on, mat match', () => {
    const s = rouge(candidate, reference).rouge1;
    expect(s.recall).toBeCloseTo(5 / 7);
    expect(s.precision).toBeCloseTo(5 / 6);
    expect(s.f1).toBeCloseTo((2 * (5 / 7) * (5 / 6)) / (5 / 7 + 5 / 6));
  });

  it('ROUGE-2: "the cat", "on the", "the mat" match', () => {
    const s = rouge(candidate, reference).rouge2;
    expect(s.recall).toBeCloseTo(3 / 6);
    expect(s.precision).toBeCloseTo(3 / 5);
  });

  it('ROUGE-L: the longest common subsequence is "the cat on the mat"', () => {
    const s = rouge(candidate, reference).rougeL;
    expect(s.recall).toBeCloseTo(5 / 7);
    expect(s.precision).toBeCloseTo(5 / 6);
  });

  it('pools counts over several references, as ROUGE-1.5.5 -f A', () => {
    const s = rouge(candidate, [...reference, 'A dog barked.']).rouge1;
    expect(s.recall).toBeCloseTo(5 / (7 + 3));
  });
});

describe('tokenize', () => {
  it('lower-cases, splits on non-alphanumerics and stems words longer than three letters ("day" stays)', () => {
    expect(tokenize("Running U.S. dogs' 20-day runs")).toEqual(['run', 'u', 's', 'dog', '20', 'day', 'run']);
  });
});

describe('truncateBytes', () => {
  it('cuts the joined summary at the byte limit, inside the last sentence', () => {
    expect(truncateBytes(['abcde', 'fghij'], 8)).toEqual(['abcde', 'fg']);
  });

  it('never splits a multi-byte character', () => {
    expect(truncateBytes(['héllo'], 2)).toEqual(['h']);
  });

  it('a candidate cut short loses the n-grams past the cut', () => {
    const cut = rouge(['The cat sat on the mat.'], ['The cat sat on the mat.'], 7).rouge1;
    expect(cut.recall).toBeCloseTo(2 / 6);
  });
});

describe('rougeN', () => {
  it('clips a repeated n-gram to its count in the reference', () => {
    expect(rougeN(['the', 'the', 'the'], [['the', 'cat']], 1).recall).toBeCloseTo(1 / 2);
  });
});
