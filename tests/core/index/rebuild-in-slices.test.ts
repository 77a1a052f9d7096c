import { describe, expect, it } from 'vitest';
import { rebuildIndex, rebuildIndexInSlices } from '../../../src/core/index/term-index.js';
import { storiesIndexed } from '../index-of.js';

// An edit or removal rebuilds the term index from the documents kept; in a running bot it is built a slice at a time
// while the index it replaces serves answers (docs/quality.md, "Issue 17, session 44").

describe('the term index rebuilt a slice at a time', () => {
  it('equals the one rebuilt in one go, map order included, and leaves the index it replaces as it was', async () => {
    const { index, documents } = storiesIndexed(6);
    const sentencesBefore = index.sentences.length;
    const kept = documents.filter((d) => d.id !== 'ferry-2.txt' && d.id !== 'volcano-0.txt');
    const sliced = await rebuildIndexInSlices(kept, index.surfaces);
    const whole = rebuildIndex(kept, index.surfaces);
    expect(sliced).toEqual(whole);
    for (const field of ['stemSentences', 'stemDf', 'phraseSentences', 'phraseDf', 'textStemSentences', 'textIds', 'copies'] as const) {
      expect([...sliced[field].keys()]).toEqual([...whole[field].keys()]);
    }
    expect(sliced.documents.has('ferry-2.txt')).toBe(false);
    expect(sliced.sentences.length).toBeLessThan(sentencesBefore);
    expect(index.sentences.length).toBe(sentencesBefore);
    expect(index.documents.has('ferry-2.txt')).toBe(true);
  });
});
