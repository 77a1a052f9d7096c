import { describe, expect, it } from 'vitest';
import { stringAt, stringsAsBytes } from '../../../src/core/index/string-table.js';

const read = (list: string[]) => {
  const { bytes, lengths } = stringsAsBytes(list);
  const out: string[] = [];
  for (let i = 0, start = 0; i < lengths.length; start += lengths[i++]!) out.push(stringAt(bytes, start, start + lengths[i]!));
  return out;
};

describe('strings read back from stored bytes', () => {
  it('reads every string as written, accents, scripts and emoji included', () => {
    const list = ['harbour', 'café', 'Zürich', 'Київ', '東京', '🚢 ferry', '', 'naïve rosé'];
    expect(read(list)).toEqual(list);
  });

  it('reads a word held from an earlier document as that word, and tells apart a word one byte longer', () => {
    const [a, b] = [read(['ferry', 'strike', 'union']), read(['union', 'ferry', 'strikes'])];
    expect(b[0]).toBe(a[2]);
    expect(b[1]).toBe(a[0]);
    expect(b[2]).toBe('strikes');
  });

  it('keeps every word of a large vocabulary apart as its table grows', () => {
    const words = Array.from({ length: 200_000 }, (_, i) => `w${i.toString(36)}`);
    expect(read(words)).toEqual(words);
    expect(read(words.slice(0, 1000).reverse())).toEqual(words.slice(0, 1000).reverse());
  });
});
