import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../../src/core/briefing.js';
import { buildDocument } from '../../../src/core/index/build-document.js';
import { sameQuotation } from '../../../src/core/index/similarity.js';
import { briefingOf as briefingAt, reportsOn } from '../made-up-reports.js';

/**
 * Made-up reports (docs/quality.md, "Session 59", rule QD): one official quoted twice, each time with the same attribution. The
 * two quotations share six of their stems and nothing inside their quotation marks.
 */
const NOW = new Date('2026-05-20T12:00:00Z');
const doc = reportsOn(NOW);
const FIRST = '"Our crews have worked through three winters of cuts and got nothing for it," said Mara Voss, the drivers\' union secretary.';
const LAST = '"This is a win for every family in the depots," said Mara Voss, the drivers\' union secretary.';
const DOCS = [
  doc('walkout.txt', '2026-05-11', `Bus drivers in Halden walked off the job on Monday after pay talks with the transit authority broke down. ${FIRST} The authority called the strike reckless.`),
  doc('talks.txt', '2026-05-14', 'Talks between the drivers and the transit authority resumed on Thursday, the fourth day of the bus strike. The authority raised its pay offer, its negotiators said.'),
  doc('deal.txt', '2026-05-18', `Bus drivers in Halden voted on Sunday to end their strike after the transit authority raised its pay offer again. ${LAST} Buses will run again on Monday.`),
];

const briefingOf = (query: string): Briefing => briefingAt(DOCS, query, NOW, 'standard');

/** Every sentence a briefing prints in full. */
function printed(b: Briefing): string[] {
  return [...[...b.summary, ...b.keyPoints].flatMap((p) => p.parts ?? [p.text]), ...b.quotes.filter((q) => !q.shownAt).flatMap((q) => q.parts ?? [q.text])];
}

describe('two quotations of one speaker are two points (rule QD)', () => {
  it('prints both of her quotations, and refers back only to the one printed', () => {
    const b = briefingOf('bus drivers strike Halden');
    const shown = printed(b);
    expect(shown).toContain(FIRST);
    expect(shown).toContain(LAST);
    for (const q of b.quotes.filter((q) => q.shownAt)) {
      const at = q.shownAt!;
      const target = at.section === 'keyPoints' ? b.keyPoints[at.n - 1] : undefined;
      if (target) expect(target.parts ?? [target.text]).toContain(q.text);
    }
  });

  it('reads wire copies of one quotation, and a quotation opened in the sentence before, as before', () => {
    const built = buildDocument({
      id: 'x.txt',
      text: `${FIRST} "Our crews have worked through three winters of cuts and got nothing for it," Mara Voss, the drivers' union secretary, said. "This is a win for every family in the depots," said Mara Voss. It is over," said Mara Voss, the drivers' union secretary.`,
    });
    if (!('document' in built)) throw new Error('not built');
    const [a, b, c, d] = built.document.sentences;
    expect(sameQuotation(a!, b!)).toBe(true);
    expect(sameQuotation(a!, c!)).toBe(false);
    expect(sameQuotation(a!, d!)).toBe(true);
  });
});
