import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';

// docs/quality.md, "Session 56", rule AC.
describe('initials a set writes in full', () => {
  const docs = [
    {
      id: 'a.md',
      text: "A cargo plane skidded off the runway at Valde airport on Sunday night. The Civil Aviation Authority said on Monday it had grounded the airline's two other freighters. Nobody was hurt, the airport said.",
      meta: { published: '2026-06-08' },
    },
    { id: 'b.md', text: 'Investigators from the Civil Aviation Authority said the plane had landed in heavy rain with a faulty brake. The airline said it would cooperate.', meta: { published: '2026-06-10' } },
  ];
  const library = createLibrary('runway', docs);

  it('answers a question asked by the initials, under the header as typed', () => {
    const r = library.brief('what did the CAA say', { length: 'short' });
    if (!r.ok) throw new Error('no answer');
    expect(r.briefing.topic.title).toBe('What did the CAA say');
    expect(r.briefing.summary.map((p) => p.text).join(' ')).toContain('Civil Aviation Authority said');
  });

  it('still says nothing matches initials the set does not write in full', () => {
    const r = library.brief('what did the FAA say', { length: 'short' });
    expect(r.ok).toBe(false);
  });

  // Amendment AC′.
  it('reads initials with a plural "s" as a common noun, not as a name the set writes', () => {
    const vote = createLibrary('budget', [
      { id: 'a.md', text: 'Parliament passed the budget on Thursday. A total of 97 deputies voted for it and 40 against.', meta: { published: '2026-06-11' } },
      { id: 'b.md', text: 'The Movement for Progress, the largest opposition party, walked out of the chamber before the budget vote.', meta: { published: '2026-06-11' } },
    ]);
    const r = vote.brief('how many MPs voted for the budget', { length: 'short' });
    if (!r.ok) throw new Error('no answer');
    expect(r.briefing.summary[0]!.text).toContain('97 deputies');
  });
});
