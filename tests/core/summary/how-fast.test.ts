import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';

// docs/quality.md, "Session 56", rule HF.
describe('"how fast" asks for a speed', () => {
  const docs = [
    {
      id: 'a.md',
      text: 'The ferry Nordlys struck rocks off Halden on Tuesday night, forcing 212 passengers into lifeboats. All were rescued by fishing boats.',
      meta: { published: '2026-04-02' },
    },
    {
      id: 'b.md',
      text: 'Passengers of the Nordlys began returning home on Friday, three days after the ferry struck rocks off Halden, after the coast guard finished its questioning.',
      meta: { published: '2026-04-04' },
    },
    { id: 'c.txt', text: 'Nordlys: what we know. The ferry was sailing at 18 knots, above the harbour limit of 12, when it struck the rocks, according to its operator.' },
  ];
  it('answers with the speed, not with another count near the asked words', () => {
    const r = createLibrary('ferry', docs).brief('how fast was the ferry going', { length: 'short' });
    if (!r.ok) throw new Error('no answer');
    expect(r.briefing.summary[0]!.text).toContain('18 knots');
  });
});
