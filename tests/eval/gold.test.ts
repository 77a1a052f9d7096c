import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conflictOf, dateAgrees, eventRight, figureRight, type GoldSet, isoWeekOf, loadGold, precisionOf, quoteRight, recallOf, sameSentence } from '../../eval/gold.js';

/** A made-up story: a warehouse fire at a harbour, two wire updates. */
const said = '“We have found four bodies so far,” fire chief Anna Berg said.';
const toll = 'The blaze at the harbour killed four people on Tuesday.';
const later = 'The death toll from the harbour blaze rose to five, officials said.';
const gold: GoldSet = {
  id: 'made-up',
  quotes: [
    { kind: 'quote', doc: 'a', sentence: said, speaker: ['Anna Berg', 'Berg'] },
    { kind: 'quote', doc: 'a', sentence: 'Residents called it a “ghost town” afterwards.', speaker: [], notAQuote: true },
  ],
  figures: [
    { kind: 'figure', doc: 'a', sentence: toll, value: '4', isFigure: true, counts: ['killed', 'dead', 'people'] },
    { kind: 'figure', doc: 'a', sentence: 'The fire started at 11:40 p.m. near pier 9.', value: '11', isFigure: false, counts: [] },
  ],
  dates: [
    { kind: 'date', doc: 'a', sentence: toll, expression: 'on Tuesday', resolved: '2024-03-05', isEvent: true },
    { kind: 'date', doc: 'a', sentence: 'It was the worst fire since 1990.', expression: 'since 1990', resolved: '1990', isEvent: false },
    { kind: 'date', doc: 'b', sentence: 'Inspectors visited the pier last week.', expression: 'last week', resolved: '2024-W09', isEvent: true },
  ],
  conflicts: [
    {
      kind: 'conflict',
      about: 'death toll',
      type: 'number',
      sides: [
        { value: '4', docs: ['a'], sentences: [toll] },
        { value: '5', docs: ['b'], sentences: [later] },
      ],
    },
  ],
};

