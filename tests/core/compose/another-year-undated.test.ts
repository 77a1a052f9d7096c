import { describe, expect, it } from 'vitest';
import { yearDating } from '../../../src/core/facts/years.js';
import type { RawDocument } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

const NOW = new Date('2026-03-20T12:00:00Z');
const doc = (id: string, published: string | undefined, text: string): RawDocument => ({ id, meta: { title: id, ...(published ? { published } : {}) }, addedAt: NOW.toISOString(), text });

/** Made-up copy: a mill closing, two dated reports and an undated column that recalls an older closure. */
const MILL = [
  doc('mill-1.txt', '2026-03-03', 'Harwick Mills will close its plant in Dorran by June 30, eliminating 640 jobs, the company said on Tuesday. The plant has run since 1961.'),
  doc('mill-2.txt', '2026-03-05', 'The union said the closure of the Harwick Mills plant will eliminate 710 jobs, not the 640 the company reported. Workers met at the union hall on Wednesday.'),
  doc('mill-3.txt', undefined, 'When the glass works closed in 2009, Dorran lost 300 jobs and nobody came to save them. The mill closure is a second blow to the town. Dorran needs a plan, not another grant.'),
];

describe('rule YS: an undated article\'s other year is still another year (docs/quality.md, "Session 64")', () => {
  it('dates a main clause by a fronted "when" clause of another year (amendment YS′)', () => {
    const text = 'When the glass works closed in 2009, Dorran lost 300 jobs and nobody came to save them.';
    expect(yearDating(text, text.indexOf('300'))).toBe(2009);
  });

  it('answers "how many jobs will be lost" with the story\'s count, not the count of 2009 an undated column recalls', () => {
    const library = createLibrary('made-up', MILL, { topics: [], now: () => NOW });
    const r = library.brief('how many jobs will be lost at the mill', { length: 'short', now: NOW });
    if (!r.ok) throw new Error('no answer');
    expect(r.briefing.summary[0]?.text).not.toMatch(/2009/);
    const figures = r.briefing.figures.map((f) => f.value);
    const story = Math.max(figures.indexOf('640'), figures.indexOf('710'));
    expect(figures.indexOf('640')).toBeGreaterThanOrEqual(0);
    expect(figures.indexOf('300') < 0 || figures.indexOf('300') > story).toBe(true);
  });
});
