import { describe, expect, it } from 'vitest';
import { isQuestion, queryStems, readQuestion } from '../../../src/core/topics/read-query.js';
import { queryRelevance } from '../../../src/core/topics/relevance.js';
import type { Topic } from '../../../src/core/topics/topic.js';
import { indexOf } from '../index-of.js';

/** A question that opens on a preposition is read from its question word (docs/quality.md, "Nineteenth round (issue 16pool2)"). */
describe('a question that opens on a preposition', () => {
  it('is read as the question from its question word', () => {
    expect(isQuestion('until when has the search been extended')).toBe(true);
    expect(readQuestion('until when has the search been extended')?.kind).toBe('time');
    expect(readQuestion('in which village were the civilians killed')?.text).toBe('which village were the civilians killed');
    expect(readQuestion('by how much did prices rise')?.kind).toBe('amount');
  });

  it('asks for a time when a preposition of time opens "which"', () => {
    expect(readQuestion('until which date will the talks run')?.kind).toBe('time');
  });

  it('leaves a topic that opens on a preposition a topic', () => {
    expect(isQuestion('in the wake of the floods')).toBe(false);
  });
});

describe('a question that opens on a preposition, answered', () => {
  const index = indexOf({
    'wire-1.txt': ['Divers resumed the search for the black boxes of the crashed jet on Monday.', 'Officials said the search was extended until May 25.'].join('\n\n'),
    'wire-2.txt': 'The airline said families of the victims would meet in Paris.',
  });
  const poolOf = (text: string) => {
    const topic: Topic = { ref: { kind: 'query', slug: text, title: text }, aliases: [], variants: [queryStems(text)] };
    return [...queryRelevance(index, topic, undefined, readQuestion(text)).entries()];
  };

  it('finds what the question without its preposition finds', () => {
    expect(poolOf('until when was the search for the black boxes extended')).toEqual(poolOf('when was the search for the black boxes extended'));
  });
});
