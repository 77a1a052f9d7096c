import { describe, expect, it, vi } from 'vitest';
import { findDates } from '../../../src/core/facts/timeline.js';
import { buildDocument } from '../../../src/core/index/build-document.js';
import { addToIndex, createTermIndex, type TermIndex } from '../../../src/core/index/term-index.js';
import type { Sentence } from '../../../src/core/ingest/document.js';
import { backgroundPreparation } from '../../../src/core/library/prepare-set.js';

// Every reading of a sentence's dates goes through findDates, which keeps it per sentence: recording its calls tells who read first.
const read = vi.hoisted(() => ({ sentences: [] as unknown[] }));
vi.mock('../../../src/core/facts/timeline.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/core/facts/timeline.js')>();
  return {
    ...original,
    findDates: (...args: Parameters<typeof original.findDates>) => {
      read.sentences.push(...args[0]);
      return original.findDates(...args);
    },
  };
});

const DATED = 'The council voted on Tuesday to close the old bridge. Repairs are due to start in March 2027. Residents were not consulted.';
const UNDATED = 'The ferry company said on Monday that it would add two crossings a day.';

function indexWith(documents: { id: string; text: string; published?: string }[]): TermIndex {
  const index = createTermIndex();
  for (const { id, text, published } of documents) {
    const built = buildDocument({ id, text, ...(published ? { meta: { published } } : {}) }, index.surfaces);
    if ('document' in built) addToIndex(index, built.document);
  }
  return index;
}

describe("a dated article's dates read while the set is prepared (docs/quality.md, issue 17, twenty-third round, 17adhoc4)", () => {
  it('reads every sentence of a dated article, none of an undated one, and an answer then finds the same dates', async () => {
    const index = indexWith([
      { id: 'dated.txt', text: DATED, published: '2026-11-20' },
      { id: 'undated.txt', text: UNDATED },
    ]);
    const fresh = indexWith([{ id: 'dated.txt', text: DATED, published: '2026-11-20' }]);
    read.sentences.length = 0;
    const preparation = backgroundPreparation(() => index);
    preparation.resume();
    await preparation.prepared();
    const dated = index.documents.get('dated.txt')!.sentences;
    expect(read.sentences).toEqual(dated);
    expect(read.sentences.some((s) => (s as Sentence).docId === 'undated.txt')).toBe(false);
    // What the timeline finds in the prepared sentences is what it finds in sentences no preparation read.
    const strip = (dates: ReturnType<typeof findDates>) => dates.map(({ sentence, ...rest }) => ({ ...rest, text: sentence.text }));
    const published = () => '2026-11-20';
    expect(strip(findDates(dated, published))).toEqual(strip(findDates(fresh.documents.get('dated.txt')!.sentences, published)));
    expect(findDates(dated, published).some((d) => d.date?.startsWith('2027-03'))).toBe(true);
  });
});
