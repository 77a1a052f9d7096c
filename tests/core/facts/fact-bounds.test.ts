import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/core/facts/figures.js';
import { findQuotes } from '../../../src/core/facts/quotes.js';
import type { Sentence } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { fresh } from '../pathological-inputs.js';
import { bestScaling } from '../scaling.js';

/**
 * A fresh sentence each time, so that nothing worked out for an earlier one is reused; each text opens on a word never used
 * before (`fresh`), so no reading kept by its text (nlp.ts keeps a sentence's for its next reader) makes one size's repeated
 * runs cheaper than its first.
 */
const sentence = (text: string): Sentence => ({ docId: 'd', paragraph: 0, index: 0, position: 0, text, words: [], stems: [], phrases: [] });

describe('fact extractors on hostile sentences', () => {
  it('finds figures in a long list of numbers in time proportional to its length', () => {
    const s = bestScaling(
      (n) => `The ${fresh()} survey counted ${Array(n).fill('11').join(',')} troops at the border.`,
      (text) => findFigures([sentence(text)]),
      60,
      2.5,
    );
    expect(s.ratio).toBeLessThan(2.5);
  });

  it('finds figures in a long run of converted units in time proportional to its length', () => {
    const s = bestScaling(
      (n) => `The ${fresh()} convoy drove ${Array(n).fill('40 kilometers (25').join(' ')} miles) that night.`,
      (text) => findFigures([sentence(text)]),
      30,
      2.5,
    );
    expect(s.ratio).toBeLessThan(2.5);
  });

  it('matches speakers in a long capitalised quoting sentence in time proportional to its length', () => {
    const s = bestScaling(
      (n) => `${fresh()} ${'Al Bo '.repeat(n)}“the quay will open again next spring after the repairs”.`,
      (text) => findQuotes([sentence(text)], () => []),
      80,
      2.5,
    );
    expect(s.ratio).toBeLessThan(2.5);
  });
});

describe('sentences past the length bound', () => {
  const long = `The harbour board listed ${Array.from({ length: 300 }, (_, i) => `${100 + i} cranes`).join(', ')} at the quay.`;
  const text = ['Harbour cranes stood idle at the port of Riverton this week.', 'The harbour board said 4,500 dock workers had left the harbour cranes idle on Monday.', long].join('\n\n');

  it('are left out of the figures, and the library says which document holds them', () => {
    const library = createLibrary('t', [{ id: 'port.md', text, meta: { published: '2024-03-12' } }]);
    const r = library.brief('harbour cranes');
    if (!r.ok) throw new Error('no briefing');
    expect(r.briefing.figures.map((f) => f.value)).toEqual(['4,500']);
    expect(library.notices?.()).toEqual([expect.objectContaining({ code: 'long-sentences', file: 'port.md', message: expect.stringMatching(/^1 sentence is longer than 1000 characters/) })]);
  });
});
