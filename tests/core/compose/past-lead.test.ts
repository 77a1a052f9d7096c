import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** Made-up wire copy: a warehouse fire, told with its damage, the firefighting and the smoke, and once with when it started. */
const NOW = new Date('2026-06-20T12:00:00Z');
const doc = (id: string, published: string, text: string): RawDocument => ({ id, meta: { title: id, published }, addedAt: NOW.toISOString(), text });

const FIRE = [
  doc(
    'fire-1.txt',
    '2026-06-10',
    [
      'Investigators said the fire at the Marston warehouse started shortly after 2 a.m. on Tuesday in an electrical panel.',
      'The panel had been inspected in March, the owner said.',
      'The fire at the Marston warehouse destroyed furniture worth two million dollars.',
    ].join(' '),
  ),
  doc(
    'fire-2.txt',
    '2026-06-09',
    [
      'Forty firefighters fought the Marston warehouse fire for six hours on Tuesday before bringing it under control.',
      'No one was hurt in the fire at the Marston warehouse, police said.',
      'The harbor road was closed to traffic until Wednesday morning.',
    ].join(' '),
  ),
  doc(
    'fire-3.txt',
    '2026-06-09',
    [
      'Black smoke from the Marston warehouse fire drifted over the town harbor on Tuesday.',
      'Residents near the Marston warehouse were told on Tuesday to keep their windows shut.',
      'The town council will meet on Friday to discuss the fire at the Marston warehouse.',
    ].join(' '),
  ),
];

function briefing(docs: RawDocument[], question: string): string[] {
  const library = createLibrary('made-up', docs, { topics: [], now: () => NOW });
  const r = library.brief(question, { length: 'short', now: NOW });
  if (!r.ok) throw new Error(`no answer to ${question}`);
  return [...r.briefing.summary, ...r.briefing.keyPoints].map((p) => p.text);
}

describe('after a question’s lead, a point holds a word of the question beyond the story’s own (rule Q1, past-lead.ts)', () => {
  it('answers "when did the fire at the Marston warehouse start" without the firefighting, the smoke or the council’s day', () => {
    const [lead, ...after] = briefing(FIRE, 'when did the fire at the Marston warehouse start');
    expect(lead).toMatch(/started shortly after 2 a\.m\. on Tuesday/);
    // Every sentence of the story holds "Marston", "warehouse" and "fire": they are the story's words, not what was asked.
    expect(after.filter((t) => /furniture|firefighters|smoke|windows|council|hurt/.test(t))).toEqual([]);
  });
});
