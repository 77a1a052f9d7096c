import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** Made-up wire copy: the cost of a launch delay is told five sentences after the sentence that first tells of the delay. */
const NOW = new Date('2026-05-10T12:00:00Z');
const doc = (id: string, published: string, text: string): RawDocument => ({ id, meta: { title: id, published }, addedAt: NOW.toISOString(), text });
const COST = 'The one-day delay was expected to cost the space agency about $800,000';

const DOCS = [
  doc(
    'launch.txt',
    '2026-05-08',
    [
      'The shuttle Atlas lifted off from its coastal launch pad on Friday carrying a crew of six astronauts.',
      'Engineers had found a faulty fuel valve on Thursday morning, forcing a delay.',
      'Technicians replaced the part overnight under floodlights.',
      'Crews worked through the night on the pad to refuel the orbiter.',
      'Mission managers said the weather over the coast stayed clear all morning.',
      `${COST}, mostly in fuel and overtime pay.`,
    ].join(' '),
  ),
  doc(
    'crew.txt',
    '2026-05-09',
    [
      'The six astronauts aboard the shuttle Atlas began unpacking supplies for the orbiting laboratory on Saturday.',
      'The commander told reporters by radio that the crew was in good health.',
      'The laboratory has been in orbit for two years.',
    ].join(' '),
  ),
];

describe('a description the question writes is introduced to the reader (issue 16desc)', () => {
  it('answers with the sentence that opens on it, though the sentence that first tells of it is too far back to show', () => {
    const library = createLibrary('made-up', DOCS, { topics: [], now: () => NOW });
    const r = library.brief('how much did the one-day delay cost the space agency', { length: 'short', now: NOW });
    if (!r.ok) throw new Error('no answer');
    expect(r.briefing.summary.flatMap((p) => p.parts ?? [p.text]).some((t) => t.startsWith(COST))).toBe(true);
  });
});
