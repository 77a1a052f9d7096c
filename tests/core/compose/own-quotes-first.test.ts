import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/**
 * Made-up wire copy on a ferry fire, with a curated topic on one angle of it: the port's safety inspection. docs/quality.md,
 * "Twenty-sixth round (issue 16quotes)", rule Q: who said what takes the topic's own quotes (sentences the topic's words
 * reach) that the summary and key points do not print before the quotes the story's other sentences lend, so the captain's
 * words on the fire do not take a short briefing's slot from the harbour chief's words on the inspection.
 */
const FIRE = [
  'A ferry fire off the port of Tarvik killed 12 passengers on Monday, the coast guard said.',
  '"The fire spread to the car deck within minutes and the crew could not reach the pumps," said Karl Brandt, the ferry\'s captain, on Tuesday.',
  'The harbour board ordered a safety inspection of every ferry in the port after the fire.',
  '"The safety inspection will start with the oldest ferries and take three weeks," said harbour chief Lena Holt.',
  'Rescue boats searched the water for survivors through the night.',
  '"No ferry will sail from Tarvik until it has passed the safety inspection," Holt said.',
  '"Ferries built before 1990 will be checked first in the safety inspection," Holt added.',
  'The ferry operator said it would pay for the safety inspection of its fleet.',
].join('\n\n');
const PORT = [
  'Families gathered at the port of Tarvik on Tuesday for news of the ferry fire.',
  "The safety inspection of the port's ferries began on Wednesday, the harbour board said.",
  '"We heard the alarm and ran for the boats," said passenger Maria Lind.',
  'Inspectors found faulty fire doors on two ferries during the safety inspection.',
  '"The safety inspection has already found work for the shipyards," Holt told reporters.',
].join('\n\n');

const library = createLibrary(
  'ferry',
  [FIRE, PORT].map((text, i) => ({ id: `${i + 1}.txt`, text })),
  { topics: [{ slug: 'inspection', title: 'Safety inspection', aliases: [], terms: ['safety inspection'] }] },
);
const now = new Date('2026-11-29T00:00:00Z');

function quotesOf(length: 'short' | 'standard') {
  const r = library.brief('inspection', { length, now });
  if (!r.ok) throw new Error('no briefing');
  return r.briefing.quotes;
}

describe("who said what takes the topic's own quotes first", () => {
  it("gives a short briefing's quote slots to the topic's own words, not the story's other voices", () => {
    const quotes = quotesOf('short');
    expect(quotes.map((q) => q.speaker)).toEqual(['Lena Holt', 'Lena Holt']);
    expect(quotes.every((q) => q.text.includes('safety inspection'))).toBe(true);
    expect(quotes.some((q) => q.text.includes('car deck'))).toBe(false);
  });

  it("keeps the story's other voices after the topic's own quotes when the section has room", () => {
    const texts = quotesOf('standard').map((q) => q.text);
    const ownLast = texts.findIndex((t) => t.includes('Ferries built before 1990'));
    const captain = texts.findIndex((t) => t.includes('car deck'));
    expect(ownLast).toBeGreaterThanOrEqual(0);
    expect(captain).toBeGreaterThan(ownLast);
  });
});
