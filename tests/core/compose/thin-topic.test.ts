import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../../../src/core/compose/compose-briefing.js';
import { stemsOf, topicRelevance } from '../../../src/core/topics/relevance.js';
import type { Topic } from '../../../src/core/topics/topic.js';
import { indexOf } from '../index-of.js';

/**
 * docs/quality.md, "Twenty-eighth round (issue 16thin)", rule A: a topic of one point whose name the articles write only in
 * its own sentences is a detail of a story about something else; its quotes, key figures and dates are its own, not that
 * story's. Where a word of its name runs through the articles, they are about it, and its sections draw on them as before.
 * Made-up copy.
 */
const STRIKE = [
  'Dock workers at the port of Linmouth walked out over pay, halting traffic at the busiest terminal on the coast.',
  'The union said 4,000 members had joined the strike, the largest stoppage at the port in a decade.',
  '"We will not go back until the offer is improved," said union leader Mara Hollis.',
  'Shipping lines diverted 12 container vessels to other ports while the terminal stood idle.',
  'The harbour pilots, who guide ships into the berths, said they would keep working to avoid accidents in the channel.',
  'Port managers said 3 tankers had been brought safely to the fuel jetty during the walkout.',
  'Talks between the union and the port authority are due to resume next week.',
].join(' ');
const PAY = [
  'The strike at Linmouth follows two years in which dock wages rose by less than inflation.',
  'Port authority chairman Alan Reeve said the offer of 6 percent was "fair and final."',
  'About 900 lorries were queuing outside the gates, police said.',
  'A spokesman for the ferry company declined to say when sailings would resume.',
].join(' ');
/** The same story with the pilots in it throughout: "pilots" stands in sentences of both articles besides the topic's own. */
const PILOTS_STRIKE = STRIKE.replace('while the terminal stood idle', 'while the terminal stood idle and pilots waited').replace('said 3 tankers had been brought', 'said pilots had brought 3 tankers');
const PILOTS_PAY = PAY.replace('About 900 lorries were queuing outside the gates, police said', 'About 900 lorries were queuing outside the gates, pilots said');
const topic: Topic = { ref: { kind: 'discovered', slug: 'harbour-pilots', title: 'Harbour pilots' }, aliases: [], variants: [stemsOf('harbour pilots')] };
const briefingOf = (docs: Record<string, string>) => {
  const index = indexOf(docs);
  return composeBriefing({ set: 't', index, topic, relevance: topicRelevance(index, topic), length: 'standard', now: new Date('2024-05-01T00:00:00Z') });
};
const sectionTexts = (b: ReturnType<typeof briefingOf>) => [...b.figures.map((f) => f.text), ...b.quotes.map((q) => q.text), ...b.timeline.map((e) => e.text)];
const strikeFacts = ['4,000 members', 'Mara Hollis', '12 container vessels', '900 lorries', 'Alan Reeve'];

describe("a thin topic's sections (rule A)", () => {
  it('a detail of the strike story: one point on the pilots, and none of the strike\'s other facts in its sections', () => {
    const briefing = briefingOf({ strike: STRIKE, pay: PAY });
    expect(briefing.summary).toHaveLength(1);
    expect(briefing.summary[0]!.text).toMatch(/harbour pilots/);
    const items = sectionTexts(briefing);
    for (const other of strikeFacts) expect(items.some((t) => t.includes(other))).toBe(false);
  });

  it('articles that write a word of its name throughout lend it their facts as before', () => {
    const briefing = briefingOf({ strike: PILOTS_STRIKE, pay: PILOTS_PAY });
    expect(briefing.summary).toHaveLength(1);
    const items = sectionTexts(briefing);
    expect(strikeFacts.some((fact) => items.some((t) => t.includes(fact)))).toBe(true);
  });
});
