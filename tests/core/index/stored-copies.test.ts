import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/index/analysis.js';
import { readStoredSet, storedSetKey, storeSet } from '../../../src/core/index/stored-set.js';
import { addToIndex, createTermIndex } from '../../../src/core/index/term-index.js';
import type { Document, RawDocument } from '../../../src/core/ingest/document.js';
import { memoryCache } from '../library/memory-analysis-cache.js';

/**
 * Made-up wire story, a second outlet's version that runs two of its sentences verbatim, and a brief that repeats its own lead
 * (docs/quality.md: session 34's rule R, measured and reverted, would have shared such copies' lists; session 60 shares them).
 */
const WIRE_LEAD = 'Flood waters breached the Karsten river dam early on Sunday, forcing 3,000 residents of Lower Vale from their homes.';
const WIRE_QUOTE = '"The water rose faster than any of us had seen," said fire chief Tomas Berg.';
const raws: RawDocument[] = [
  {
    id: 'wire.md',
    meta: { title: 'Dam breach', published: '2025-04-06' },
    text: [WIRE_LEAD, WIRE_QUOTE, 'Engineers said the dam had not been inspected since 2019.'].join('\n\n'),
  },
  {
    id: 'gazette.md',
    meta: { title: 'Lower Vale evacuated', published: '2025-04-06' },
    text: ['Residents spent the night in the Lower Vale school gym.', WIRE_LEAD, WIRE_QUOTE].join('\n\n'),
  },
  {
    id: 'brief.md',
    meta: { title: 'Dam update', published: '2025-04-07' },
    text: ['The Karsten dam will be drained for repairs, the county said on Monday.', 'Repairs start in May.', 'The Karsten dam will be drained for repairs, the county said on Monday.'].join('\n\n'),
  },
];

const set = raws.map((r) => ({ id: r.id, key: `key-${r.id}`, addedAt: '' }));

function analysed(): Document[] {
  return raws.map((raw) => {
    const built = analyse(raw).built;
    if (!('document' in built)) throw new Error('expected a document');
    return built.document;
  });
}

async function restarted(documents: Document[]): Promise<Document[]> {
  const index = createTermIndex();
  for (const d of documents) addToIndex(index, d);
  const cache = memoryCache();
  await storeSet(cache, '/sets/dam', storedSetKey(set), index, [], () => undefined);
  const back = await readStoredSet(cache, '/sets/dam', set, () => undefined);
  if (!back) throw new Error('the stored set was not read back');
  return back.analyses.flatMap((a) => ('document' in a.built ? [a.built.document] : []));
}

const sentenceWith = (documents: readonly Document[], id: string, text: string) => documents.find((d) => d.id === id)!.sentences.find((s) => s.text === text)!;
/** Every sentence's fields in order, as answers read them. */
const shapes = (documents: readonly Document[]) => JSON.stringify(documents.map((d) => d.sentences.map((s) => Object.entries(s).map(([k, v]) => [k, v === undefined ? '(undefined)' : v]))));

describe('a restart reads wire copies back as analysed', () => {
  it('reads back every sentence of a story another outlet runs in part verbatim, and of a brief that repeats its lead, field for field', async () => {
    const documents = analysed();
    const back = await restarted(documents);
    expect(shapes(back)).toBe(shapes(documents));
    for (const text of [WIRE_LEAD, WIRE_QUOTE]) {
      const copy = sentenceWith(back, 'gazette.md', text);
      expect(copy.docId).toBe('gazette.md');
      // The same lists, not equal ones: a restart makes a copy's lists once (unpackDocument's `earlier`).
      expect(copy.words).toBe(sentenceWith(back, 'wire.md', text).words);
    }
  });

  it('reads back a copy whose stored stems are not its first text’s with its own stems', async () => {
    const documents = analysed();
    const copy = sentenceWith(documents, 'gazette.md', WIRE_LEAD);
    copy.stems = [...copy.stems, 'karsten'];
    const back = await restarted(documents);
    expect(shapes(back)).toBe(shapes(documents));
    expect(sentenceWith(back, 'gazette.md', WIRE_LEAD).stems).toEqual([...sentenceWith(back, 'wire.md', WIRE_LEAD).stems, 'karsten']);
  });
});
