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

describe('an age set off by commas after a name, the wire\'s own form (docs/quality.md, "Session 68", rule AG)', () => {
  it('reads the whole name and its age, past a title, and no age after a day or a place', () => {
    expect(ages('The defendant is Ana Lind, 45, a harbour pilot.')).toEqual(['Ana Lind 45']);
    expect(ages('Lind, 44, and Berg, 31, are accused of sabotage.')).toEqual(['Lind 44', 'Berg 31']);
    expect(ages('Dr. Tove Berg, 50, an adviser to the board, spoke.')).toEqual(['Tove Berg 50']);
    expect(ages('On Tuesday, 12, had been released.')).toEqual([]);
    expect(ages('Pilots in Malmo, 12, were hurt.')).toEqual([]);
  });

  it('shows two ages of one person from two articles, the surname alone taken as the full name its article writes first', () => {
    const set = [
      sentence('a.md', 1, 'The pilot on trial is Qin Yongmin, 45, a harbour union leader from Wuhan.'),
      sentence('b.md', 1, "Qin Yongmin's and Wang Youcai's families were running out of options."),
      sentence('b.md', 2, 'Qin, 44, and Wang, 31, are accused of sabotage at the harbour.'),
      sentence('b.md', 3, 'His brother, Qin Xiaoguang, spoke to reporters at the gate.'),
    ];
    expect(findSlotDifferences(set, 3).map((d) => d.question)).toEqual(["Qin Yongmin's age, 45 or 44"]);
  });
});
