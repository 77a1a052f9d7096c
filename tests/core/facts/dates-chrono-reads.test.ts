import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/core/facts/timeline.js';
import { buildDocument } from '../../../src/core/index/build-document.js';
import type { Sentence } from '../../../src/core/ingest/document.js';
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

describe("chrono's reading stored with the analysis", () => {
  // Made-up wire copy: a weekday, a day of a month, a year, and a sentence with nothing chrono reads.
  const TEXT = [
    'Harbor pilots in Port Halden walked out on Tuesday over the ferry contract.',
    'The ferry company said talks would resume on March 9, and a deal could come next month.',
    'A ferry strike in 2019 lasted eleven days.',
    'The union said the pilots were united.',
  ].join(' ');
  const built = buildDocument({ id: 'pilots.txt', text: TEXT, meta: { published: '2026-03-05' } });
  if (!('document' in built)) throw new Error('expected a document');
  const sentences = built.document.sentences;
  const unread = (s: Sentence): Sentence => ({ ...s, chronoReading: undefined });
  const when = (found: ReturnType<typeof findDates>) => found.map((d) => [d.when, d.date, d.isEvent]);

  it('is made for each sentence chrono can read, and none other', () => {
    expect(sentences.map((s) => s.chronoReading !== undefined)).toEqual([true, true, true, false]);
  });

  it('gives the dates a fresh reading gives', () => {
    for (const s of sentences) expect(when(findDates([s], () => '2026-03-05'))).toEqual(when(findDates([unread(s)], () => '2026-03-05')));
    expect(when(findDates(sentences, () => '2026-03-05')).map(([, date]) => date)).toEqual(expect.arrayContaining(['2026-03-03', '2026-03-09', '2019']));
  });

  it('is not used against another date: the sentence is read again', () => {
    for (const s of sentences) {
      expect(when(findDates([s], () => '2026-06-20'))).toEqual(when(findDates([unread(s)], () => '2026-06-20')));
      expect(when(findDates([s], () => undefined))).toEqual(when(findDates([unread(s)], () => undefined)));
    }
    expect(when(findDates([sentences[0]!], () => '2026-06-20'))[0]?.[1]).toBe('2026-06-16');
  });

  it('is not used for a copy of the sentence with another text (a passage of two sentences)', () => {
    const passage = { ...sentences[0]!, text: `${sentences[0]!.text} Talks resume on Friday.` };
    expect(when(findDates([passage], () => '2026-03-05'))).toEqual(when(findDates([unread(passage)], () => '2026-03-05')));
    expect(when(findDates([passage], () => '2026-03-05')).map(([w]) => w)).toContain('on Friday');
  });
});
