import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/core/facts/timeline.js';
import { sentence } from '../../eval/made-up-cluster.js';

// Sentences chrono is asked to read only when they hold a word it starts a date from: each kind of
// expression it reads must still reach it, or the timeline loses the date.
const KINDS: Array<[string, string]> = [
  ['a casual day', 'The ferry strike ended yesterday after the union signed.'],
  ['a weekday', 'Harbor pilots walked out on Tuesday over the ferry contract.'],
  ['a day of an abbreviated month', 'The ferry company was sold on Oct. 2 to a rival.'],
  ['an abbreviated month', 'The ferry company was founded in Sept. and sold within a year.'],
  ['a unit ago', 'The ferry line closed a few weeks ago, its owner said.'],
  ['a unit ahead', 'The ferry will resume service within a month, the port said.'],
  ['the end of the month', 'The union expects a deal by the end of the month.'],
  ['a relative unit', 'The port handled fewer ferries last quarter than the one before.'],
];

describe('dates the timeline reads', () => {
  it.each(KINDS)('reads %s', (_, text) => {
    const found = findDates([sentence('a.md', 0, text)], () => '1998-10-14');
    expect(found.map((f) => f.when).join(' ')).not.toBe('');
  });

  it('reads nothing from a sentence that names no time', () => {
    expect(findDates([sentence('a.md', 0, 'The ferry union said the talks were going well.')], () => '1998-10-14')).toEqual([]);
  });
});
