import { describe, expect, it } from 'vitest';
import { freshIntoFillSlots } from '../../../src/core/compose/fresh-figures-first.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/**
 * Made-up wire copy on a ferry fire, with a curated topic on one angle of it: the port's safety inspection. docs/quality.md,
 * "Twenty-sixth round (issue 16ontopic3)", rule W: a key figure of the topic's own sentences that prints its own sentence
 * takes the slot of a figure the fire story's other sentences lend (the insurers' $40 million), and a figure that only refers
 * back to the summary keeps its place.
 */
const FIRE = [
  'A ferry fire off the port of Tarvik killed 12 passengers on Monday, the coast guard said.',
  'Insurers put the damage to the ferry at $40 million, the operator said.',
  'Shares in the ferry operator fell 18 percent in Oslo trading on Tuesday.',
  'The harbour board ordered a safety inspection of every ferry in the port after the fire.',
  'The safety inspection will cover 14 vessels, from small car ferries to the overnight cruise ships, the harbour board said.',
  'Rescue boats searched 30 square kilometres of water for survivors through the night.',
  'Nine engineers from the harbour board will carry out the safety inspection.',
  'The ferry operator said it would pay for the safety inspection of its fleet.',
  'The fire burned for 11 hours before it was put out.',
  'The safety inspection found 23 faulty lifejackets aboard the oldest ferry in the fleet.',
].join('\n\n');
const PORT = [
  'Families gathered at the port of Tarvik on Tuesday for news of the ferry fire.',
  "The safety inspection of the port's ferries began on Wednesday, the harbour board said.",
  'The operator has paid $2 million to the families of the dead, its chief executive said.',
  'Inspectors found faulty fire doors on two ferries during the safety inspection.',
  'Ticket sales at the port fell 40 percent in the week after the fire.',
  'Engineers spend about six hours aboard each vessel during the safety inspection, checking pumps, doors and alarms.',
  'Harbour chief Lena Holt said the safety inspection would be finished within 11 days.',
  'Five lifeboats were replaced after the safety inspection found rust on their hulls.',
  'The safety inspection checks 40 separate items on every vessel, including hatches and radios.',
  'Three vessels failed the safety inspection on Thursday and were kept in port until repairs are made.',
].join('\n\n');
const STORM = [
  'A winter storm closed roads across the northern provinces on Sunday, the weather office said.',
  'Snow drifts blocked the main highway to the capital for most of the day.',
  'Power lines came down in several valleys and farms were left without electricity.',
  'The weather office expects milder air to arrive by Thursday.',
].join('\n\n');

const library = createLibrary(
  'ferry',
  [FIRE, PORT, STORM].map((text, i) => ({ id: `${i + 1}.txt`, text })),
  { topics: [{ slug: 'inspection', title: 'Safety inspection', aliases: [], terms: ['safety inspection'] }] },
);
const now = new Date('2026-11-29T00:00:00Z');

function figuresOf(length: 'short' | 'standard') {
  const r = library.brief('inspection', { length, now });
  if (!r.ok) throw new Error('no briefing');
  return r.briefing.figures;
}

describe("a topic's own key figure takes a fill figure's slot", () => {
  it("gives a short briefing's last figure slot to the inspection's lifeboats, not the fire's insurance bill", () => {
    const values = figuresOf('short').map((f) => f.value);
    expect(values).toContain('Five');
    expect(values).not.toContain('$40 million');
  });

  it('leaves a figure that refers back to the summary where it stood', () => {
    const figures = figuresOf('standard');
    expect(figures.map((f) => f.value).slice(0, 3)).toEqual(['Nine', 'Three', 'Five']);
    expect(figures.map((f) => f.value)).toContain('$40 million');
  });
});

describe('freshIntoFillSlots', () => {
  it('moves a fresh item only into a slot a fill item held; every other item keeps its index', () => {
    const items = ['fill-a', 'ref', 'fill-b', 'fresh', 'own'];
    const out = freshIntoFillSlots(
      items,
      (x) => x.startsWith('fill'),
      (x) => x === 'fresh',
    );
    expect(out).toEqual(['fresh', 'ref', 'fill-a', 'fill-b', 'own']);
  });
});