describe('gold scorer', () => {
  it('matches sentences by containment after folding quotes, dashes and spacing', () => {
    expect(sameSentence('"We have found four bodies so far," fire chief Anna Berg said.', said)).toBe(true);
    expect(sameSentence('The blaze — at the harbour', 'The blaze - at  the harbour killed four people')).toBe(true);
    expect(sameSentence('The blaze at the pier', toll)).toBe(false);
  });

  it('credits a quote only to one of its speakers, and never a scare quote', () => {
    expect(quoteRight(gold.quotes, { doc: 'a', text: said, speaker: 'Berg' })).toBe(true);
    expect(quoteRight(gold.quotes, { doc: 'a', text: said, speaker: 'Tom Lund' })).toBe(false);
    expect(quoteRight(gold.quotes, { doc: 'b', text: said, speaker: 'Berg' })).toBe(false);
    expect(quoteRight(gold.quotes, { doc: 'a', text: 'Residents called it a “ghost town” afterwards.', speaker: 'Residents' })).toBe(false);
  });

  it('takes a figure when it is one and its description names what it counts', () => {
    expect(figureRight(gold.figures, { doc: 'a', text: toll, value: '4', counts: 'people killed' })).toBe(true);
    expect(figureRight(gold.figures, { doc: 'a', text: toll, value: '4', counts: 'on Tuesday' })).toBe(false);
    expect(figureRight(gold.figures, { doc: 'a', text: 'The fire started at 11:40 p.m. near pier 9.', value: '11', counts: 'p.m.' })).toBe(false);
  });

  it('reads a gold value written as a number word joined to its unit by a hyphen as that number', () => {
    const text = 'Crews fought the blaze in a five-hour operation.';
    const hours = [{ kind: 'figure' as const, doc: 'a', sentence: text, value: 'five-hour', isFigure: true, counts: ['hours', 'hour', 'operation'] }];
    expect(figureRight(hours, { doc: 'a', text, value: 'five', counts: 'hour operation' })).toBe(true);
    expect(figureRight(hours, { doc: 'a', text, value: 'six', counts: 'hour operation' })).toBe(false);
  });

  it('reads a shown range of number words as its first number, as a range of digits is', () => {
    const text = 'The board meets in five or six sessions a year.';
    const five = [{ kind: 'figure' as const, doc: 'a', sentence: text, value: 'five', isFigure: true, counts: ['sessions', 'meetings'] }];
    expect(figureRight(five, { doc: 'a', text, value: 'five or six', counts: 'sessions a year' })).toBe(true);
  });

  it('dates at the gold precision, a week by any of its days, and only events', () => {
    expect(isoWeekOf('2024-02-28')).toBe('2024-W09');
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53');
    expect(dateAgrees('2024-W09', '2024-02-29')).toBe(true);
    expect(dateAgrees('2024-W09', '2024-03-06')).toBe(false);
    expect(dateAgrees('2024-03', '2024-03-05')).toBe(false);
    expect(eventRight(gold.dates, { doc: 'a', text: toll, when: 'on Tuesday', date: '2024-03-05', isEvent: true })).toBe(true);
    expect(eventRight(gold.dates, { doc: 'a', text: toll, when: 'on Tuesday', date: '2024-02-27', isEvent: true })).toBe(false);
    expect(eventRight(gold.dates, { doc: 'a', text: 'It was the worst fire since 1990.', when: 'since 1990', date: '1990', isEvent: true })).toBe(false);
  });

  it('takes a difference only when its sides stand on different sides of one conflict', () => {
    expect(
      conflictOf(gold.conflicts, {
        sides: [
          { doc: 'b', text: later },
          { doc: 'a', text: toll },
        ],
      }),
    ).toBeDefined();
    expect(
      conflictOf(gold.conflicts, {
        sides: [
          { doc: 'a', text: toll },
          { doc: 'c', text: toll },
        ],
      }),
    ).toBeUndefined();
    expect(
      conflictOf(gold.conflicts, {
        sides: [
          { doc: 'a', text: toll },
          { doc: 'b', text: 'Shipping resumed.' },
        ],
      }),
    ).toBeUndefined();
  });

  it('credits a difference to the conflict its values spread over when a sentence is in two conflicts', () => {
    const one = 'The blast killed 12 workers and hurt 30.';
    const two = 'The blast killed 12 workers and hurt 41.';
    const three = 'The blast killed 15 workers and hurt 50.';
    const side = (value: string, sentences: string[]) => ({ value, docs: ['x'], sentences });
    const conflicts = [
      { kind: 'conflict' as const, about: 'dead', type: 'number' as const, sides: [side('12', [one, two]), side('15', [three])] },
      { kind: 'conflict' as const, about: 'hurt', type: 'number' as const, sides: [side('30', [one]), side('41', [two]), side('50', [three])] },
    ];
    // Three values of the injured: the two sentences that agree on the dead do not make it the death toll's entry.
    expect(
      conflictOf(conflicts, {
        sides: [
          { doc: 'x', text: one },
          { doc: 'x', text: two },
          { doc: 'x', text: three },
        ],
      })?.about,
    ).toBe('hurt');
  });

  it('credits a pair of sentences that disputes two things to the conflict whose values the entry names', () => {
    const first = 'Crew members Lena Holt, 31, and Per Vik, 40, were rescued.';
    const second = 'Crew members Lena Hart, 31, and Per Vik, 44, were rescued.';
    const side = (value: string, sentences: string[]) => ({ value, docs: ['x'], sentences });
    const conflicts = [
      { kind: 'conflict' as const, about: "Vik's age", type: 'number' as const, sides: [side('40', [first]), side('44', [second])] },
      { kind: 'conflict' as const, about: 'the name of the first', type: 'claim' as const, sides: [side('Lena Holt', [first]), side('Lena Hart', [second])] },
    ];
    const sides = [
      { doc: 'x', text: first },
      { doc: 'x', text: second },
    ];
    expect(conflictOf(conflicts, { sides, label: 'Lena Holt or Hart' })?.about).toBe('the name of the first');
    expect(conflictOf(conflicts, { sides, label: 'Per Vik, 40 or 44' })?.about).toBe("Vik's age");
    // Without a label the pair still belongs to one of them.
    expect(conflictOf(conflicts, { sides })).toBeDefined();
  });

  it('counts a shown sentence no gold item covers as wrong, and recall over the items to find', () => {
    const p = precisionOf(gold, {
      quotes: [{ doc: 'a', text: 'An unannotated sentence with “four words in quotes”.', speaker: 'Berg' }],
      figures: [],
      timeline: [],
      differences: [],
    });
    expect(p.quotes).toEqual({ right: 0, total: 1 });
    const r = recallOf(
      gold,
      {
        quotes: [{ doc: 'a', text: said, speaker: 'Anna Berg' }],
        figures: [],
        timeline: [{ doc: 'a', text: 'It was the worst fire since 1990.', when: 'since 1990', date: '1990', isEvent: false }],
      },
      [],
    );
    expect(r.quotes).toEqual({ right: 1, total: 1 });
    expect(r.figures).toEqual({ right: 0, total: 1 });
    expect(r.timeline).toEqual({ right: 1, total: 3 });
    expect(r.differences).toEqual({ right: 0, total: 1 });
  });

  it('reads a folder of JSON Lines and names the file and line of a bad item', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gold-'));
    writeFileSync(join(dir, 's1.jsonl'), `${JSON.stringify(gold.quotes[0])}\n{"kind":"figure","doc":"a"}\n`);
    const loaded = loadGold(dir);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.message).toMatch(/s1\.jsonl:2: /);
    expect(loadGold(join(dir, 'absent'))).toMatchObject({ ok: false, missing: true });
  });
});
