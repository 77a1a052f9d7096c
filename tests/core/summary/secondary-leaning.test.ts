import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../../src/core/briefing.js';
import { buildDocument } from '../../../src/core/index/build-document.js';
import { leansOnBefore, leansOnPrevious } from '../../../src/core/index/stands-alone.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { partsOf, sectionUnitOf } from '../../../src/core/summary/passages.js';
import { opensOnHeading } from '../../../src/core/summary/summary-facts.js';

/**
 * Made-up wire copy (24th round, 16alone2): a sentence a secondary item would print opens on "All have…", a quoted "But", a
 * participle with a pronoun object, or a subheading the source glued on. Shown alone, a reader is stuck on each.
 */
const TRIAL = [
  'Three dissidents went on trial in Hangzhou on Monday, charged with subverting the state. Li Wen, Zhao Min and Sun Hao founded an opposition party in June. All have spent time in prison, Li for 12 years, much of it in solitary confinement. "We knew the risks," said Chen Bo, a lawyer for the three. "But we did not expect a trial within a month." Police took 40 supporters away from the court on Monday. THE PARTY AND ITS FOUNDERS On a rainy night in June, 200 activists met in Hangzhou to found the party.',
  'Sun Hao was detained on Sept. 20 outside his home in Hangzhou, his wife said. Holding him for six hours, police questioned him about the party. A verdict is expected within 10 days, court officials said on Tuesday.',
];

function doc(id: string, text: string) {
  const built = buildDocument({ id, text });
  if (!('document' in built)) throw new Error(built.error.message);
  return built.document;
}

describe('a secondary item whose sentence leans by these openings is shown with its sentence, or not at all', () => {
  const d = doc('trial', TRIAL[0]!);
  const of = () => d.sentences;
  const texts = (u: ReturnType<typeof sectionUnitOf>) => (u ? partsOf(u).map((s) => s.text) : null);
  const find = (start: string) => d.sentences.find((s) => s.text.startsWith(start))!;

  it('shows "All have spent time in prison…" after the sentence that names them', () => {
    expect(texts(sectionUnitOf(find('All have'), of, true))).toEqual(['Li Wen, Zhao Min and Sun Hao founded an opposition party in June.', 'All have spent time in prison, Li for 12 years, much of it in solitary confinement.']);
  });

  it('shows a quotation opening on "But" after what the speaker said before', () => {
    expect(texts(sectionUnitOf(find('"But we'), of, true))).toEqual(['"We knew the risks," said Chen Bo, a lawyer for the three.', '"But we did not expect a trial within a month."']);
  });

  it('shows no item whose sentence opens on a glued subheading', () => {
    const glued = find('THE PARTY');
    expect(opensOnHeading(glued.text)).toBe(true);
    expect(sectionUnitOf(glued, of, true)).toBeNull();
  });
});

describe('a briefing prints no secondary item alone that opens on these kinds', () => {
  const docs = TRIAL.map((text, i) => ({ id: `${i}.txt`, text, meta: { published: '2026-10-05' } }));
  const library = createLibrary('trial', docs);
  const sentences = docs.map((d) => doc(d.id, d.text).sentences);
  const before = (text: string) => {
    for (const s of sentences) {
      const k = s.findIndex((x) => x.text === text);
      if (k >= 0) return s[k - 1];
    }
    return undefined;
  };

  for (const query of ['Hangzhou dissidents trial', 'How long have the dissidents spent in prison?']) {
    it(`"${query}"`, () => {
      const r = library.brief(query, { length: 'long' });
      if (!r.ok) throw new Error('no briefing');
      const b: Briefing = r.briefing;
      const items = [...b.quotes, ...b.figures, ...b.timeline].filter((x) => !x.shownAt && !x.after);
      for (const item of items) {
        const opening = item.parts?.[0] ?? item.text;
        expect(opensOnHeading(opening), opening).toBe(false);
        expect(leansOnPrevious(opening) || leansOnBefore(opening, before(opening)), opening).toBe(false);
      }
      expect(items.length).toBeGreaterThan(0);
    });
  }
});
