import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../../src/core/topics/read-query.js';
import { queryRelevance, stemsOf } from '../../../src/core/topics/relevance.js';
import type { Topic } from '../../../src/core/topics/topic.js';
import { indexOf } from '../index-of.js';

/**
 * Made-up wire copy: a story names its setting once ("the Air France jet's black boxes") and then writes "the search". A
 * question's sentence is read in its document for entry, never for its score (docs/quality.md, "Nineteenth round (issue 16pool)").
 */
const index = indexOf({
  'wire-1.txt': [
    'Investigators resumed the search for the black boxes of the Air France jet that crashed off Brazil.',
    'Ships and a submarine have combed the ocean floor for weeks.',
    'However, the search was extended with a second submarine.',
  ].join('\n\n'),
  'wire-2.txt': 'The search for the Air France black boxes was extended again, officials in Paris said.',
  'wire-3.txt': ['A fishing boat sank in a storm near the harbour on Tuesday.', 'The coast guard said the search was extended with a second helicopter.'].join('\n\n'),
});
const text = 'how was the search for the Air France black boxes extended';
const question = readQuestion(text)!;
const topic: Topic = { ref: { kind: 'query', slug: text, title: text }, aliases: [], variants: [stemsOf('search Air France black boxes extended', true)] };
const scores = queryRelevance(index, topic, undefined, question);
const of = (needle: string) => scores.get(index.sentences.findIndex((s) => s.text.includes(needle))) ?? 0;

describe("a question's sentence read in its document", () => {
  it('lets in the sentence that leaves the setting to its story', () => {
    expect(of('the search was extended with a second submarine')).toBeGreaterThan(0);
  });

  it('does not let in the same words in a story of another search', () => {
    expect(of('search was extended with a second helicopter')).toBe(0);
  });

  it('ranks the newcomer by its own words, below a sentence that writes the setting', () => {
    expect(of('the search was extended with a second submarine')).toBeLessThan(of('The search for the Air France black boxes was extended again'));
  });

  it('leaves a query that is no question as it was', () => {
    const plain = queryRelevance(index, topic);
    expect(plain.get(index.sentences.findIndex((s) => s.text.includes('the search was extended with a second submarine')))).toBeUndefined();
  });
});
