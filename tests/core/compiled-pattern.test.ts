import { describe, expect, it } from 'vitest';
import { allMatches, compiledPattern } from '../../src/core/compiled-pattern.js';

// docs/quality.md, "Issue 17, twenty-seventh round (17adhoc7)": a name's pattern compiled once, read without matchAll's copy.
const asMatchAll = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => ({ at: m.index, groups: [...m] }));
const asAllMatches = (pattern: RegExp, text: string) => allMatches(pattern, text).map((m) => ({ at: m.index, groups: [...m] }));

describe('compiledPattern', () => {
  it('hands back the pattern it compiled for the same source and flags, and another for other flags', () => {
    const lahoud = compiledPattern('(?<![\\p{L}])Lahoud(?![\\p{L}])', 'u');
    expect(compiledPattern('(?<![\\p{L}])Lahoud(?![\\p{L}])', 'u')).toBe(lahoud);
    expect(compiledPattern('(?<![\\p{L}])Lahoud(?![\\p{L}])', 'iu')).not.toBe(lahoud);
    expect(compiledPattern('(?<![\\p{L}])Lahoud(?![\\p{L}])', 'iu').test('LAHOUD said')).toBe(true);
    expect(lahoud.test('Lahouds')).toBe(false);
  });

  it('keeps a bounded number: past the bound the first pattern is compiled again', () => {
    const first = compiledPattern('^Mahathir$', 'u');
    for (let i = 0; i < 1_100; i++) compiledPattern(`^Name${i}$`, 'u');
    expect(compiledPattern('^Mahathir$', 'u')).not.toBe(first);
  });
});

describe('allMatches', () => {
  const copy = [
    'President Emile Lahoud said on Monday that Lahoud would meet envoy Lahoud, 62, in Beirut.',
    '“Lahoud,” the Lebanese leader said; the Lahoud government fell. Mrs. Lahoud 3 times.',
    'No name here at all.',
    'Lahoud',
    '',
    'Ünal Çelik met 🇱🇧 Çelik and Çelik’s aide 😀 Çelik.',
  ];
  const patterns = [
    '(\\S*)\\s+Lahoud(?![\\p{L}])',
    '(?:^|(\\S*)\\s+)Lahoud(?![\\p{L}])(\\.|\\s+\\d)?',
    '(?:^|(\\S*)\\s+)Çelik(?![\\p{L}])(\\.|\\s+\\d)?',
    // Patterns that can match nothing at all: each empty match steps one character (a code point) on, as matchAll does.
    '(?:Lahoud)?',
    '\\p{L}*',
    '(?=\\p{Lu})',
  ];

  it('finds what matchAll finds, at the same places, with the same groups', () => {
    for (const source of patterns) for (const text of copy) expect(asAllMatches(compiledPattern(source, 'gu'), text)).toEqual(asMatchAll(new RegExp(source, 'gu'), text));
  });

  it('finds what matchAll finds on generated strings, with and without the unicode flag', () => {
    const alphabet = ['a', 'L', ' ', '\u00a0', '.', '5', '“', 'é', '😀', '\ud83d', 'Lahoud', ' Lahoud', ','];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let i = 0; i < 2_000; i++) {
      const text = Array.from({ length: next() % 12 }, () => alphabet[next() % alphabet.length]).join('');
      for (const source of ['(?:^|(\\S*)\\s+)Lahoud(?![\\p{L}])(\\.|\\s+\\d)?', '\\p{L}*', '(?=L)', '(\\S+)\\s+(?:Emile Lahoud|Lahoud)(?![\\p{L}\\p{N}])']) {
        expect(asAllMatches(compiledPattern(source, 'gu'), text)).toEqual(asMatchAll(new RegExp(source, 'gu'), text));
      }
      expect(asAllMatches(compiledPattern('a*|L', 'g'), text)).toEqual(asMatchAll(/a*|L/g, text));
    }
  });

  it('leaves the pattern ready for the next reader, even when that reader stopped half-way before', () => {
    const pattern = compiledPattern('Lahoud', 'gu');
    pattern.exec('Lahoud and Lahoud');
    expect(allMatches(pattern, 'Lahoud and Lahoud').map((m) => m.index)).toEqual([0, 11]);
    expect(pattern.lastIndex).toBe(0);
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => allMatches(/Lahoud/u, 'Lahoud')).toThrow(TypeError);
  });
});
