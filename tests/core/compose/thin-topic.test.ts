import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../../../src/core/compose/compose-briefing.js';
import { stemsOf, topicRelevance } from '../../../src/core/topics/relevance.js';
import type { Topic } from '../../../src/core/topics/topic.js';
import { indexOf } from '../index-of.js';

/**
 * docs/quality.md, "Twenty-sixth round (issue 16thin)", rule T: a topic its articles name in one sentence has one summary
 * point; its quotes and key figures are its own facts, not the strike story's other ones, and the sections stay short.
 * Made-up copy.
 */
const STRIKE = [
  'Dock workers at the port of Linmouth walked out over pay, halting traffic at the busiest terminal on the coast.',
  'The union said 4,000 members had joined the strike, the largest stoppage at the port in a decade.',
  '"We will not go back until the offer is improved," said union leader Mara Hollis.',
  'Shipping lines diverted 12 container vessels to other ports while the terminal stood idle.',
  'The harbour pilots, who guide ships into the berths, said they would keep working to avoid accidents in the channel.',
  'Port managers said the pilots had brought 3 tankers safely to the fuel jetty during the walkout.',
  'Talks between the union and the port authority are due to resume next week.',
].join(' ');
const PAY = [
  'The strike at Linmouth follows two years in which dock wages rose by less than inflation.',
  'Port authority chairman Alan Reeve said the offer of 6 percent was "fair and final."',
  'About 900 lorries were queuing outside the gates, police said.',
  'A spokesman for the ferry company declined to say when sailings would resume.',
].join(' ');

const index = indexOf({ strike: STRIKE, pay: PAY });
const topic: Topic = { ref: { kind: 'discovered', slug: 'harbour-pilots', title: 'Harbour pilots' }, aliases: [], variants: [stemsOf('harbour pilots')] };
const briefing = composeBriefing({ set: 't', index, topic, relevance: topicRelevance(index, topic), length: 'standard', now: new Date('2024-05-01T00:00:00Z') });

describe("a thin topic's sections (rule T)", () => {
  it('the summary holds one point on the pilots', () => {
    expect(briefing.summary).toHaveLength(1);
    expect(briefing.summary[0]!.text).toMatch(/harbour pilots/);
  });

  it('key figures and quotes give no fact of the strike the pilots are not named in', () => {
    const items = [...briefing.figures.map((f) => f.text), ...briefing.quotes.map((q) => q.text)];
    for (const other of ['4,000 members', 'Mara Hollis', '12 container vessels', '900 lorries', 'Alan Reeve']) expect(items.some((t) => t.includes(other))).toBe(false);
  });

  it('a figure whose sentence names the pilots is still shown', () => {
    expect(briefing.figures.some((f) => f.text.includes('3 tankers'))).toBe(true);
  });
});
