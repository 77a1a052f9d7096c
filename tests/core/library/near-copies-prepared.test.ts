import { describe, expect, it, vi } from 'vitest';
import { buildDocument } from '../../../src/core/index/build-document.js';
import { addToIndex } from '../../../src/core/index/term-index.js';
import { backgroundPreparation } from '../../../src/core/library/prepare-set.js';
import { nearDuplicateFinder } from '../../../src/core/summary/near-duplicates.js';
import { indexOf } from '../index-of.js';

// Every comparison of two sentences for near copies goes through similarity.ts: counting them tells who paid for it.
const compared = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/core/index/similarity.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/core/index/similarity.js')>();
  return {
    ...original,
    sentenceSimilarity: (...args: Parameters<typeof original.sentenceSimilarity>) => {
      compared.count++;
      return original.sentenceSimilarity(...args);
    },
  };
});

const WIRE = 'The harbour authority said the new ferry terminal would open to passengers in the spring.';
const REWRITE = 'The harbour authority said its new ferry terminal would open to passengers this spring.';

describe('near copies of each text worked out while the set is prepared (docs/quality.md, issue 17, nineteenth round, 17adhoc)', () => {
  it('leaves an answer no text to compare once the set is prepared, and finds what it found before', async () => {
    const index = indexOf({ 'a.txt': `${WIRE} Crews were testing the ramps.`, 'b.txt': `Work went on all winter. ${WIRE}`, 'c.txt': 'A different story about the city budget and its deficit this year.' });
    const preparation = backgroundPreparation(() => index);
    preparation.resume();
    await preparation.prepared();
    compared.count = 0;
    const near = nearDuplicateFinder(index, () => true);
    expect(near(index.sentences[0]!).map((s) => s.docId)).toEqual(['b.txt']);
    for (const s of index.sentences) near(s);
    expect(compared.count).toBe(0);
  });

  it('finds a near copy in an article added after the set was prepared', async () => {
    const index = indexOf({ 'a.txt': `${WIRE} Crews were testing the ramps.`, 'c.txt': 'A different story about the city budget and its deficit this year.' });
    const preparation = backgroundPreparation(() => index);
    preparation.resume();
    await preparation.prepared();
    expect(nearDuplicateFinder(index, () => true)(index.sentences[0]!)).toEqual([]);
    const built = buildDocument({ id: 'd.txt', text: `${REWRITE} Tickets go on sale in March.` }, index.surfaces);
    if (!('document' in built)) throw new Error('the added article did not build');
    addToIndex(index, built.document);
    // Asked at once, before the added article is prepared, and again after: the new copy either way.
    expect(nearDuplicateFinder(index, () => true)(index.sentences[0]!).map((s) => s.docId)).toEqual(['d.txt']);
    preparation.resume();
    await preparation.prepared();
    expect(nearDuplicateFinder(index, () => true)(index.sentences[0]!).map((s) => s.docId)).toEqual(['d.txt']);
  });
});
