import { describe, expect, it } from 'vitest';
import { agedAfter, isSpace, LETTER, LETTER_OR_DIGIT, spacedUses, wholeAt } from '../../../src/core/compose/word-uses.js';

/**
 * Rule R1 (docs/quality.md, "Issue 17, twenty-fifth round (17adhoc6)"): each reading finds exactly what the pattern the
 * surname gloss built from the word found, so every gloss stays as it was. Held to the pattern on made-up news copy and
 * on generated strings of the pieces a sentence is made of.
 */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const byPattern = {
  whole: (text: string, lit: string, digits: boolean) => {
    const edge = digits ? '[\\p{L}\\p{N}]' : '[\\p{L}]';
    return new RegExp(`(?<!${edge})${literal(lit)}(?!${edge})`, 'u').exec(text)?.index ?? -1;
  },
  afterDeterminer: (text: string, word: string) => [...text.matchAll(new RegExp(`(\\S*)\\s+${literal(word)}(?![\\p{L}])`, 'gu'))].map((m) => [m[1], undefined]),
  namesAnother: (text: string, word: string) => [...text.matchAll(new RegExp(`(?:^|(\\S*)\\s+)${literal(word)}(?![\\p{L}])(\\.|\\s+\\d)?`, 'gu'))].map((m) => [m[1], m[2]]),
  titleBefore: (text: string, full: string, word: string) => [...text.matchAll(new RegExp(`(\\S+)\\s+(?:${literal(full)}|${literal(word)})(?![\\p{L}\\p{N}])`, 'gu'))].map((m) => [m[1], undefined]),
  aged: (text: string, full: string) => new RegExp(`${literal(full)}(?:['’]s)?,\\s+\\d{1,3},`, 'u').test(text),
};

const byScan = {
  whole: (text: string, lit: string, digits: boolean) => wholeAt(text, lit, digits ? LETTER_OR_DIGIT : LETTER),
  afterDeterminer: (text: string, word: string) => spacedUses(text, [word], { edge: LETTER }).map((m) => [m.before, m.after]),
  namesAnother: (text: string, word: string) => spacedUses(text, [word], { edge: LETTER, opening: true, trailing: true }).map((m) => [m.before, m.after]),
  titleBefore: (text: string, full: string, word: string) => spacedUses(text, [full, word], { edge: LETTER_OR_DIGIT, nonEmpty: true }).map((m) => [m.before, m.after]),
  aged: (text: string, full: string) => agedAfter(text, full),
};

function agree(text: string, word: string, full: string) {
  for (const lit of [word, full]) for (const digits of [false, true]) expect([text, lit, digits, byScan.whole(text, lit, digits)]).toEqual([text, lit, digits, byPattern.whole(text, lit, digits)]);
  expect([text, word, byScan.afterDeterminer(text, word)]).toEqual([text, word, byPattern.afterDeterminer(text, word)]);
  expect([text, word, byScan.namesAnother(text, word)]).toEqual([text, word, byPattern.namesAnother(text, word)]);
  expect([text, full, byScan.titleBefore(text, full, word)]).toEqual([text, full, byPattern.titleBefore(text, full, word)]);
  expect([text, full, byScan.aged(text, full)]).toEqual([text, full, byPattern.aged(text, full)]);
}

describe('reading a name in a text without a pattern built from it (rule R1)', () => {
  it('finds the uses a reader would: the word before a determiner, a relative, a courtesy title, a month, a title', () => {
    const text = '“The Lahoud government fell,” said Mrs. Lahoud, whose son Lahoud, 34, left on Jan. 4 with envoy Emile Lahoud.';
    expect(byScan.namesAnother(text, 'Lahoud')).toEqual([
      ['“The', undefined],
      ['Mrs.', undefined],
      ['son', undefined],
      ['Emile', '.'],
    ]);
    expect(byScan.namesAnother('Jan. 4 was the day. On Jan 4 they left.', 'Jan')).toEqual([
      [undefined, '.'],
      ['On', ' 4'],
    ]);
    expect(byScan.titleBefore(text, 'Emile Lahoud', 'Lahoud').map((u) => u[0])).toEqual(['“The', 'Mrs.', 'son', 'envoy']);
    expect(byScan.aged(text, 'Emile Lahoud')).toBe(false);
    expect(byScan.aged('Emile Lahoud, 62, arrived.', 'Emile Lahoud')).toBe(true);
    expect(byScan.aged('Emile Lahoud’s, 62, arrived.', 'Emile Lahoud')).toBe(true);
    expect(byScan.aged('Emile Lahoud, 1962, arrived.', 'Emile Lahoud')).toBe(false);
    expect(byScan.whole('Lahoudist deputies met Lahoud in Beirut.', 'Lahoud', false)).toBe(23);
    expect(byScan.whole('Lahoud2 and Lahoud', 'Lahoud', true)).toBe(12);
  });

  it('agrees with the pattern on made-up news copy', () => {
    const copy = [
      'Lebanese President Emile Lahoud said on Tuesday that Lahoud would not resign.',
      'Lahoud, 62, met U.N. envoy Richard Holbrooke; Holbrooke’s aide, Lahoud said, left.',
      'The Lahoud camp and the Lahouds’ allies met (Lahoud) in  Beirut\u00a0Lahoud.',
      'Mr. Lahoud Lahoud Lahoud. Lahoud 3 and Lahoud  12 and Lahoud.5',
    ];
    for (const text of copy) agree(text, 'Lahoud', 'Emile Lahoud');
  });

  it('agrees with the pattern on generated strings: every kind of space, quotes, digits, letters of other scripts, surrogate pairs', () => {
    const pieces = [
      'Lahoud',
      'Emile',
      'Emile Lahoud',
      'Lahouds',
      'the',
      'Mrs.',
      'son',
      'x',
      'é',
      'ß',
      '2',
      '62',
      '1962',
      ' ',
      '  ',
      '\u00a0',
      '\t',
      '\n',
      '\u2003',
      '\u3000',
      '.',
      ',',
      "'s",
      '’s',
      '“',
      '(',
      '-',
      '😀',
      '𝐀',
      '\ud835',
      '\udc00',
      'Jan',
      ', 7,',
    ];
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const words: [string, string][] = [
      ['Lahoud', 'Emile Lahoud'],
      ['Jan', 'x Jan'],
      ['𝐀', 'é 𝐀'],
    ];
    for (let n = 0; n < 4000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 12) }, () => pieces[Math.floor(random() * pieces.length)]!).join('');
      const [word, full] = words[n % words.length]!;
      agree(text, word, full);
    }
  });

  it('reads white space as the patterns do', () => {
    for (let c = 0; c < 0x10000; c++) expect([c, isSpace(c)]).toEqual([c, /\s/.test(String.fromCharCode(c))]);
  });
});
