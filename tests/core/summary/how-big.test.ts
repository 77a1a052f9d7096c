import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';

// docs/quality.md, "Session 66", rule SZ.
describe('"how big" asks for a size', () => {
  const docs = [
    {
      id: 'a.md',
      text: 'The Tallow Creek fire forced 900 residents from their homes on Monday. "It is a big fire, and a fast one," said the county fire chief, Ada Moss.',
      meta: { published: '2026-07-06' },
    },
    {
      id: 'b.md',
      text: 'By Wednesday evening the Tallow Creek fire had burned 4,300 acres of grass and timber, and crews reported 10% containment. More than 300 firefighters are on the lines.',
      meta: { published: '2026-07-08' },
    },
    { id: 'c.md', text: 'Residents of Tallow Creek say the fire is the biggest since 1998. Schools will stay closed through Friday, the district said.', meta: { published: '2026-07-08' } },
  ];
  it('answers with the area burned, not with the sentence that writes the word "big"', () => {
    const r = createLibrary('fire', docs).brief('how big is the fire', { length: 'short' });
    if (!r.ok) throw new Error('no answer');
    expect(r.briefing.summary[0]!.text).toContain('4,300 acres');
  });
});
