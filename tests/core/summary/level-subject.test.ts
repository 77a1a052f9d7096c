import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** Made-up copy on a water supply: a count of people under a notice beside "people", and a count of the ill told as a level. */
const library = createLibrary('water-ill', [
  { id: 'a.txt', text: 'Tarnwick Water says the notice covers about 140,000 people. Crews handed out bottled water at 14 points.', meta: { published: '2025-10-08' } },
  {
    id: 'b.txt',
    text: 'The number of people treated in Tarnwick hospitals for stomach illness linked to the contaminated water supply rose to 61 on Thursday, the health department said.',
    meta: { published: '2025-10-09' },
  },
]);

describe('the number of what a level counts (docs/quality.md, "Session 76", rule NV)', () => {
  it('answers "how many people have been made ill" with the level of "the number of people treated … for stomach illness", not a count of people beside no word of illness', () => {
    const r = library.brief('how many people have been made ill by the Tarnwick water?', { length: 'short', now: new Date('2025-10-20T00:00:00Z') });
    if (!r.ok) throw new Error('no answer');
    expect(r.briefing.summary[0]?.text).toMatch(/rose to 61/);
  });
});
