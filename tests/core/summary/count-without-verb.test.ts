import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';

describe('a "how many" question whose verb the set states only of something else', () => {
  // "attend" is said only of another meeting; the count of countries at the conference is told with "meeting".
  const wire = () =>
    [
      'Delegates from about 150 countries are meeting in Lima to negotiate a climate plan. The talks run for two weeks.',
      'The minister said the bloc would not attend the ministers meeting in March if no agreement was reached at the Lima conference.',
      'Thousands of delegates from more than 140 countries gathered at the Lima conference on Monday. Protesters marched outside.',
    ].map((text, i) => ({ id: `wire-${i}.txt`, text, meta: { published: '2026-12-02' } }));

  it('is answered with the count, under the line that says the verb is not stated of it', () => {
    const r = createLibrary('lima', wire()).brief('how many countries attended the Lima conference', { length: 'short' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.briefing.unstated).toBe('attended');
    expect(r.briefing.summary[0]!.text).toMatch(/\d+ countries/);
  });

  it('keeps the verb when a sentence states it with the count', () => {
    const sets = wire();
    sets.push({ id: 'wire-3.txt', text: 'Delegations from 148 countries attended the Lima conference, the organisers said.', meta: { published: '2026-12-03' } });
    const r = createLibrary('lima', sets).brief('how many countries attended the Lima conference', { length: 'short' });
    expect(r.ok && r.briefing.unstated).toBe(undefined);
    expect(r.ok && r.briefing.summary[0]!.text).toContain('148 countries attended');
  });
});
