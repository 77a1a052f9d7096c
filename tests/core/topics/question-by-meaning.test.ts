import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../../src/core/topics/read-query.js';
import { enteredOnlyByDocument, queryRelevance, stemsOf, topicRelevance } from '../../../src/core/topics/relevance.js';
import type { Topic } from '../../../src/core/topics/topic.js';
import { indexOf } from '../index-of.js';

/**
 * Made-up wire copy: the story of a phone company whose boss is named only as its "chief executive". A question's sentences
 * that say the asked thing in other words enter its pool by meaning, for entry only (docs/quality.md, "Twentieth round
 * (issue 16retr)").
 */
const index = indexOf({
  'wire-1.txt': [
    'Shares in Northway, the regional phone company, fell sharply on Monday after it lost a government contract.',
    'The phone company said the loss would cut its revenue this year.',
    'Its chief executive, Dana Pruitt, told investors the firm would sell two divisions and cut hundreds of jobs.',
    'Rain is expected across the region on Thursday.',
  ].join('\n\n'),
  'wire-2.txt': ['Northway is the largest phone company in the north of the country.', 'A local football club won its first trophy in a decade.'].join('\n\n'),
});
const text = 'who is the boss of the phone company';
const question = readQuestion(text)!;
const topic: Topic = { ref: { kind: 'query', slug: text, title: text }, aliases: [], variants: [stemsOf('boss phone company', true)] };
const scores = queryRelevance(index, topic, undefined, question);
const idOf = (needle: string) => index.sentences.findIndex((s) => s.text.includes(needle));
const of = (needle: string) => scores.get(idOf(needle)) ?? 0;

describe("a question's sentences that say the asked thing in other words", () => {
  it('lets in the sentence that names the boss as chief executive', () => {
    expect(of('Its chief executive, Dana Pruitt')).toBeGreaterThan(0);
  });

  it('ranks the newcomer below every sentence the question’s words let in, and never lets it lead alone', () => {
    const newcomer = of('Its chief executive, Dana Pruitt');
    for (const [id, score] of scores) if (id !== idOf('Its chief executive, Dana Pruitt')) expect(score).toBeGreaterThan(newcomer);
    expect(enteredOnlyByDocument(scores)?.has(idOf('Its chief executive, Dana Pruitt'))).toBe(true);
  });

  it('keeps out sentences of the same story that say something else', () => {
    expect(of('Rain is expected')).toBe(0);
    expect(of('football club')).toBe(0);
  });

  it('leaves a query that is no question, and a topic, as they were', () => {
    expect(queryRelevance(index, topic).has(idOf('Its chief executive, Dana Pruitt'))).toBe(false);
    expect(topicRelevance(index, topic).has(idOf('Its chief executive, Dana Pruitt'))).toBe(false);
  });
});
