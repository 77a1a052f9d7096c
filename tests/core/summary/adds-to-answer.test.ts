import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** Made-up wire copy: a kidnapping, told by two agencies. */
const NOW = new Date('2026-03-10T12:00:00Z');
const doc = (id: string, published: string, text: string): RawDocument => ({ id, meta: { title: id, published }, addedAt: NOW.toISOString(), text });

const SEIZED = doc(
  'seized.txt',
  '2026-03-07',
  [
    'Aid official Marta Lindqvist, 41, who headed the refugee agency office in the northern province, was seized by three masked gunmen in the provincial capital of Korvan on Feb. 2.',
    'Marta Lindqvist was freed early Saturday in an operation conducted by police and army units of the northern province.',
    'Marta Lindqvist was flown aboard a chartered jet to the capital, where she was met by her ambassador and agency officials.',
  ].join(' '),
);
const FREED = doc(
  'freed.txt',
  '2026-03-08',
  ['In footage of the operation broadcast by the state television station, Marta Lindqvist was shown walking to a white van.', 'The refugee agency said Marta Lindqvist would return to work after a rest with her family.'].join(' '),
);

function answer(docs: RawDocument[], question: string): { summary: string[] } {
  const library = createLibrary('made-up', docs, { topics: [], now: () => NOW });
  const r = library.brief(question, { length: 'short', now: NOW });
  if (!r.ok) throw new Error(`no answer to ${question}`);
  return { summary: r.briefing.summary.map((p) => p.text) };
}

describe('after a factoid question is answered, only points that add to the answer (issue 16e)', () => {
  it('answers "where was Marta Lindqvist seized" with the place, not with the rest of her story', () => {
    const { summary } = answer([SEIZED, FREED], 'where was Marta Lindqvist seized');
    expect(summary[0]).toMatch(/seized by three masked gunmen in the provincial capital of Korvan/);
    // Her release, her flight home and the footage are her story, not where she was seized: not shown, and nothing fills their place.
    expect(summary.slice(1).filter((t) => /freed early Saturday|chartered jet|footage|return to work/.test(t))).toEqual([]);
  });
});
