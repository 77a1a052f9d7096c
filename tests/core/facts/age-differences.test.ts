import { describe, expect, it } from 'vitest';
import { agesIn } from '../../../src/core/facts/age-differences.js';
import { findSlotDifferences } from '../../../src/core/facts/slot-differences.js';
import { sentence } from '../../eval/made-up-cluster.js';

const ages = (text: string, before?: string) => agesIn(sentence('x.md', 2, text), before === undefined ? undefined : sentence('x.md', 1, before)).map((a) => `${a.holder} ${a.value}`);

describe("a person's age told two ways (rule A, 16conf6)", () => {
  it('reads an age written "N-year-old" with the person it is of, in four shapes', () => {
    expect(ages('The crowd honored the quiet 34-year-old Varga at a vigil on Sunday.')).toEqual(['Varga 34']);
    expect(ages('Varga, a slightly built 34-year-old, died on Monday.')).toEqual(['Varga 34']);
    expect(ages('Signs supported the 34-year-old nurse, Lena Varga, who was hurt.')).toEqual(['Varga 34']);
    // A definite description with no name takes up the person the sentence before set off with the same noun.
    expect(ages('On Friday, the 35-year-old Milford Hospital nurse was in a coma.', 'A jogger found Lena Varga, a night-shift nurse who had been beaten.')).toEqual(['Varga 35']);
  });

  it('reads no holder where the age describes a noun, a nationality under "a", or a description nobody was named by', () => {
    expect(ages('On Friday, the 35-year-old Milford Hospital nurse was in a coma.')).toEqual([]);
    expect(ages('A 30-year-old Swede was hurt in the blast.')).toEqual([]);
    expect(ages('On Friday, the 35-year-old Milford Hospital nurse was in a coma.', 'A jogger found Lena Varga, a teacher who had been beaten.')).toEqual([]);
  });

  it("shows one person's two ages from two articles as a difference, not when one article gives both", () => {
    const set = [
      sentence('a.md', 1, 'A jogger found Lena Varga, a night-shift nurse who had been beaten.'),
      sentence('a.md', 2, 'On Friday, the 35-year-old Milford Hospital nurse was in a coma.'),
      sentence('b.md', 1, 'Varga, a slightly built 34-year-old, died on Monday from her injuries.'),
    ];
    const found = findSlotDifferences(set, 3);
    expect(found.map((d) => d.question)).toEqual(["Varga's age, 35 or 34"]);
    expect(found[0]!.sides.map((s) => s.docId)).toEqual(['a.md', 'b.md']);
    const revised = [...set, sentence('b.md', 2, 'Relatives said the 35-year-old Varga had moved to Milford in May.')];
    expect(findSlotDifferences(revised, 3)).toEqual([]);
  });

  it('does not compare ages of articles more than a week apart (a birthday may fall between)', () => {
    const set = [sentence('a.md', 1, 'The quiet 34-year-old Lena Varga won the prize.'), sentence('b.md', 1, 'Varga, a 35-year-old nurse, spoke at the opening.')];
    const dates = new Map([
      ['a.md', '2024-01-01'],
      ['b.md', '2024-03-01'],
    ]);
    expect(findSlotDifferences(set, 3, undefined, { published: (d) => dates.get(d) })).toEqual([]);
    expect(findSlotDifferences(set, 3).map((d) => d.question)).toEqual(["Varga's age, 34 or 35"]);
  });
});
