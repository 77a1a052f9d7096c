import { describe, expect, it } from 'vitest';
import { nameGlosses } from '../../../src/core/compose/name-glosses.js';
import { buildDocument } from '../../../src/core/index/build-document.js';
import { nameWritersOf } from '../../../src/core/index/name-writers.js';
import { addToIndex, createTermIndex } from '../../../src/core/index/term-index.js';
import type { Document, Sentence } from '../../../src/core/ingest/document.js';
import { backgroundPreparation } from '../../../src/core/library/prepare-set.js';

/** Made-up wire copy (docs/quality.md, "Issue 17, twenty-fourth round (17gloss)"). */
function built(id: string, text: string): Document {
  const b = buildDocument({ id, text });
  if (!('document' in b)) throw new Error(b.error.message);
  return b.document;
}

const SESSION = built('a.txt', 'Lebanese President Emile Lahoud opened the session in Beirut on Monday.');
const ARMY = built('b.txt', 'Lahoud met the army chiefs on Tuesday to discuss the border.');
const OTHER = built('c.txt', 'The lahoudist bloc, a faction named for the Lahoudi family, met in Tyre on Wednesday.');

describe('which documents write a name word, known once per index (rule W)', () => {
  it('knows the documents that write the word as spelt, with no letter either side, and no others', () => {
    const index = createTermIndex();
    for (const d of [SESSION, ARMY, OTHER]) addToIndex(index, d);
    const writes = nameWritersOf(index)('Lahoud')!;
    expect(['a.txt', 'b.txt', 'c.txt', 'missing.txt'].filter(writes)).toEqual(['a.txt', 'b.txt']);
  });

  it('sees a document added after it was first asked', () => {
    const index = createTermIndex();
    addToIndex(index, SESSION);
    const writers = nameWritersOf(index);
    expect(writers('Lahoud')!('b.txt')).toBe(false);
    addToIndex(index, ARMY);
    expect(writers('Lahoud')!('b.txt')).toBe(true);
  });

  it('answers nothing for a word that does not open on a capital, so the gloss reads the documents itself', () => {
    const index = createTermIndex();
    addToIndex(index, SESSION);
    expect(nameWritersOf(index)('lahoud')).toBeUndefined();
  });
});

describe('the surname gloss with the index’s writers', () => {
  /** A wire copy that never writes the name, counting how often its sentences' text is read. */
  function counted(id: string, reads: { n: number }): Document {
    const d = built(id, 'Shops in the capital stayed shut on Tuesday as the strike went into a second day. Bus drivers joined the walkout.');
    const sentences = d.sentences.map((s) => {
      const { text, ...rest } = s;
      return Object.defineProperty({ ...rest }, 'text', {
        get: () => {
          reads.n++;
          return text;
        },
        enumerable: true,
      }) as Sentence;
    });
    return { ...d, sentences };
  }

  it('gives the same gloss and reads none of the cited copies that do not write the name', () => {
    const reads = { n: 0 };
    const copies = Array.from({ length: 20 }, (_, i) => counted(`copy-${i}.txt`, reads));
    const index = createTermIndex();
    for (const d of [SESSION, ARMY, ...copies]) addToIndex(index, d);
    const of = (id: string) => index.documents.get(id)?.sentences ?? [];
    const sources = ['a.txt', 'b.txt', ...copies.map((d) => d.id)];
    const writers = nameWritersOf(index);
    // The index reads each document once, when first asked (in a prepared set, by the warm pass); answers read no more.
    writers('Lahoud');
    reads.n = 0;
    const glosses = nameGlosses([[ARMY.sentences[0]!]], of, sources, writers);
    expect(glosses).toEqual([[{ name: 'Lahoud', full: 'Emile Lahoud' }]]);
    expect(reads.n).toBe(0);
    // Without the writers the gloss reads every cited copy, and answers the same.
    expect(nameGlosses([[ARMY.sentences[0]!]], of, sources)).toEqual(glosses);
    expect(reads.n).toBeGreaterThan(0);
  });

  it('finds the table made once the set is prepared: the first gloss after a restart reads no document', async () => {
    const reads = { n: 0 };
    const copies = Array.from({ length: 40 }, (_, i) => counted(`copy-${i}.txt`, reads));
    const index = createTermIndex();
    for (const d of [SESSION, ARMY, ...copies]) addToIndex(index, d);
    const preparation = backgroundPreparation(() => index);
    preparation.resume();
    await preparation.prepared();
    reads.n = 0;
    const of = (id: string) => index.documents.get(id)?.sentences ?? [];
    const glosses = nameGlosses([[ARMY.sentences[0]!]], of, ['a.txt', 'b.txt', ...copies.map((d) => d.id)], nameWritersOf(index));
    expect(glosses).toEqual([[{ name: 'Lahoud', full: 'Emile Lahoud' }]]);
    expect(reads.n).toBe(0);
  });
});
