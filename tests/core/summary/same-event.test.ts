import { describe, expect, it } from 'vitest';
import { sameEvent } from '../../../src/core/summary/same-event.js';
import { sameFact } from '../../../src/core/summary/same-fact.js';
import { selectSummary } from '../../../src/core/summary/select-summary.js';
import { sentence } from '../../eval/made-up-cluster.js';

// Made-up wire copy of one book prize, announced on Thursday 10 October 2024, told by two wires of that day in other words.
const published = new Map([
  ['a', '2024-10-10'],
  ['b', '2024-10-10'],
  ['c', '2024-10-11'],
  ['d', '2024-10-09'],
]);
const publishedOf = (docId: string) => published.get(docId);
const wonA = sentence('a', 0, 'The novelist Maria Lenz won the national book award on Thursday for a novel about a fishing village.');
const wonB = sentence('b', 0, "Maria Lenz, a 71-year-old former teacher from the coast, won this year's prize Thursday, the jury in the capital announced.");
const gift = sentence('c', 0, 'Lenz said on Friday that she would give the prize money to a school in her village.');
const background = sentence('c', 1, 'Lenz, who won the award on Thursday, signed copies of the novel for readers in her village on Friday.');
const expected = sentence('d', 0, 'Lenz is expected to win the national book award on Thursday, critics said.');

describe('one event told twice is one point (docs/quality.md, twenty-sixth round, 16once3, rule S)', () => {
  it('joins two wires that date one event to the same day and assert the same verb, which the word tests do not join', () => {
    expect(sameFact(wonA, wonB)).toBe(false);
    expect(sameEvent(wonA, wonB, publishedOf)).toBe(true);
  });

  it('does not join a day and verb told in a relative clause, nor a plan with the deed', () => {
    // "who won the award on Thursday" identifies Lenz: the sentence's event is the signing on Friday.
    expect(sameEvent(wonA, background, publishedOf)).toBe(false);
    // "is expected to win … on Thursday" is the same day, but no win is told as done.
    expect(sameEvent(wonA, expected, publishedOf)).toBe(false);
    // Another day, another event.
    expect(sameEvent(wonA, gift, publishedOf)).toBe(false);
  });

  it('shows the win once in a summary, and keeps the point on another day', () => {
    const documents = new Map([...published].map(([id, date]) => [id, { published: date, sentenceCount: 2 }]));
    const texts = selectSummary({ sentences: [wonA, wonB, gift], documents, maxSentences: 3, maxWords: 200 }).map((s) => s.text);
    expect(texts.filter((t) => t === wonA.text || t === wonB.text)).toHaveLength(1);
    expect(texts).toContain(gift.text);
  });
});
