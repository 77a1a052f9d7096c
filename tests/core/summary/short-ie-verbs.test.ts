import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { stem } from '../../../src/core/nlp.js';

/** Made-up reports of a storm: the set says "died" and "dying", a reader types "die". */
const library = createLibrary(
  'storm',
  [
    { id: 'a.txt', text: 'The storm flattened the harbour wall at Osterby on Sunday. Officials first said a fisherman had died when his boat sank. Rescuers found him alive on Monday morning.' },
    { id: 'b.txt', text: 'The regional council said no one died in the storm. Crews cleared fallen trees from the coast road on Tuesday. The harbour wall will be rebuilt by the spring.' },
  ].map(({ id, text }) => ({ id, text, meta: { published: '2025-10-14' } })),
);

describe('rule IE: "die" is "died" (docs/quality.md, "Session 79")', () => {
  it('stems a word of one consonant and "ie" as its other forms', () => {
    for (const word of ['die', 'dies', 'died', 'dying']) expect(stem(word)).toBe(stem('died'));
    expect(stem('lie')).toBe(stem('lying'));
    // Longer words are the stemmer's own ("tie" is not "untie", "dried" keeps its "dri").
    expect(stem('dried')).toBe(stem('dries'));
  });

  it('answers "did anyone die" from a set that says "died"', () => {
    const r = library.brief('did anyone die', { length: 'short' });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.briefing.summary.map((p) => p.text).join(' ')).toMatch(/died/);
  });
});
