import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../../src/core/topics/read-query.js';
import { queryRelevance, stemsOf } from '../../../src/core/topics/relevance.js';
import type { Topic } from '../../../src/core/topics/topic.js';
import { indexOf } from '../index-of.js';

/**
 * Made-up wire copy: a question's participant ("hostages") told in a word the lexicon holds close to it ("captives") counts
 * toward the share of the question a sentence holds, as the focus verb's close words do.
 */
describe('a participant read in its close words by relevance', () => {
  it('lets in the sentence that says "captives" for the asked "hostages" beside one that writes the question\'s words', () => {
    const index = indexOf({
      'wire-1.txt': 'All the captives were released by the rebels, the army said.',
      'wire-2.txt': 'The rebels said the hostages on the border would be released soon.',
    });
    const text = 'how many hostages were released by the rebels on the border';
    const question = readQuestion(text)!;
    const topic: Topic = { ref: { kind: 'query', slug: text, title: text }, aliases: [], variants: [stemsOf(text, true)] };
    const scores = queryRelevance(index, topic, undefined, question);
    const of = (needle: string) => scores.get(index.sentences.findIndex((s) => s.text.includes(needle))) ?? 0;
    expect(of('All the captives')).toBeGreaterThan(0);
  });
});
