import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../../src/core/topics/read-query.js';
import { leadOf, reportsOn } from '../made-up-reports.js';

/** Made-up reports (docs/quality.md, "Session 69", rule OQ): an ordinal a question writes is what it asks about, "third" as "second". */
const NOW = new Date('2026-07-30T12:00:00Z');
const doc = reportsOn(NOW);

const RACE = doc(
  'race.txt',
  '2026-07-29',
  [
    'Marta Silva won the Serra Alta road race on Tuesday by 20 seconds.',
    'Ana Costa finished second, 12 seconds behind the winner, after a late attack on the climb.',
    'Lena Park finished third, 31 seconds behind the winner.',
    'The race was run in heavy rain.',
  ].join(' '),
);

describe('an ordinal in a question (rule OQ)', () => {
  it('reads "third" as a word of the question, as it reads "second"', () => {
    expect(readQuestion('who finished third in the race')?.asked).toContain('third');
    expect(readQuestion('who finished second in the race')?.asked).toContain('second');
  });

  it('leads "who finished third" with the rider who finished third', () => {
    expect(leadOf([RACE], 'who finished third', NOW)).toBe('Lena Park finished third, 31 seconds behind the winner.');
    expect(leadOf([RACE], 'who finished second', NOW)).toMatch(/^Ana Costa finished second/);
  });
});
