import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** Made-up wire copy: a president named in full in the lead, by surname alone three sentences on. */
const NOW = new Date('2026-03-10T12:00:00Z');
const doc = (id: string, published: string, text: string): RawDocument => ({ id, meta: { title: id, published }, addedAt: NOW.toISOString(), text });

const BUDGET = doc(
  'budget.txt',
  '2026-03-02',
  [
    'President Fernando Tavora of Varnia won a second term on Sunday with 53 percent of the vote.',
    'Stock markets rose sharply in the capital on Monday.',
    'The currency gained against the dollar for a third day.',
    'Eager to calm investors, Tavora wants to slash $12 billion from the budget deficit next year, aides said.',
  ].join(' '),
);
const MINISTER = doc(
  'minister.txt',
  '2026-03-03',
  [
    'Finance Minister Carla Mendez said the budget deficit must shrink to win a loan from the International Monetary Fund.',
    'The deficit reached 8 percent of output last year.',
    'Congress will debate the budget in April.',
    'Under the plan, Mendez will spare pensions and schools from the budget deficit cuts.',
  ].join(' '),
);
const PROTEST = doc('protest.txt', '2026-03-04', 'Thousands of public workers marched in the capital on Tuesday against budget cuts. Union leader Paulo Serra said the budget deficit was caused by interest on the debt.');

function leadOf(docs: RawDocument[], question: string): string | undefined {
  const library = createLibrary('made-up', docs, { topics: [], now: () => NOW });
  const r = library.brief(question, { length: 'short', now: NOW });
  return r.ok ? (r.briefing.summary[0]?.text ?? undefined) : undefined;
}

describe('an answer may lead with a sentence that names someone its reader knows by surname (twelfth round)', () => {
  it('leads "how much does Tavora want to cut from the budget deficit" with the sentence that gives the sum, though it names him by surname only', () => {
    expect(leadOf([BUDGET, MINISTER, PROTEST], 'how much does Tavora want to cut from the budget deficit')).toBe('Eager to calm investors, Tavora wants to slash $12 billion from the budget deficit next year, aides said.');
  });

  it('knows a surname the question spells a little otherwise ("Tavorra" for the article\'s "Tavora"), as readers write names', () => {
    expect(leadOf([BUDGET, MINISTER, PROTEST], 'how much does Tavorra want to cut from the budget deficit')).toBe('Eager to calm investors, Tavora wants to slash $12 billion from the budget deficit next year, aides said.');
  });
  it('does not take a surname as known because most of the set uses it: a lead that names him by surname alone carries his full name', () => {
    const tavora = (id: string, published: string, text: string) => doc(id, published, `President Fernando Tavora of Varnia met union leaders on ${text}`);
    const docs = [BUDGET, tavora('talks.txt', '2026-03-05', 'Wednesday to discuss the budget deficit.'), tavora('visit.txt', '2026-03-06', 'Thursday in the port city.'), PROTEST];
    const library = createLibrary('made-up', docs, { topics: [], now: () => NOW });
    const r = library.brief('how much will be cut from the budget deficit', { length: 'short', now: NOW });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const lead = r.briefing.summary[0]!;
    expect(lead.text).toMatch(/\$12 billion/);
    expect(lead.names).toEqual([{ name: 'Tavora', full: 'President Fernando Tavora' }]);
  });

  it('shows a sentence that names someone by surname only after a point that writes the name in full, or with the full name glossed (rule G, session 40)', () => {
    const library = createLibrary('made-up', [BUDGET, MINISTER, PROTEST], { topics: [], now: () => NOW });
    const r = library.brief('what will be cut from the budget deficit', { length: 'short', now: NOW });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const points = [...r.briefing.summary, ...r.briefing.keyPoints];
    const mendez = points.findIndex((p) => p.text === 'Under the plan, Mendez will spare pensions and schools from the budget deficit cuts.');
    expect(mendez).toBeGreaterThanOrEqual(0);
    for (const [surname, full] of [
      ['Mendez', 'Carla Mendez'],
      ['Tavora', 'Fernando Tavora'],
    ] as const) {
      const first = points.findIndex((p) => new RegExp(`\\b${surname}\\b`).test(p.text));
      if (first < 0) continue;
      // Its first mention either writes the full name or glosses it.
      const point = points[first]!;
      expect(point.text.includes(full) || point.names?.some((g) => g.name === surname && g.full.includes(full))).toBe(true);
    }
  });
});
