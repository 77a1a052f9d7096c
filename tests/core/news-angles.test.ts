import { describe, expect, it } from 'vitest';
import { angleRelevance, discoverAngles } from '../../src/core/news-angles.js';
import { indexOf } from './index-of.js';

const DAYS = ['Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Made-up copy of one port strike by four outlets, each with its own figures and days. */
const docs = Object.fromEntries(
  Array.from({ length: 4 }, (_, n) => [
    `strike-${n}.txt`,
    [
      `Dock workers at the port of Varne walked out on Monday, and ${300 + n} ships waited offshore.`,
      `Union leaders will meet the port authority on ${DAYS[n]}, and a vote on the offer is expected next week.`,
      `The strike began a day earlier than planned, after talks broke down on ${n + 2} points.`,
      `Police arrested ${4 + n} pickets after a scuffle at the main gate, and prosecutors charged two of them.`,
      `Shipping firms condemned the walkout on ${DAYS[n]}, and the mayor said she welcomed the talks.`,
    ].join(' '),
  ]),
);
const index = indexOf(docs);
const texts = (ids: Iterable<number>) => [...ids].map((id) => index.sentences[id]!.text);

describe("a one-story set's reader's angles", () => {
  const angles = new Map(discoverAngles(index).map((a) => [a.topic.ref.slug, a]));

  it('finds the angles the set speaks to, and not those it does not', () => {
    expect([...angles.keys()]).toEqual(expect.arrayContaining(['investigation', 'reactions', 'what-next']));
    expect(angles.has('toll')).toBe(false);
    expect(angles.has('damage')).toBe(false);
  });

  it('tells what happens next by a future construction, not by a time word of the story’s own days', () => {
    const next = texts(angleRelevance(index, angles.get('what-next')!.topic.angle!).keys());
    expect(next.some((t) => t.startsWith('Union leaders will meet'))).toBe(true);
    expect(next.some((t) => t.startsWith('The strike began a day earlier than planned'))).toBe(false);
  });

  it('puts arrests and charges under the investigation, and only those', () => {
    const found = texts(angleRelevance(index, angles.get('investigation')!.topic.angle!).keys());
    expect(found.length).toBeGreaterThan(0);
    for (const t of found) expect(t, t).toMatch(/arrested|charged/);
  });
});
