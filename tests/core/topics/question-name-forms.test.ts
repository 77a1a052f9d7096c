import { describe, expect, it } from 'vitest';
import { findTopic } from '../../../src/core/topics/find-topic.js';
import { nameForms } from '../../../src/core/topics/name-forms.js';
import { queryStems, readQuestion } from '../../../src/core/topics/read-query.js';
import { queryRelevance } from '../../../src/core/topics/relevance.js';
import { indexOf } from '../index-of.js';

/**
 * Made-up wire copy: the question names a place ("Syria"), the answering sentence writes its people's adjective ("the
 * Syrian leader"); a "which city" question is answered by the city's name, never by the word "city"
 * (docs/quality.md, "Twenty-fifth round (issue 16pool)").
 */
const index = indexOf({
  'wire-1.txt': [
    'Lebanon will have a new president after Syria backed the army commander, officials in Beirut said.',
    'Syria dominates its smaller neighbour and has the final word on who becomes president.',
    'The matter was settled at a meeting in Damascus with the Syrian leader.',
  ].join('\n\n'),
  'wire-2.txt': ['Syria backed the army commander for president, Lebanese newspapers said on Tuesday.', 'Parliament is expected to vote for him next week.'].join('\n\n'),
  'wire-3.txt': ['The army commander thanked Syria for its support.', 'Part of the army was sent to the south, and the party leaders met in Beirut.'].join('\n\n'),
  'wire-4.txt': 'Hundreds of people marched in the city on Sunday against the deal, the president said.',
});

const scoresFor = (query: string) => {
  const match = findTopic(index, [], query);
  if (match.kind === 'none') throw new Error('no match');
  return queryRelevance(index, match.topic, undefined, readQuestion(query));
};
const idOf = (needle: string) => index.sentences.findIndex((s) => s.text.includes(needle));

describe("a question's place name in its people's adjective", () => {
  it('reads "Syrian" as "Syria", both ways', () => {
    expect(nameForms(index, 'syria')).toEqual(['syrian']);
    expect(nameForms(index, 'syrian')).toEqual(['syria']);
  });

  it('does not read a common word as a place ("party" is not the people of "part")', () => {
    expect(nameForms(index, 'parti')).toEqual([]);
  });

  it('lets in the sentence that names the place by its adjective', () => {
    const scores = scoresFor('who did the Syrian leaders back for president');
    expect(scores.get(idOf('Syria backed the army commander for president'))).toBeGreaterThan(0);
  });
});

describe('the noun that names the kind of answer', () => {
  it('is not a word to match after "which" or "what"', () => {
    expect(queryStems('in which city did Syria settle the deal for the president')).not.toContain('citi');
    expect(queryStems('what country backed the army commander')).not.toContain('countri');
  });

  it('is still matched where it is what is counted', () => {
    expect(queryStems('how many cities held marches')).toContain('citi');
  });

  it('answers "in which city" with the sentence that names the city, not one that only says "city"', () => {
    const scores = scoresFor('in which city was the deal with Syria settled');
    expect(scores.get(idOf('settled at a meeting in Damascus'))).toBeGreaterThan(0);
    expect(scores.get(idOf('marched in the city'))).toBeUndefined();
  });
});
