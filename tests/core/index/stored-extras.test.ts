import { describe, expect, it } from 'vitest';
import { type AnalysisCache, analyse, decodePlain, encodePlain, type StoredAnalysis } from '../../../src/core/index/analysis.js';
import { readStoredSet, storedSetEntries, storedSetKey, storeSet } from '../../../src/core/index/stored-set.js';
import { addToIndex, createTermIndex } from '../../../src/core/index/term-index.js';
import type { Document, RawDocument } from '../../../src/core/ingest/document.js';

/** Made-up wire copy whose sentences hold figures, a named speaker, one without a speaker, and dates chrono reads. */
const raws: RawDocument[] = [
  {
    id: 'quay.md',
    meta: { title: 'Quay collapse', published: '2025-03-04' },
    text: [
      'A section of the Port Halden quay collapsed on Monday, injuring 14 workers and sinking two cranes worth $3 million.',
      '"We warned the council in January that the pilings were rotten," said union leader Maria Lindqvist.',
      'The harbour authority said repairs would begin on March 20 and cost about 2.5 million euros.',
    ].join('\n\n'),
  },
  {
    id: 'ferry.md',
    meta: { title: 'Ferry strike', published: '2025-03-05' },
    text: 'Ferry crews on the northern routes walked out on Tuesday for the second time this year. About 40 sailings were cancelled, the operator said.',
  },
];

function memoryCache(): { cache: AnalysisCache; rows: Map<string, Uint8Array> } {
  const rows = new Map<string, Uint8Array>();
  return {
    rows,
    cache: {
      async get(keys) {
        return new Map(keys.flatMap((k) => (rows.has(k) ? [[k, rows.get(k)!] as const] : [])));
      },
      async put(entries: readonly StoredAnalysis[]) {
        for (const e of entries) rows.set(e.key, e.bytes);
      },
    },
  };
}

const set = raws.map((r) => ({ id: r.id, key: `key-${r.id}`, addedAt: '' }));

async function stored(documents: Document[]) {
  const index = createTermIndex();
  for (const d of documents) addToIndex(index, d);
  const { cache, rows } = memoryCache();
  await storeSet(cache, '/sets/wire', storedSetKey(set), index, [], () => undefined);
  // The documents are stored in parts after the set's head; the first document is the first part's.
  const parts = storedSetEntries('/sets/wire').slice(1);
  return { cache, rows, entry: parts[0]!, parts };
}

function documentsOf(): Document[] {
  return raws.map((raw) => {
    const built = analyse(raw).built;
    if (!('document' in built)) throw new Error('expected a document');
    return built.document;
  });
}

/** Every sentence's own fields and those of what it holds, keys in order: the shape a restart hands to answers. */
const shapes = (documents: readonly Document[]) => JSON.stringify(documents.map((d) => d.sentences.map((s) => Object.entries(s).map(([k, v]) => [k, v === undefined ? '(undefined)' : v]))));

describe('the stored set keeps sentence extras as numbers', () => {
  it('a restart reads back every figure, speaker and chrono reading as analysed, fields in the same order, none kept as stored objects', async () => {
    const documents = documentsOf();
    const sentences = documents.flatMap((d) => d.sentences);
    // The copy holds each kind of extra.
    expect(sentences.some((s) => s.figures?.length)).toBe(true);
    expect(sentences.some((s) => s.speech)).toBe(true);
    expect(sentences.some((s) => s.chronoReading?.found.length)).toBe(true);
    const { cache, rows, parts } = await stored(documents);
    const held = parts.flatMap((part) => {
      const decoded = decodePlain(rows.get(part)!);
      if (!('value' in decoded)) throw new Error(decoded.corrupt);
      return (decoded.value as { documents: { rest: [number, Record<string, unknown>][]; extras?: unknown }[] }).documents;
    });
    expect(held).toHaveLength(documents.length);
    for (const d of held) {
      expect(d.extras).toBeInstanceOf(Float64Array);
      expect(d.rest).toEqual([]);
    }
    const back = await readStoredSet(cache, '/sets/wire', set, () => undefined);
    expect(back).toBeDefined();
    const read = back!.analyses.map((a) => ('document' in a.built ? a.built.document : undefined)).filter((d) => d !== undefined);
    expect(shapes(read)).toBe(shapes(documents));
    expect(read).toStrictEqual(documents.map((d) => ({ ...d, addedAt: d.addedAt })));
  });

  it('an extra of another shape (a field a later version adds) is stored as it is and read back the same', async () => {
    const documents = documentsOf();
    const s = documents[0]!.sentences[1]!;
    Object.assign(s, { mood: { tone: 'angry', level: 2 } });
    const withFigures = documents[0]!.sentences[0]!;
    withFigures.figures = [...(withFigures.figures ?? []), { value: '14', counts: 'workers', unit: 'people' } as { value: string; counts: string }];
    const { cache, rows, entry } = await stored(documents);
    const decoded = decodePlain(rows.get(entry)!);
    if (!('value' in decoded)) throw new Error(decoded.corrupt);
    const first = (decoded.value as { documents: { rest: [number, Record<string, unknown>][] }[] }).documents[0]!;
    expect(first.rest.map(([i]) => i)).toEqual([0, 1]);
    const back = await readStoredSet(cache, '/sets/wire', set, () => undefined);
    const read = back!.analyses.map((a) => ('document' in a.built ? a.built.document : undefined)).filter((d) => d !== undefined);
    expect(shapes(read)).toBe(shapes(documents));
  });

  it('extras that do not add up make the stored set unusable, with a warning, not wrong', async () => {
    const { cache, rows, entry } = await stored(documentsOf());
    const decoded = decodePlain(rows.get(entry)!);
    if (!('value' in decoded)) throw new Error(decoded.corrupt);
    const value = decoded.value as { documents: { extras: Float64Array }[] };
    value.documents[0]!.extras = value.documents[0]!.extras.subarray(0, value.documents[0]!.extras.length - 3);
    rows.set(entry, encodePlain(value));
    const warnings: string[] = [];
    expect(await readStoredSet(cache, '/sets/wire', set, (m) => warnings.push(m))).toBeUndefined();
    expect(warnings).toEqual(['the stored set is unusable; reading each analysis']);
  });

  it('a part missing, or of another stored set, makes the stored set unusable, with a warning, not a set short of documents', async () => {
    const { cache, rows, parts } = await stored(documentsOf());
    const second = rows.get(parts[1]!)!;
    rows.delete(parts[1]!);
    const warnings: string[] = [];
    expect(await readStoredSet(cache, '/sets/wire', set, (m) => warnings.push(m))).toBeUndefined();
    const decoded = decodePlain(second);
    if (!('value' in decoded)) throw new Error(decoded.corrupt);
    rows.set(parts[1]!, encodePlain({ ...(decoded.value as object), key: 'an earlier set' }));
    expect(await readStoredSet(cache, '/sets/wire', set, (m) => warnings.push(m))).toBeUndefined();
    expect(warnings).toEqual(['the stored set is unusable; reading each analysis', 'the stored set is unusable; reading each analysis']);
    rows.set(parts[1]!, second);
    expect(await readStoredSet(cache, '/sets/wire', set, (m) => warnings.push(m))).toBeDefined();
  });
});
