import { describe, expect, it } from 'vitest';
import { briefingOf, citedDocs, reportsOn } from '../made-up-reports.js';

/** Made-up reports (docs/quality.md, "Session 59", rule BF): a court's ruling, and an appeal decided three months later. */
const NOW = new Date('2026-11-20T12:00:00Z');
const doc = reportsOn(NOW);
const UPHELD = 'A federal appeals court on Wednesday upheld the ruling that blocked the Tessaro copper mine, leaving construction on hold until state regulators complete a study of the effect on the Pell River.';
const DOCS = [
  doc(
    'ruling.txt',
    '2026-08-04',
    'A federal judge on Monday blocked construction of the Tessaro copper mine, ruling that state regulators had approved its water permit without a study of the effect on the Pell River. The company said it would appeal.',
  ),
  doc('appeal.txt', '2026-11-12', `${UPHELD} The company said it was disappointed.`),
];

describe('a source never reports what happened after it was published (rule BF)', () => {
  it("cites the appeals court's ruling to the article that reports it, not to the one written three months before", () => {
    const b = briefingOf(DOCS, 'Tessaro copper mine ruling', NOW, 'standard');
    const cited = citedDocs(b, UPHELD);
    expect(cited).toBeDefined();
    expect(cited).not.toContain('ruling.txt');
  });
});
