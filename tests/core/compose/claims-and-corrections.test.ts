import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../../src/core/briefing.js';
import { briefingOf, reportsOn } from '../made-up-reports.js';

/** Made-up reports (docs/quality.md, "Session 73", rule CD): a plan and its rejection, told in one paragraph. */
const NOW = new Date('2025-08-25T12:00:00Z');
const doc = reportsOn(NOW);
const DOCS = [
  doc('plan.txt', '2025-08-20', 'Under the 2022 plan, Russia would have a veto over any military response by the guarantee force. Ukraine rejected this proposal in 2022. Talks on the guarantee force resumed in Geneva on Monday.'),
  doc('talks.txt', '2025-08-19', 'European ministers met in Paris on Monday to discuss the guarantee force. They said the guarantee force would need American air cover.'),
];

const shown = (b: Briefing) => [...b.summary, ...b.keyPoints, ...b.timeline].map((p) => p.text);

describe('a claim or plan is shown with the sentence that rejects it, once (rule CD)', () => {
  it('prints the plan with its rejection, and the rejection nowhere on its own', () => {
    const b = briefingOf(DOCS, 'guarantee force veto', NOW, 'standard');
    const texts = shown(b);
    expect(texts.some((t) => t.startsWith('Under the 2022 plan') && t.endsWith('Ukraine rejected this proposal in 2022.'))).toBe(true);
    expect(texts.filter((t) => t === 'Under the 2022 plan, Russia would have a veto over any military response by the guarantee force.')).toEqual([]);
    // The timeline lists the passage once for its date, not once for each of its sentences.
    expect(b.timeline.filter((e) => e.date === '2022')).toHaveLength(1);
  });
});

describe('a value a correction withdrew is no side of a figure that differs (docs/quality.md, "Session 73", rule KD)', () => {
  const BALLOT = [
    doc('herald.txt', '2025-10-09', 'Train drivers backed strikes on a turnout of 87 percent in the union ballot, the union said. The first strike is due on Wednesday.'),
    doc(
      'agency.txt',
      '2025-10-16',
      'Train drivers backed strikes on a turnout of 78 percent in the union ballot, the union said. Trains stood idle across the country on Wednesday.\n\nCorrection: An earlier version of this article said turnout in the union ballot was 87 percent. The correct figure is 78 percent.',
    ),
    doc('paper.txt', '2025-10-12', 'A mediator was named on Saturday in the train drivers dispute over the union ballot and the strikes.'),
  ];

  it('shows the turnout the correction gives, not the withdrawn one beside it', () => {
    const b = briefingOf(BALLOT, 'union ballot turnout', NOW, 'standard');
    const values = (b.figuresThatDiffer ?? []).flatMap((d) => d.values.map((v) => v.value));
    expect(values).not.toContain('87 percent');
  });
});

describe('a correction’s wrong date is no dated event (docs/quality.md, "Session 79", rule WV)', () => {
  const WALL = [
    doc(
      'post.txt',
      '2025-10-13',
      'The river wall at Vellby gave way on Sunday and flooded 300 homes. The wall was built for the water agency by a local firm.\n\nCorrection: An earlier version of this article said the Vellby river wall was completed in 2019. It was completed in October 2021.',
    ),
    doc('ledger.txt', '2025-10-14', 'Engineers inspected the Vellby river wall on Monday and said its foundations had failed.'),
  ];

  it('lists the right date of the river wall, not the one the correction withdraws', () => {
    const b = briefingOf(WALL, 'Vellby river wall', NOW, 'standard');
    expect(b.timeline.map((e) => e.date)).not.toContain('2019');
    expect(b.timeline.map((e) => e.text).join(' ')).not.toMatch(/earlier version/);
  });
});
