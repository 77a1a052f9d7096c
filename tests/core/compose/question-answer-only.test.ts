import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../../src/core/briefing.js';
import type { RawDocument } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/**
 * Rule S0 (docs/quality.md, "Twenty-first round (issue 16qonly)"): a question briefing shows its answer, the summary and key
 * points; the story's quotes, figures, dates and differences are the topic's. Made-up wire copy: a ferry sinks off an island,
 * told by several agencies with the story's other voices, tolls and dates.
 */
const NOW = new Date('2026-03-20T12:00:00Z');
const doc = (id: string, published: string, text: string): RawDocument => ({ id, meta: { title: id, published }, addedAt: NOW.toISOString(), text });

const FERRY = [
  doc(
    'ferry-1.txt',
    '2026-03-10',
    [
      'The ferry Marisol sank off the island of Kessa on Sunday night with 212 people on board.',
      'Coast guard boats pulled 164 survivors from the water by Monday morning, the coast guard said.',
      '"The sea was too rough for the lifeboats," said Tomas Reuel, the coast guard commander.',
      'The ferry had left the port of Dalvik on March 8 on its weekly crossing.',
    ].join(' '),
  ),
  doc(
    'ferry-2.txt',
    '2026-03-11',
    [
      'Rescuers found 31 bodies after the ferry Marisol sank off Kessa, officials said.',
      'The shipping minister, Lena Osk, said an inquiry would begin on March 15.',
      '"We will find out why this ship went down," Osk told reporters in Dalvik.',
      'The Marisol was built in 1988 and carried up to 300 passengers.',
    ].join(' '),
  ),
  doc(
    'ferry-3.txt',
    '2026-03-12',
    [
      'The death toll from the sinking of the ferry Marisol rose to 40, the coast guard said.',
      'Survivors said the ferry Marisol listed sharply before it sank in the storm off Kessa.',
      '"Water came in through the car deck," said Ana Brel, a survivor from Dalvik.',
      'The owners of the ferry said the Marisol passed a safety inspection in January.',
    ].join(' '),
  ),
];

function briefingOf(query: string): Briefing {
  const library = createLibrary('made-up', FERRY, { topics: [{ slug: 'ferry', title: 'The Marisol sinking', aliases: [], terms: ['ferry Marisol'] }], now: () => NOW });
  const r = library.brief(query, { length: 'short', now: NOW });
  if (!r.ok) throw new Error(`no answer to ${query}`);
  return r.briefing;
}

const secondary = (b: Briefing) => b.quotes.length + b.figures.length + b.timeline.length + b.differences.length + (b.figuresThatDiffer ?? []).length;

describe('a question briefing shows its answer, not the story’s other sections (rule S0)', () => {
  it('shows no quote, figure, date or difference for a question', () => {
    const b = briefingOf('how many survivors did the coast guard pull from the water');
    expect(b.summary.length).toBeGreaterThan(0);
    expect(b.quotes).toEqual([]);
    expect(b.figures).toEqual([]);
    expect(b.timeline).toEqual([]);
    expect(b.differences).toEqual([]);
    expect(b.figuresThatDiffer ?? []).toEqual([]);
  });

  it('lists only the sources its summary and key points cite', () => {
    const b = briefingOf('how many survivors did the coast guard pull from the water');
    const cited = new Set([...b.summary, ...b.keyPoints].flatMap((p) => p.citations.map((c) => c.source)));
    expect(b.sources.map((s) => s.n).sort()).toEqual([...cited].sort());
  });

  it('keeps the sections of a topic briefing', () => {
    expect(secondary(briefingOf('ferry'))).toBeGreaterThan(0);
  });

  it('keeps the sections of a query not read as a question', () => {
    const b = briefingOf('ferry Marisol sinking');
    expect(secondary(b)).toBeGreaterThan(0);
  });
});
