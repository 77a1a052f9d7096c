import { describe, expect, it } from 'vitest';
import { type AnalysisCache, analyse, type StoredAnalysis } from '../../../src/core/index/analysis.js';
import { readStoredSet, storedSetKey, storeSet } from '../../../src/core/index/stored-set.js';
import { addToIndex, createTermIndex } from '../../../src/core/index/term-index.js';
import type { Document, RawDocument } from '../../../src/core/ingest/document.js';

/** Made-up wire story, a second outlet's version that runs two of its sentences verbatim, and a brief that repeats its own lead. */
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

function memoryCache(): AnalysisCache {
  const rows = new Map<string, Uint8Array>();
  return {
    async get(keys) {
      return new Map(keys.flatMap((k) => (rows.has(k) ? [[k, rows.get(k)!] as const] : [])));
    },
    async put(entries: readonly StoredAnalysis[]) {
      for (const e of entries) rows.set(e.key, e.bytes);
    },
  };
}

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

describe('a restart reads a wire copy back with its first text’s word lists', () => {
  it('reads back every sentence as analysed, and a sentence another outlet runs verbatim shares the first one’s words, stems and phrases', async () => {
    const documents = analysed();
    const back = await restarted(documents);
    expect(shapes(back)).toBe(shapes(documents));
    for (const text of [WIRE_LEAD, WIRE_QUOTE]) {
      const first = sentenceWith(back, 'wire.md', text);
      const copy = sentenceWith(back, 'gazette.md', text);
      expect(copy).not.toBe(first);
      expect(copy.docId).toBe('gazette.md');
      expect(copy.words).toBe(first.words);
      expect(copy.stems).toBe(first.stems);
      expect(copy.phrases).toBe(first.phrases);
    }
    // A sentence no other one repeats has lists of its own.
    const own = sentenceWith(back, 'gazette.md', 'Residents spent the night in the Lower Vale school gym.');
    expect(back.flatMap((d) => d.sentences).filter((s) => s.words === own.words)).toEqual([own]);
  });

  it('shares the lists of a sentence its own document repeats', async () => {
    const back = await restarted(analysed());
    const [first, , again] = back.find((d) => d.id === 'brief.md')!.sentences;
    expect(again!.text).toBe(first!.text);
    expect(again!.stems).toBe(first!.stems);
  });

  it('gives a copy lists of its own where its stored stems are not its first text’s', async () => {
    const documents = analysed();
    const copy = sentenceWith(documents, 'gazette.md', WIRE_LEAD);
    copy.stems = [...copy.stems, 'karsten'];
    const back = await restarted(documents);
    expect(shapes(back)).toBe(shapes(documents));
    const first = sentenceWith(back, 'wire.md', WIRE_LEAD);
    const read = sentenceWith(back, 'gazette.md', WIRE_LEAD);
    expect(read.stems).not.toBe(first.stems);
    expect(read.stems).toEqual([...first.stems, 'karsten']);
    expect(read.words).toEqual(first.words);
  });
});
