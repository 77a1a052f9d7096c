import { describe, expect, it } from 'vitest';
import type { Point } from '../../../src/core/briefing.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { sameButFigures, sameFact, sameReport } from '../../../src/core/summary/same-fact.js';
import { selectSummary } from '../../../src/core/summary/select-summary.js';
import { sentence } from '../../eval/made-up-cluster.js';

const lead65 = 'A fire turned a dance hall jammed with young revelers into a deathtrap, killing 65 people and injuring 157 others in the port city.';
const lead60 = 'A fire turned a harbour dance hall jammed with young revelers into a deathtrap, killing 60 people and injuring 155.';
const paraphrase = 'Mayor Anna Berg announced that the council has agreed to close the old river bridge, ending a year of dispute over its repair.';
const quotation = 'Berg revealed that the council had "agreed that the city would close the old river bridge," though she stressed that the state would pay for the new one.';

describe('one fact, said once (docs/quality.md, twelfth round, 16f)', () => {
  it('reads two wire versions of one lead that differ only in their figures as one fact', () => {
    expect(sameButFigures(sentence('a', 0, lead65), sentence('b', 0, lead60))).toBe(true);
    expect(sameFact(sentence('a', 0, lead65), sentence('b', 0, lead60))).toBe(true);
    // The same figures in another statement are no other version of the lead. (Rule (d) of sameFact, nineteenth round 16once,
    // reads two shared figures of the same counted word, "65 people" and "157 injured", as one tally: this made-up pair is its known cost.)
    expect(sameButFigures(sentence('a', 0, lead65), sentence('c', 3, 'Of the 157 injured, 65 people were still in hospital on Sunday, the health ministry said.'))).toBe(false);
  });

  it('reads a paraphrase and the quotation that restates it as one report', () => {
    expect(sameReport(sentence('a', 0, paraphrase), sentence('a', 1, quotation))).toBe(true);
    // The same subject and verb with another object, or another actor with the same verb and object, is another report.
    expect(sameReport(sentence('a', 0, paraphrase), sentence('b', 2, 'Mayor Anna Berg announced that the council has agreed to close the central market on Sundays.'))).toBe(false);
    expect(sameReport(sentence('a', 0, paraphrase), sentence('b', 3, 'The governor of the state announced that the province has agreed to close the old river bridge.'))).toBe(false);
    // Two things one person said are two reports.
    expect(sameReport(sentence('a', 0, 'Berg said the bridge was unsafe.'), sentence('a', 1, 'Berg said the repairs would cost too much.'))).toBe(false);
  });

  it('shows a paraphrase without the quotation that restates it, and the sentence that says something else', () => {
    const cracks = 'Engineers found cracks in two of the old bridge piers last spring.';
    const sentences = [sentence('a', 0, paraphrase), sentence('a', 1, quotation), sentence('b', 0, cracks)];
    const chosen = selectSummary({ sentences, documents: new Map(), maxSentences: 3, maxWords: 200 }).map((s) => s.text);
    expect(chosen).toEqual([paraphrase, cracks]);
  });
});

/** Three made-up wire stories of one dance-hall fire: two versions of the same lead whose figures differ, and a third account. */
const wire = [
  {
    id: 'wire-1.md',
    published: '2024-10-30',
    text: [lead65, 'Police said most of the victims choked to death on smoke before firefighters could reach the upper floor.', 'About 400 people were inside the hall when the fire broke out, police said.'],
  },
  {
    id: 'wire-2.md',
    published: '2024-10-31',
    text: [lead60, 'The injured were taken to four hospitals in the port city, and 40 of them were in serious condition.', 'Investigators searched the burned hall on Saturday for the cause of the fire.'],
  },
  {
    id: 'wire-3.md',
    published: '2024-10-31',
    text: ['Hundreds of young people had crowded into the upstairs dance hall for a party when the fire started near the only staircase.', 'The city held a day of mourning for the victims of the fire on Sunday.'],
  },
];

const statesLead = (p: Point) => (p.parts ?? [p.text]).some((t) => t.startsWith('A fire turned'));

describe('a lead told by two wire versions with other figures', () => {
  const library = createLibrary(
    'hall-fire',
    wire.map((u) => ({ id: u.id, text: u.text.join('\n\n'), meta: { published: u.published } })),
  );

  for (const query of ['how many people were injured in the fire', 'dance hall fire']) {
    it(`is one point in the summary and key points of "${query}", and the values still differ side by side`, () => {
      const r = library.brief(query, { length: 'standard', now: new Date('2024-11-01T00:00:00Z') });
      if (!r.ok) throw new Error('no briefing');
      const b = r.briefing;
      expect([...b.summary, ...b.keyPoints].filter(statesLead)).toHaveLength(1);
      expect(
        b.figuresThatDiffer
          ?.find((d) => d.counts.includes('killed'))
          ?.values.map((v) => v.value)
          .sort(),
      ).toEqual(['60', '65']);
    });
  }
});
