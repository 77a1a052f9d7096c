import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../../src/core/briefing.js';
import type { RawDocument } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** Made-up wire copy: a ferry that ran aground, told with its rescue, the passengers, the weather and the cost, and once with what grounded it. */
const NOW = new Date('2026-08-20T12:00:00Z');
const doc = (id: string, published: string, text: string): RawDocument => ({ id, meta: { title: id, published }, addedAt: NOW.toISOString(), text });

const FERRY = [
  doc(
    'ferry-1.txt',
    '2026-08-12',
    [
      'The ferry Northern Star ran aground off Kessel Point on Monday with 212 passengers aboard.',
      'Inspectors said on Tuesday that a faulty steering pump had grounded the Northern Star ferry.',
      'The steering pump had been replaced in May, the ferry company said.',
      'Coast guard boats took 212 passengers off the Northern Star ferry in four hours on Monday.',
    ].join(' '),
  ),
  doc(
    'ferry-2.txt',
    '2026-08-11',
    [
      'Passengers of the Northern Star ferry waited on deck for four hours on Monday as the tide rose.',
      '"We were cold and frightened, but the crew kept us calm," said passenger Anna Holm of the Northern Star ferry.',
      'The ferry company said repairs to the Northern Star would cost about 3 million dollars.',
    ].join(' '),
  ),
  doc(
    'ferry-3.txt',
    '2026-08-13',
    [
      'The Northern Star ferry was towed to Kessel harbor on Wednesday.',
      '"The Northern Star ferry will sail again before the winter," said company chief Lars Berg on Wednesday.',
      'Ferry service from Kessel Point to the islands will resume on Friday with a smaller ship.',
    ].join(' '),
  ),
];

function brief(question: string): Briefing {
  const library = createLibrary('made-up', FERRY, { topics: [], now: () => NOW });
  const r = library.brief(question, { length: 'short', now: NOW });
  if (!r.ok) throw new Error(`no answer to ${question}`);
  return r.briefing;
}

// What the sections print of their own: an item that refers back to a point prints nothing new.
const own = (items: readonly { text: string; shownAt?: unknown }[]) => items.filter((i) => !i.shownAt).map((i) => i.text);
const secondary = (b: Briefing) => [...own(b.quotes), ...own(b.figures), ...own(b.timeline), ...own(b.differences.flatMap((d) => d.sides))];

describe('a question’s quotes, figures and dates bear on what was asked (rule N, on-question.ts)', () => {
  it('answers "what grounded the Northern Star ferry" without the rescue, the passengers’ voices, the repair bill or the next sailing', () => {
    const b = brief('what grounded the Northern Star ferry');
    expect(b.summary[0]?.text).toMatch(/steering pump had grounded/);
    // "Northern Star" and "ferry" are in every sentence: the story's words. Only "grounded" is what was asked.
    expect(secondary(b).filter((t) => /cold and frightened|3 million|sail again|Friday|towed|tide rose/.test(t))).toEqual([]);
  });

  it('leaves a topic’s sections as they were: the story’s voices and figures', () => {
    const library = createLibrary('made-up', FERRY, { topics: [{ slug: 'ferry', title: 'Northern Star ferry', aliases: [], terms: ['Northern Star ferry'] }], now: () => NOW });
    const r = library.brief('ferry', { length: 'short', now: NOW });
    if (!r.ok) throw new Error('no topic briefing');
    expect(secondary(r.briefing).some((t) => /cold and frightened|sail again|3 million/.test(t))).toBe(true);
  });
});
