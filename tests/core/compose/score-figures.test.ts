import { describe, expect, it } from 'vitest';
import { figureLabel } from '../../../src/core/compose/figure-label.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** Made-up match reports (docs/quality.md, "Session 51", rule SP): a score's two sides are one key figure. */
const DOCS = [
  'Rovendale led 2-0 at half-time in the cup final through two goals from striker Mateo Ruiz.\n\nCity scored three times after the break to win the cup final in front of 61,000 fans.',
  'The cup final drew 61,000 fans to the national stadium on Saturday.\n\nRovendale led 2-0 at half-time in the cup final before City came back to win.',
].map((text, i) => ({ id: `${i + 1}.txt`, text }));

describe("a topic's key figures", () => {
  it('print a score once, not once for each side', () => {
    const result = createLibrary('made-up', DOCS, { topics: [{ slug: 'cup-final', title: 'Cup final', aliases: [], terms: ['cup final'] }] }).brief('cup-final', { length: 'standard' });
    if (!result.ok) throw new Error('no briefing');
    const labels = result.briefing.figures.map((f) => figureLabel(f));
    expect(labels).toContain('Rovendale led 2-0');
    expect(new Set(labels).size).toBe(labels.length);
  });
});
