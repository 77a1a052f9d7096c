import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';

// docs/quality.md, "Session 56", rule CX and amendment CX′.
describe('a value its own source withdrew does not lead an answer', () => {
  const first = {
    id: 'a.md',
    text: 'The ferry operator said on Tuesday that 212 passengers were on board the Nordlys when it ran aground off Halden. Rescue boats reached the ship within an hour. All the passengers were taken to a sports hall in the town.',
    meta: { published: '2026-04-02' },
  };
  const correction = {
    id: 'b.md',
    text: 'The coast guard said on Thursday that 236 passengers were on board the Nordlys, not 212 as the operator first reported, after it checked the ticket records.',
    meta: { published: '2026-04-04' },
  };
  const dispute = { ...correction, text: correction.text.replace('as the operator first reported', 'as the operator has said') };
  const lead = (docs: (typeof first)[]) => {
    const r = createLibrary('ferry', docs).brief('how many passengers were on board', { length: 'short' });
    if (!r.ok) throw new Error('no answer');
    return r.briefing.summary[0]!.text;
  };

  it("answers with the follow-up's corrected count, and still with the first report where nothing corrects it", () => {
    expect(lead([first, correction])).toContain('236 passengers');
    expect(lead([first])).toContain('212 passengers');
  });

  it('shows the two counts as figures that differ, the revision first', () => {
    const r = createLibrary('ferry', [first, correction]).brief('nordlys', { length: 'standard' });
    if (!r.ok) throw new Error('no answer');
    expect((r.briefing.figuresThatDiffer ?? []).map((d) => d.values.map((v) => [v.value, v.revised]))).toEqual([
      [
        ['236', true],
        ['212', false],
      ],
    ]);
    const disputed = createLibrary('ferry', [first, dispute]).brief('nordlys', { length: 'standard' });
    if (!disputed.ok) throw new Error('no answer');
    expect((disputed.briefing.figuresThatDiffer ?? []).flatMap((d) => d.values.map((v) => v.revised))).toEqual([false, false]);
  });
});
