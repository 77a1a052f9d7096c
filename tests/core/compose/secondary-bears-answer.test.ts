import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../../src/core/briefing.js';
import type { RawDocument } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/**
 * Rule S1 (docs/quality.md, "Twenty-second round (issue 16aft)"): a question's quotes, key figures, dates and differences
 * are shown only when they bear the answer, by the test a summary point after the lead passes. Made-up wire copy: a ferry
 * sinks; the wires give the rescued and the missing, and the story's other facts (the company's shares, its fleet, its
 * founding, a sister ship, a survivor on the sea).
 */
const NOW = new Date('2026-03-10T12:00:00Z');
const doc = (id: string, published: string, sentences: string[]): RawDocument => ({ id, meta: { title: id, published }, addedAt: NOW.toISOString(), text: sentences.join(' ') });

const FERRY = [
  doc('orsa-1.txt', '2026-03-02', [
    'The ferry Orsa sank in a storm off the port of Kelby on Sunday night.',
    'Coast guard boats rescued 212 passengers from the Orsa, the coast guard said.',
    'The Orsa was built in 1994 and carried 40 trucks on its last voyage.',
    '"We are doing everything we can for the families," said the harbour master, Lena Voss.',
  ]),
  doc('orsa-2.txt', '2026-03-03', [
    'Rescue crews saved 212 passengers from the sunken ferry Orsa, officials said.',
    'The shipping company Norlin Lines said it would open an inquiry into the sinking of the Orsa.',
    'Norlin Lines shares fell 8 percent in Oslo trading on Monday.',
    '"The sea was too rough for the lifeboats," said a survivor, Per Almqvist.',
  ]),
  doc('orsa-3.txt', '2026-03-04', [
    'Divers searched the wreck of the ferry Orsa off Kelby on Tuesday.',
    '"By midnight my crews had rescued 212 passengers, most of them from life rafts," said coast guard captain Ivar Holm.',
    'The sister ship of the Orsa was withdrawn from service in 2019.',
    'Norlin Lines was founded in 1961 and runs 14 ferries.',
    '"Divers will go down to the wreck again at dawn, because 31 passengers are still missing," said the harbour master, Lena Voss.',
  ]),
  doc('orsa-4.txt', '2026-03-05', [
    'Families gathered in Kelby as divers searched the wreck of the Orsa.',
    'The coast guard said 212 passengers were rescued and 31 were still missing.',
    'The prime minister, Anna Berg, visited Kelby on Wednesday and promised an inquiry.',
    '"This is a day of mourning for the whole country," Berg said.',
  ]),
];

const library = createLibrary('made-up', FERRY, { topics: [{ slug: 'orsa', title: 'The Orsa sinking', aliases: [], terms: ['Orsa'] }], now: () => NOW });
const brief = (query: string): Briefing => {
  const r = library.brief(query, { length: 'short', now: NOW });
  if (!r.ok) throw new Error(`no briefing for ${query}`);
  return r.briefing;
};
/** Every sentence a secondary section prints. */
const secondary = (b: Briefing) => [...b.quotes.map((q) => q.text), ...b.figures.map((f) => f.text), ...b.timeline.map((e) => e.text), ...b.differences.flatMap((d) => d.sides.map((s) => s.text))].join('\n');
/** Source numbers cited by any item the briefing shows. */
const cited = (b: Briefing) =>
  new Set(
    [
      ...[...b.summary, ...b.keyPoints].flatMap((p) => p.citations),
      ...[...b.quotes, ...b.figures, ...b.timeline].map((i) => i.citation),
      ...b.differences.flatMap((d) => d.sides.flatMap((s) => s.citations)),
      ...b.figuresThatDiffer.flatMap((d) => d.values.flatMap((v) => v.citations)),
    ].map((c) => c.source),
  );

describe("a question's secondary sections keep only what bears the answer (rule S1)", () => {
  it('leaves out the story’s other figures, dates and voices under a how-many question, and keeps the answering figure', () => {
    const b = brief('how many passengers were rescued from the Orsa ferry');
    const shown = secondary(b);
    expect(shown).not.toContain('14 ferries');
    expect(shown).not.toContain('withdrawn from service in 2019');
    expect(shown).not.toContain('shares fell 8 percent');
    expect(shown).not.toContain('too rough for the lifeboats');
    // The wire that gives the count in other words than the lead is kept, as a key figure.
    expect(b.figures.map((f) => f.text)).toContain('The coast guard said 212 passengers were rescued and 31 were still missing.');
  });

  it('leaves a when-question’s timeline without the years of other events', () => {
    const timeline = brief('when did the ferry Orsa sink').timeline.map((e) => e.text);
    expect(timeline.join('\n')).not.toMatch(/withdrawn from service|built in 1994/);
  });

  it('cites in its sources only the items it shows', () => {
    for (const query of ['how many passengers were rescued from the Orsa ferry', 'when did the ferry Orsa sink']) {
      const b = brief(query);
      expect(b.sources.map((s) => s.n).sort()).toEqual([...cited(b)].sort());
    }
  });

  it('keeps every section of a topic briefing and of a query that is no question', () => {
    for (const b of [brief('orsa'), brief('Orsa ferry sinking')]) {
      expect(b.quotes.length + b.figures.length + b.timeline.length).toBeGreaterThan(0);
    }
    // The story's other facts the question leaves out are a topic's to show.
    expect(secondary(brief('Orsa ferry sinking'))).toMatch(/shares fell 8 percent|too rough for the lifeboats/);
  });
});
