import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { readQuestion } from '../../../src/core/topics/read-query.js';

/**
 * Made-up wire copy: a set that tells two quakes, a question that names one by its magnitude (docs/quality.md, "Session 47",
 * rule NF).
 */
const library = createLibrary(
  'quakes',
  [
    {
      id: 'a.txt',
      published: '2031-03-12',
      text: 'A strong earthquake hit the coast of Varnia at 14:52 local time on Friday. Residents fled to the hills. The shaking lasted a minute.',
    },
    {
      id: 'b.txt',
      published: '2031-03-14',
      text: 'Rescuers are still searching the rubble left by the magnitude 7.4 tremor that struck Varnia on March 2. Aid arrived on Sunday.',
    },
  ].map(({ id, text, published }) => ({ id, text, meta: { published } })),
);
const lead = (query: string) => {
  const r = library.brief(query, { length: 'short' });
  expect(r.ok).toBe(true);
  return r.ok ? r.briefing.summary[0]!.text : '';
};

describe('a figure the question writes names what it asks about', () => {
  it('leads with the quake the question names by its magnitude, not the other one', () => {
    expect(lead('when did the big 7.4 quake hit varnia')).toContain('March 2');
  });

  it('reads figures in digits, not a year, and not a figure inside another', () => {
    expect(readQuestion('when did the big 7.4 quake hit varnia')?.figures).toEqual(['7.4']);
    expect(readQuestion('who won the 2007 tour de france')?.figures).toBeUndefined();
    expect(readQuestion('how did the 21-year-old survive ten days')?.figures).toEqual(['21']);
    // Digits a word writes are no figure: "CO2" does not ask about a 2, nor "G7" about a 7.
    expect(readQuestion("how much of the world's co2 comes from burning forests")?.figures).toBeUndefined();
    expect(readQuestion('what did the G7 agree on the 3rd day')?.figures).toBeUndefined();
    // "17.4" does not write "7.4".
    const other = createLibrary('other', [{ id: 'c.txt', text: 'A magnitude 17.4 reading hit the news on May 9 as an error of a Varnia sensor. A tremor of magnitude 7.4 was felt in Varnia on May 5.', meta: { published: '2031-05-06' } }]);
    const r = other.brief('when did the 7.4 quake hit varnia', { length: 'short' });
    expect(r.ok && r.briefing.summary[0]!.text).toContain('May 5');
  });
});
