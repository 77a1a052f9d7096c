import { describe, expect, it } from 'vitest';
import { leansAsKeyPoint } from '../../../src/core/compose/leans-inside.js';
import { nameGlosses } from '../../../src/core/compose/name-glosses.js';
import { buildDocument } from '../../../src/core/index/build-document.js';
import type { Sentence } from '../../../src/core/ingest/document.js';

/**
 * docs/quality.md, "Issue 17, thirty-second round (17adhoc10)": readings kept between answers give what a fresh reading
 * gives, and a replaced document is read afresh. Made-up wire copy.
 */
function doc(id: string, text: string): readonly Sentence[] {
  const built = buildDocument({ id, text });
  if (!('document' in built)) throw new Error(built.error.message);
  return built.document.sentences;
}
const starting = (d: readonly Sentence[], words: string) => d.find((s) => s.text.startsWith(words))!;

describe('rule G: the gloss keeps its verdicts per document', () => {
  it('glosses the same way when a briefing over the same documents is composed again', () => {
    const a = doc('a.txt', 'Regional governor Maria Kovacs ordered an evacuation of the lower town on Monday. Kovacs said 1,200 people had left.');
    const b = doc('b.txt', 'Kovacs asked the army for more trucks on Tuesday. Rescue teams reached three villages.');
    const both = new Map([
      ['a.txt', a],
      ['b.txt', b],
    ]);
    const compose = () => nameGlosses([[starting(b, 'Kovacs asked')], [starting(a, 'Kovacs said')]], (id) => both.get(id) ?? [], ['a.txt', 'b.txt']);
    const first = compose();
    expect(first).toEqual([[{ name: 'Kovacs', full: 'Maria Kovacs' }], []]);
    expect(compose()).toEqual(first);
  });

  it('takes another source’s full name afresh when that source is replaced (rule N3), and the old one’s as before', () => {
    const point = doc('b.txt', 'Kovacs asked the army for more trucks on Tuesday. Rescue teams reached three villages.');
    const source = (given: string) => doc('a.txt', `Regional governor ${given} Kovacs ordered an evacuation on Monday. Kovacs said 1,200 people had left.`);
    const gloss = (a: readonly Sentence[]) => nameGlosses([[starting(point, 'Kovacs asked')]], (id) => (id === 'a.txt' ? a : point), ['a.txt', 'b.txt']);
    const maria = source('Maria');
    const anna = source('Anna');
    expect(gloss(maria)).toEqual([[{ name: 'Kovacs', full: 'Maria Kovacs' }]]);
    expect(gloss(anna)).toEqual([[{ name: 'Kovacs', full: 'Anna Kovacs' }]]);
    expect(gloss(maria)).toEqual([[{ name: 'Kovacs', full: 'Maria Kovacs' }]]);
  });

  it('reads a replaced document afresh: a name it now writes as a person’s is glossed', () => {
    const point = 'Kovacs was not seen in the town on Tuesday.';
    const before = doc('flood.txt', `The mayor met Maria Kovacs on Monday. ${point}`);
    expect(nameGlosses([[starting(before, 'Kovacs was')]], () => before, ['flood.txt'])).toEqual([[]]);
    const after = doc('flood.txt', `The mayor met Regional governor Maria Kovacs on Monday. ${point}`);
    expect(nameGlosses([[starting(after, 'Kovacs was')]], () => after, ['flood.txt'])).toEqual([[{ name: 'Kovacs', full: 'Regional governor Maria Kovacs' }]]);
    // The old document, asked again, still gives its own verdict.
    expect(nameGlosses([[starting(before, 'Kovacs was')]], () => before, ['flood.txt'])).toEqual([[]]);
  });
});

describe('rule L: the key-point lean test keeps wink’s tags per text, not its verdict', () => {
  const sentence = 'Peeters, 48, has led the union from his office in the old harbour for ten years.';
  const named = doc('strike.txt', `Dock workers in Antwerp walked out on Monday over a pay offer. ${sentence} Union leader Jan Peeters said the strike would go on.`);
  const unnamed = doc('copy.txt', `Dock workers in Antwerp walked out on Monday over a pay offer. ${sentence} The strike would go on, the union said.`);
  const of = (id: string) => (id === 'strike.txt' ? named : unnamed);

  it('gives each copy of one text its own document’s verdict, asked in either order and again', () => {
    // "Peeters" opens the sentence: a name only where its document writes it inside a sentence too (rule P(i), amendment A1).
    expect(leansAsKeyPoint(starting(named, 'Peeters'), of)).toBe(false);
    expect(leansAsKeyPoint(starting(unnamed, 'Peeters'), of)).toBe(true);
    expect(leansAsKeyPoint(starting(named, 'Peeters'), of)).toBe(false);
    expect(leansAsKeyPoint(starting(unnamed, 'Peeters'), of)).toBe(true);
  });

  it('reads a leaning adverb the same from kept tags as fresh', () => {
    const text = 'The ministry also said talks with the union would resume on Friday.';
    const one = doc('one.txt', `Dock workers walked out on Monday. ${text}`);
    const two = doc('two.txt', `Port traffic slowed on Tuesday. ${text}`);
    expect(leansAsKeyPoint(starting(one, 'The ministry'), () => one)).toBe(true);
    expect(leansAsKeyPoint(starting(two, 'The ministry'), () => two)).toBe(true);
  });
});
