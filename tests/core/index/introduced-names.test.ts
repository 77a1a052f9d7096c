import { describe, expect, it } from 'vitest';
import { INITIAL, mayNameSomeone, namesIn } from '../../../src/core/index/introduced.js';
import { HONORIFICS } from '../../../src/core/index/person-titles.js';

/** mulberry32: the same made-up words on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('mayNameSomeone (the words namesIn reads no further)', () => {
  it('skips a word opening on a lower-case letter without a full stop, and no other', () => {
    for (const word of ['said', 'police,', "year's", 'ninety-two', 'talks”']) expect(mayNameSomeone(word)).toBe(false);
    // Capitals, punctuation before a name, a lower-case honorific, a full stop, an accented letter: read in full.
    for (const word of ['Wang', '(Wang', '“Wang', 'mr.', 'gen.', 'year.', 'e.g.', 'élise', 'Élise', 'A.']) expect(mayNameSomeone(word)).toBe(true);
  });

  it('skips no word that namesIn would read as a name or an honorific', () => {
    const alphabet = [...'abcdefghijklmnopqrstuvwxyz', 'A', 'M', 'W', 'É', 'é', 'ß', '.', ',', "'", '’', '-', '"', '”', ')', '1'];
    const random = seeded(17);
    let skipped = 0;
    for (let n = 0; n < 20_000; n++) {
      const length = 1 + Math.floor(random() * 7);
      const word = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]!).join('');
      if (mayNameSomeone(word)) continue;
      skipped++;
      // An opening bracket sends the same word through namesIn's patterns in full: no name of its own, none in a run.
      expect(namesIn(`(${word}`)).toEqual({ full: new Set(), short: new Set() });
      expect(namesIn(`(${word} Bo Li`).full).toEqual(new Set(['Li']));
      expect(HONORIFICS.has(word.toLowerCase().replace(/[,'’"”)1-]+$/, ''))).toBe(false);
      expect(INITIAL.test(word)).toBe(false);
    }
    expect(skipped).toBeGreaterThan(5_000);
  });

  it('still reads a run with a lower-case honorific or an initial in it', () => {
    expect(namesIn('The talks were led by mr. Wang Dan of the ministry.').full).toEqual(new Set(['Dan']));
    expect(namesIn('The chairman, Lucio A. Noto, said profits rose.').full).toEqual(new Set(['Noto']));
    expect(namesIn('The police questioned Graner on Sunday.').short).toEqual(new Set(['Graner']));
  });
});
