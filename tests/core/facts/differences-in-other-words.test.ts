import { describe, expect, it } from 'vitest';
import { sameFamily } from '../../../src/core/facts/denial-in-other-words.js';
import { findDifferences } from '../../../src/core/facts/differences.js';
import { sentence } from '../../eval/made-up-cluster.js';

const differences = (a: string, b: string) => findDifferences([sentence('a.md', 1, a), sentence('b.md', 1, b)], () => 2, 3);

describe('where sources differ, told in other words (rule U)', () => {
  it('pairs a denial with the same deed stated in another form of the word ("not complied" / "compliance")', () => {
    const found = differences('The rebels have not complied, monitors said.', 'Rebel commanders began full compliance with the ceasefire at dawn on Friday.');
    expect(found).toHaveLength(1);
    expect(found[0]!.shared).toContain('rebel');
  });

  it('pairs opposite judgments of one subject that share no other word', () => {
    expect(differences('The talks failed, diplomats said.', 'Negotiators called the talks a success.')).toHaveLength(1);
  });

  it('does not pair a denial with a word the vectors hold near but that agrees with it ("did not approve" / "rejected")', () => {
    expect(differences('Aldermen did not approve the spending plan, a clerk told reporters.', 'The city council rejected the plan after a long debate.')).toEqual([]);
  });

  it('does not pair the denial with the same family said of another subject', () => {
    expect(differences('The rebels have not complied, monitors said.', 'Government troops began full compliance with the ceasefire at dawn on Friday.')).toEqual([]);
  });

  it('reads a word family by its stem, not by any shared beginning', () => {
    expect(sameFamily('compli', 'complianc')).toBe(true);
    expect(sameFamily('state', 'statement')).toBe(false);
  });
});
