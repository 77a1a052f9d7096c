import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fitText, joinWhole, packLines } from '../../../src/adapters/discord/split-text.js';

describe('fitText', () => {
  test('GIVEN text that fits THEN it is unchanged', () => {
    expect(fitText('Short one. Two.', 15)).toBe('Short one. Two.');
  });

  test('GIVEN several sentences THEN it keeps the whole ones that fit, then " …"', () => {
    expect(fitText('First one here. Second one is longer. Third.', 30)).toBe('First one here. …');
    expect(fitText('He said “stop.” Then he left the room quickly.', 30)).toBe('He said “stop.” …');
  });

  test('GIVEN one long sentence THEN it is cut after a whole word, never inside one', () => {
    expect(fitText('alpha beta gamma delta', 12)).toBe('alpha beta…');
    expect(fitText('alpha beta gamma delta', 11)).toBe('alpha beta…');
    expect(fitText('alpha beta gamma delta', 10)).toBe('alpha…');
  });

  test('GIVEN a single word longer than the room THEN the word is dropped, not cut', () => {
    expect(fitText('https://example.org/a/very/long/path', 10)).toBe('…');
  });

  test('GIVEN any words and any room THEN the result fits and is a word-boundary prefix', () => {
    const word = fc.stringMatching(/^[a-z]{1,12}[.,!?]?$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 300 }), (words, max) => {
        const text = words.join(' ');
        const out = fitText(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        if (out === text) return;
        expect(out.endsWith('…')).toBe(true);
        const kept = out.replace(/ ?…$/, '');
        if (!kept) return;
        expect(text.startsWith(kept)).toBe(true);
        // The cut falls where a word ends.
        expect(text[kept.length]).toBe(' ');
      }),
    );
  });
});

describe('packLines', () => {
  test('GIVEN lines THEN they are grouped whole, and a line too long alone is shortened', () => {
    expect(packLines(['aaa bbb', 'ccc', 'ddd eee fff ggg'], 11)).toEqual(['aaa bbb\nccc', 'ddd eee…']);
  });
});

describe('joinWhole', () => {
  test('GIVEN sentences THEN whole ones are joined and the rest marked', () => {
    expect(joinWhole(['One. [1]', 'Two. [2]', 'Three. [3]'], 20)).toBe('One. [1] Two. [2] …');
    expect(joinWhole(['One. [1]', 'Two. [2]'], 20)).toBe('One. [1] Two. [2]');
  });
});
