import { describe, expect, it } from 'vitest';
import { limitedText, rouge, rougeN, tokenize } from '../../eval/rouge.js';
import { porter, rougeStem } from '../../eval/rouge-stem.js';

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

describe('limitedText, as ROUGE-1.5.5 -b and -l cut a summary', () => {
  it('adds lines while their bytes, spaces between them not counted, stay under the limit, and cuts the next', () => {
    expect(limitedText(['abcde', 'fghij'], { bytes: 8 })).toBe('abcde fgh');
  });

  it('counts bytes, not characters: a cut inside a multi-byte character leaves no letter of it', () => {
    expect(limitedText(['héllo'], { bytes: 2 })).toBe('h\u00c3');
    expect(tokenize('héllo')).toEqual(['h', 'llo']);
  });

  it('cuts at a word limit the same way', () => {
    expect(limitedText(['one two three', 'four five six'], { words: 5 })).toBe('one two three four five');
  });

  it('a summary cut short loses the n-grams past the cut', () => {
    // 10 bytes of the first line, then 4 of the second ("The "): only "the" reaches the reference.
    const cut = rouge(['A dog ran.', 'The cat sat.'], ['The cat sat.'], { bytes: 14 }).rouge1;
    expect(cut.recall).toBeCloseTo(1 / 3);
    expect(rouge(['A dog ran.', 'The cat sat.'], ['The cat sat.'], { bytes: 100 }).rouge1.recall).toBeCloseTo(1);
  });
});

describe('ROUGE-1.5.5 stemming', () => {
  it('takes WordNet exceptions before Porter rules, only for tokens longer than three characters', () => {
    expect(rougeStem('said')).toBe('say');
    expect(rougeStem('children')).toBe('child');
    expect(rougeStem('says')).toBe('sai');
    expect(rougeStem('was')).toBe('was');
  });

  it("follows ROUGE's step 4: -ement, then -ment and -ent in turn", () => {
    expect(porter('replacement')).toBe('replac');
    expect(porter('adjustment')).toBe('adjust');
    expect(porter('dependent')).toBe('depend');
    expect(porter('adoption')).toBe('adopt');
  });

  it('agrees with the Porter paper on its classic examples', () => {
    expect(['caresses', 'ponies', 'cats', 'agreed', 'plastered', 'motoring', 'hopping', 'filing', 'happy', 'relational', 'hopefulness', 'generalization', 'controll'].map(porter)).toEqual([
      'caress',
      'poni',
      'cat',
      'agre',
      'plaster',
      'motor',
      'hop',
      'file',
      'happi',
      'relat',
      'hope',
      'gener',
      'control',
    ]);
  });
});

describe('rougeN', () => {
  it('clips a repeated n-gram to its count in the reference', () => {
    expect(rougeN(['the', 'the', 'the'], [['the', 'cat']], 1).recall).toBeCloseTo(1 / 2);
  });
});
