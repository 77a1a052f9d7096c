import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/adapters/console/render.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/**
 * Made-up wire copy (docs/quality.md, "Twenty-fourth round (issue 16names4)"): who said what, key figures and the timeline
 * gloss a person named by one word at the first mention in the briefing's printed order, as the summary and key points do,
 * and a quote's speaker label written in full introduces the name.
 */
const EARLIER = [
  'Floodwater swept through the lower town of Varna on Monday after the river burst its banks overnight.',
  'Rescue crews in boats reached three villages cut off by the flooding, the fire service said.',
  'The river rose two metres overnight near the old bridge, the weather service said.',
].join(' ');
const later = (quote: boolean) =>
  [
    'The flooding in Varna closed the main road and the railway line on Tuesday.',
    'Kovacs said on Wednesday that 1,200 people had left their homes in the lower town.',
    ...(quote ? ['"We have never seen the river this high," Kovacs said.'] : []),
    'Kovacs asked the army on Thursday for 40 more trucks to carry families out of the flooded villages.',
    'Regional governor Maria Kovacs took charge of the flood response last year.',
  ].join(' ');
const brief = (quote: boolean) => {
  const library = createLibrary('made-up', [
    { id: 'earlier.txt', text: EARLIER, meta: { published: '2026-03-03' } },
    { id: 'later.txt', text: later(quote), meta: { published: '2026-03-05' } },
  ]);
  const r = library.brief('flooding in Varna', { length: 'standard', now: new Date('2026-03-06T00:00:00Z') });
  if (!r.ok) throw new Error('no briefing');
  return r.briefing;
};

describe('secondary items gloss a one-word name at its first mention in printed order', () => {
  it('glosses the first key figure naming the person, not the next, and prints the gloss after the verbatim sentence', () => {
    const b = brief(false);
    expect(b.summary.flatMap((p) => p.names ?? [])).toEqual([]);
    expect(b.figures.map((f) => [f.text, f.names])).toEqual([
      ['Kovacs asked the army on Thursday for 40 more trucks to carry families out of the flooded villages.', [{ name: 'Kovacs', full: 'Regional governor Maria Kovacs' }]],
      ['Kovacs said on Wednesday that 1,200 people had left their homes in the lower town.', undefined],
    ]);
    const rendered = renderText({ kind: 'briefing', briefing: b }, 'text');
    expect(rendered).toContain('• 40 more trucks — Kovacs asked the army on Thursday for 40 more trucks to carry families out of the flooded villages. (Kovacs: Regional governor Maria Kovacs) [1]');
    expect(rendered).toContain('• 1,200 people — Kovacs said on Wednesday that 1,200 people had left their homes in the lower town. [1]');
  });

  it('glosses no later item when a quote’s speaker label, printed before them, writes the full name', () => {
    const b = brief(true);
    expect(b.quotes.map((q) => q.speaker)).toEqual(['Maria Kovacs']);
    expect([...b.quotes, ...b.figures, ...b.timeline].flatMap((i) => i.names ?? [])).toEqual([]);
  });

  it('glosses a timeline entry at its first mention, and not when an entry printed before it writes the full name', () => {
    const timeline = (governor: string) => {
      const library = createLibrary('made-up', [
        { id: 'earlier.txt', text: EARLIER, meta: { published: '2026-03-03' } },
        {
          id: 'later.txt',
          text: ['The flooding in Varna closed the main road and the railway line on Tuesday.', 'Kovacs visited the flooded villages of the lower town on Wednesday.', governor].join(' '),
          meta: { published: '2026-03-05' },
        },
      ]);
      const r = library.brief('flooding in Varna', { length: 'standard', now: new Date('2026-03-06T00:00:00Z') });
      if (!r.ok) throw new Error('no briefing');
      return r.briefing.timeline.filter((e) => !e.shownAt).map((e) => [e.text, e.names]);
    };
    expect(timeline('Regional governor Maria Kovacs leads the regional flood committee.')).toEqual([['Kovacs visited the flooded villages of the lower town on Wednesday.', [{ name: 'Kovacs', full: 'Regional governor Maria Kovacs' }]]]);
    // Dated last year, the governor's sentence is printed first in the timeline: the later entry's "Kovacs" is met.
    expect(timeline('Regional governor Maria Kovacs took charge of the flood response last year.')).toEqual([
      ['Regional governor Maria Kovacs took charge of the flood response last year.', undefined],
      ['Kovacs visited the flooded villages of the lower town on Wednesday.', undefined],
    ]);
  });
});
