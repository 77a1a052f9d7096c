import { describe, expect, it } from 'vitest';
import { createTermIndex } from '../../src/core/index/term-index.js';
import { queryRelevance } from '../../src/core/topics/relevance.js';
import type { Topic } from '../../src/core/topics/topic.js';

describe('a query on a common word', () => {
  it('scores every sentence it matches however many there are (a large archive, "said")', () => {
    const index = createTermIndex();
    // More matching sentences than one function call takes arguments: 400,000 is a full set of 20,000 articles.
    const matches = 400_000;
    index.stemSentences.set(
      'said',
      Array.from({ length: matches }, (_, id) => id),
    );
    index.stemDf.set('said', 1000);
    for (let d = 0; d < 2000; d++) index.documents.set(`${d}.txt`, { id: `${d}.txt`, meta: { title: '' }, paragraphs: [], sentences: [], addedAt: '' });
    const topic: Topic = { ref: { kind: 'query', slug: 'said', title: 'said' }, aliases: [], variants: [['said']] };
    const scores = queryRelevance(index, topic);
    expect(scores.size).toBe(matches);
    expect(scores.get(matches - 1)).toBe(1);
  });
});
