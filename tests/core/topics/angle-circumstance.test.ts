import { describe, expect, it } from 'vitest';
import { type AngleMatch, angleScore } from '../../../src/core/topics/news-angles.js';
import { stemsOf } from '../../../src/core/topics/relevance.js';
import { indexOf } from '../index-of.js';

/** Made-up wire copy of a summit overshadowed by a minister's arrest, and of a quake's toll. */
const index = indexOf({
  'a.txt': [
    "The Philippine president said he was considering not going to the regional forum because of the former minister's arrest.",
    'Police arrested two men on Friday and charged them with fraud.',
    'Street protests continued for a third day after the trial.',
    'The quake left about 200 dead in the hill villages.',
  ].join(' '),
});
const sentence = (start: string) => index.sentences.find((s) => s.text.startsWith(start))!;
const seeds = (...words: string[]): Record<string, number> => Object.fromEntries(words.map((w) => [stemsOf(w)[0]!, 1]));

/** Two angles as discovery builds them, with their own words only. */
const investigation: AngleMatch = { weights: seeds('police', 'arrested', 'charged', 'trial', 'court'), seedOf: {} };
const toll: AngleMatch = { weights: seeds('killed', 'dead', 'injured', 'victims'), seedOf: {}, needs: 'count' };

describe("an angle's word only inside a phrase of cause, time or concern (rule T3)", () => {
  it('does not put a sentence about skipping a forum under the investigation because it gives an arrest as the reason', () => {
    expect(angleScore(index, investigation, sentence('The Philippine president said'))).toBe(0);
    expect(angleScore(index, investigation, sentence('Street protests continued'))).toBe(0);
  });

  it('keeps a sentence whose own clause tells the arrest', () => {
    expect(angleScore(index, investigation, sentence('Police arrested two men'))).toBeGreaterThan(0);
  });

  it('reads "about" before a number as a count, not a phrase of concern: the toll keeps "about 200 dead"', () => {
    expect(angleScore(index, toll, sentence('The quake left about 200 dead'))).toBeGreaterThan(0);
  });
});
