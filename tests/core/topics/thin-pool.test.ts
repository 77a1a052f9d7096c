import { describe, expect, it } from 'vitest';
import { findTopic } from '../../../src/core/topics/find-topic.js';
import { readQuestion } from '../../../src/core/topics/read-query.js';
import { queryRelevance } from '../../../src/core/topics/relevance.js';
import { POOL_FLOOR } from '../../../src/core/topics/thin-pool.js';
import { indexOf } from '../index-of.js';

/**
 * Made-up wire copy: the best sentence restates the question, so the relative entry test keeps out the sentence that
 * answers it, which holds two of its words and says the asked thing (docs/quality.md, "Thirtieth round (issue 16pool3)").
 */
const story = {
  'wire-1.txt': [
    'Governor Ana Ruiz faces a runoff on Sunday in the northern province after falling short of a majority, the electoral court said.',
    'Her opponent in the runoff, Luis Brandt, is a former mayor of the province who promises lower taxes.',
    "The governor's office declined to comment.",
    'The electoral court will publish the results on Monday.',
  ].join('\n\n'),
  'wire-2.txt': ['Turnout in the first round was the lowest in a decade.', 'Brandt, 58, ran the capital for two terms and leads the polls.'].join('\n\n'),
  'wire-3.txt': 'Ruiz told supporters at a rally on Sunday that the province had never been safer.',
};
const index = indexOf(story);

const scoresIn = (idx: typeof index, query: string, asQuestion = true) => {
  const match = findTopic(idx, [], query);
  if (match.kind === 'none') throw new Error('no match');
  return queryRelevance(idx, match.topic, undefined, asQuestion ? readQuestion(query) : undefined);
};
const idOf = (idx: typeof index, needle: string) => idx.sentences.findIndex((s) => s.text.includes(needle));
const QUESTION = "who is challenging the governor of the northern province in sunday's runoff";

describe('a thin question pool', () => {
  it("takes in the sentence that answers with two of the question's words, below the bar", () => {
    const scores = scoresIn(index, QUESTION);
    const answer = idOf(index, 'Her opponent in the runoff, Luis Brandt');
    expect(scores.get(answer)).toBeGreaterThan(0);
  });

  it('ranks it below every sentence that passed the entry tests', () => {
    const scores = scoresIn(index, QUESTION);
    const best = idOf(index, 'Governor Ana Ruiz faces a runoff');
    const answer = idOf(index, 'Her opponent in the runoff, Luis Brandt');
    expect(scores.get(best)!).toBeGreaterThan(scores.get(answer)!);
  });

  it("leaves out a sentence that holds one of the question's words", () => {
    const scores = scoresIn(index, QUESTION);
    expect(scores.get(idOf(index, "governor's office declined"))).toBeUndefined();
  });

  it('is not filled where the bar already lets in the floor', () => {
    const restated = Object.fromEntries(Array.from({ length: POOL_FLOOR }, (_, i) => [`desk-${i}.txt`, `Governor Ana Ruiz faces a runoff on Sunday in the northern province, report ${i} said.`]));
    const full = indexOf({ ...story, ...restated });
    const scores = scoresIn(full, QUESTION);
    expect(scores.size).toBeGreaterThanOrEqual(POOL_FLOOR);
    expect(scores.get(idOf(full, 'Her opponent in the runoff, Luis Brandt'))).toBeUndefined();
  });

  it('does not change a query that is no question', () => {
    const scores = scoresIn(index, 'governor northern province sunday runoff', false);
    expect(scores.get(idOf(index, 'Her opponent in the runoff, Luis Brandt'))).toBeUndefined();
  });
});
