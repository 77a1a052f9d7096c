import { describe, expect, it } from 'vitest';
import { lexiconByFrequency } from '../../../src/core/index/related-words.js';
import { stem } from '../../../src/core/nlp.js';
import { backgroundRate, isKey, logLikelihood, prefixOf } from '../../../src/core/topics/keyness.js';

describe('keyness against general English', () => {
  it("rates a common word's inflections above a rare word's", () => {
    const help = backgroundRate({ words: new Set(), stems: new Set(['help']) });
    const rescuer = backgroundRate({ words: new Set(), stems: new Set(['rescuer']) });
    expect(help).not.toBeNull();
    expect(help!).toBeGreaterThan(rescuer! * 10);
  });

  it('is Dunning’s G², and calls words key only when over-represented past p < 0.001', () => {
    // 10 in 1,000 against an expected 2: 2·(10·ln 5 + 990·ln(990/998)).
    expect(logLikelihood(10, 1000, 0.002)).toBeCloseTo(2 * (10 * Math.log(5) + 990 * Math.log(990 / 998)), 6);
    expect(isKey(10, 1000, 0.002)).toBe(true);
    expect(isKey(4, 1000, 0.002)).toBe(false);
    // As far below the rate is not key, however large its G².
    expect(isKey(0, 10000, 0.01)).toBe(false);
  });

  it('finds each stem among the lexicon words of its prefix: the stemmer rewrites only endings (and a second y)', () => {
    const lexicon = lexiconByFrequency();
    expect(lexicon).not.toBeNull();
    const astray = lexicon!.filter((w) => stem(w).length >= 2 && prefixOf(stem(w)) !== prefixOf(w));
    expect(astray).toEqual([]);
  });

  it('rates keys as the sum over the whole lexicon does, stems of one letter and "eyed" → "ei" included', () => {
    const lexicon = lexiconByFrequency()!;
    const whole = new Map<string, number>();
    lexicon.forEach((w, k) => whole.set(stem(w), (whole.get(stem(w)) ?? 0) + 0.1 / (k + 1)));
    const pastEnd = 0.1 / (lexicon.length + 1);
    const expected = (stems: string[], words: string[] = []) =>
      stems.reduce((sum, s) => sum + (whole.get(s) ?? pastEnd), 0) + words.filter((w) => !stems.includes(stem(w))).reduce((sum, w) => sum + (lexicon.indexOf(w) < 0 ? pastEnd : 0.1 / (lexicon.indexOf(w) + 1)), 0);
    const cases: [string[], string[]][] = [
      [['help'], []],
      [['ei', 'eye'], []],
      [['a', 'i'], ['will']],
      [
        ['govern', 'elect', 'zzzq'],
        ['because', 'help'],
      ],
      [['yield', 'year'], []],
    ];
    for (const [stems, words] of cases) expect(backgroundRate({ stems: new Set(stems), words: new Set(words) })).toBe(expected(stems, words));
  });
});
