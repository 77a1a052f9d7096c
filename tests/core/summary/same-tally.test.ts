import { describe, expect, it } from 'vitest';
import { sameFact, sameFigures } from '../../../src/core/summary/same-fact.js';
import { selectSummary } from '../../../src/core/summary/select-summary.js';
import { sentence } from '../../eval/made-up-cluster.js';

// Made-up wire copy of one ferry sinking: the tally of who was on board, told twice around other verbs.
const sank = 'The ferry, carrying 310 passengers and 14 crew members, sank off the northern cape on Tuesday after a storm.';
const departed = 'The vessel had left port on Monday evening with 14 crew members and 310 passengers on board, a spokeswoman for the operator said.';
const divers = 'Divers on Wednesday found the bodies of 14 of the 310 passengers trapped in the hull.';
const rescued = 'Rescuers pulled 214 survivors of the ferry from the water off the northern cape, and 96 people are still missing after the storm.';

describe('the same tally told twice is one fact (docs/quality.md, nineteenth round, 16once)', () => {
  it('reads two sentences that give the same two figures of the same things as one fact', () => {
    expect(sameFigures(sentence('a', 0, sank), sentence('b', 2, departed))).toBe(true);
    expect(sameFact(sentence('a', 0, sank), sentence('b', 2, departed))).toBe(true);
  });

  it('reads one shared figure, named in passing by another statement, as another fact', () => {
    // "14 of the 310 passengers": 310 is the same figure, 14 counts other people than the crew.
    expect(sameFigures(sentence('a', 0, sank), sentence('c', 1, divers))).toBe(false);
    expect(sameFigures(sentence('a', 0, sank), sentence('c', 3, rescued))).toBe(false);
  });

  it('shows the tally once in a summary, and keeps a point that shares only the story', () => {
    const select = (sentences: ReturnType<typeof sentence>[]) => selectSummary({ sentences, documents: new Map(), maxSentences: 3, maxWords: 200 }).map((s) => s.text);
    const tally = select([sentence('a', 0, sank), sentence('b', 2, departed), sentence('c', 3, rescued)]).filter((t) => t === sank || t === departed);
    expect(tally).toHaveLength(1);
    expect(select([sentence('a', 0, sank), sentence('c', 3, rescued)])).toEqual([sank, rescued]);
  });
});
