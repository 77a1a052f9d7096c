import { describe, expect, it } from 'vitest';
import { analyse, decodePlain, encodePlain } from '../../../src/core/index/analysis.js';
import { packIndex, unpackIndex } from '../../../src/core/index/index-snapshot.js';
import { addToIndex } from '../../../src/core/index/term-index.js';
import { storiesIndexed } from '../index-of.js';
import { article } from '../made-up-stories.js';

/** Articles on the three made-up stories; they overlap, so many sentences are copies of others. */
const indexed = () => storiesIndexed(5);

describe('a stored term index', () => {
  it('reads back equal to the one built document by document, through storage, map order included', () => {
    const { index, documents } = indexed();
    expect(index.copies.size).toBeGreaterThan(0);
    const decoded = decodePlain(encodePlain(packIndex(index)));
    if (!('value' in decoded)) throw new Error(decoded.corrupt);
    const back = unpackIndex(decoded.value as ReturnType<typeof packIndex>, documents);
    expect(back).toEqual(index);
    for (const field of ['stemSentences', 'stemDf', 'phraseSentences', 'phraseDf', 'textStemSentences', 'textIds', 'copies', 'surfaces'] as const) {
      expect([...back[field].keys()]).toEqual([...index[field].keys()]);
    }
    // The lists are the index's own: adding an article extends them as it does a built index.
    const extra = analyse({ id: 'ferry-9.txt', text: article('ferry', 9) });
    if (!('document' in extra.built)) throw new Error('expected a document');
    addToIndex(back, extra.built.document);
    addToIndex(index, extra.built.document);
    expect(back).toEqual(index);
  });

  it('refuses one that does not fit the documents it is read with', () => {
    const { index, documents } = indexed();
    const packed = packIndex(index);
    expect(() => unpackIndex(packed, documents.slice(1))).toThrow(/documents/);
    const wrongId = { ...packed, stems: { ...packed.stems, ids: packed.stems.ids.map((id, i) => (i === 3 ? index.sentences.length : id)) } };
    expect(() => unpackIndex(wrongId, documents)).toThrow(/names sentence/);
    const short = { ...packed, phrases: { ...packed.phrases, ids: packed.phrases.ids.subarray(1) } };
    expect(() => unpackIndex(short, documents)).toThrow(/do not add up/);
    const notACopy = { ...packed, firstOfText: packed.firstOfText.map((f, i) => (i === 5 ? 0 : f)) };
    expect(() => unpackIndex(notACopy, documents)).toThrow(/copy/);
  });
});
