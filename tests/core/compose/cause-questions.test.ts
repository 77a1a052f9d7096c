import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../../src/core/topics/read-query.js';
import { leadOf, reportsOn } from '../made-up-reports.js';

const NOW = new Date('2026-10-25T12:00:00Z');
const doc = reportsOn(NOW);

// A market fire told over a week: a refusal to speculate, a first report that the cause is not established, the owner's plans
// next to a safety claim, and the investigators' finding.
const FIRE = [
  doc(
    'night.txt',
    '2026-10-09',
    'A fire swept through the old covered market in Velna overnight, injuring seven people. The fire chief declined to speculate on the cause. No one was in the public part of the market when the roof fell, the fire service said.',
  ),
  doc('owner.txt', '2026-10-12', 'The market owner said on Monday that it intended to rebuild the hall. The company again rejected claims that it had been warned about faulty wiring during a 2019 fire-safety inspection.'),
  doc('probe.txt', '2026-10-13', '"We have not established a cause. We are looking at the electrical installation," the senior fire investigator said.'),
  doc('findings.txt', '2026-10-15', 'The fire that tore through the Velna market most likely started in an overloaded fuse board and spread through a unit where paint thinner was kept, fire investigators said on Wednesday.'),
];

describe('"what caused the fire" asks for a cause (docs/quality.md, "Session 72", rules WQ and WQ′, amendments NC′ and PN″)', () => {
  it('reads the question as a why-question about the fire', () => {
    expect(readQuestion('what caused the fire')).toMatchObject({ kind: 'reason', asked: ['fire'] });
    expect(readQuestion('what led to the collapse of the talks')?.kind).toBe('reason');
    expect(readQuestion('what did the fire destroy')?.kind).not.toBe('reason');
  });

  it("leads with the investigators' finding, not a refusal to speculate, a first 'not established' or the owner's plans", () => {
    expect(leadOf(FIRE, 'what caused the fire', NOW)).toMatch(/^The fire that tore through the Velna market most likely started in an overloaded fuse board/);
  });
});

describe('a word the set writes only in a derived form (docs/quality.md, "Session 72", rule DV)', () => {
  it('answers "what is the deadline to apply" from "the deadline for applications", not "nothing matches"', () => {
    const docs = [
      doc('fund.txt', '2026-10-12', 'The Velna council set up an emergency fund for the market traders. The deadline for applications is November 30, the deputy mayor said.'),
      doc('fire.txt', '2026-10-09', 'A fire swept through the old covered market in Velna overnight, injuring seven people. Traders must show a licence, and the rules allow one stall each.'),
    ];
    expect(leadOf(docs, 'what is the deadline to apply', NOW)).toBe('The deadline for applications is November 30, the deputy mayor said.');
  });
});
