import { describe, expect, it } from 'vitest';
import { leansOnIntroduction, sentencesFrom } from '../../../eval/point-opening.js';
import type { Briefing, Point } from '../../../src/core/briefing.js';
import { buildDocument } from '../../../src/core/index/build-document.js';
import { namesIn } from '../../../src/core/index/introduced.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { partsOf, sectionUnitOf } from '../../../src/core/summary/passages.js';

/** Made-up wire copy: a governor named in full once, then by her surname; an evacuation told, then taken up as "The evacuation". */
const FLOOD = [
  'Floods swept through the Drava valley on Monday after three days of rain. Regional governor Maria Kovacs ordered an evacuation of the lower town. Rescue teams reached three villages cut off by the water. The evacuation was completed by nightfall, with 300 people moved to schools. Army trucks carried food to the shelters on Tuesday. Roads to the north stayed closed on Wednesday. Kovacs said on Wednesday that 1,200 people had left their homes.',
  'The Drava river rose two metres in a day, the weather service said on Monday. Farmers lost 4,000 hectares of wheat to the water. Insurers expect claims of 80 million euros from the valley.',
];

function doc(id: string, text: string) {
  const built = buildDocument({ id, text });
  if (!('document' in built)) throw new Error(built.error.message);
  return built.document;
}

describe('sectionUnitOf with the names the reader has met (key figures and timeline)', () => {
  const d = doc('flood', FLOOD[0]!);
  const of = () => d.sentences;
  const texts = (u: ReturnType<typeof sectionUnitOf>) => (u ? partsOf(u).map((s) => s.text) : null);
  const kovacs = d.sentences.find((s) => s.text.startsWith('Kovacs said'))!;
  const evacuation = d.sentences.find((s) => s.text.startsWith('The evacuation was'))!;

  it('does not show a bare surname whose full name only a sentence out of reach writes, unless the reader has met it', () => {
    expect(sectionUnitOf(kovacs, of, true, () => false)).toBeNull();
    expect(sectionUnitOf(kovacs, of, true, (name) => name === 'Kovacs')).toBe(kovacs);
  });

  it('shows a description with the sentence that introduces it, as the summary does', () => {
    expect(texts(sectionUnitOf(evacuation, of, true, () => false))).toEqual([
      'Regional governor Maria Kovacs ordered an evacuation of the lower town.',
      'Rescue teams reached three villages cut off by the water.',
      'The evacuation was completed by nightfall, with 300 people moved to schools.',
    ]);
  });

  it('leaves who said what and where sources differ as before (no names given)', () => {
    expect(sectionUnitOf(kovacs, of, true)).toBe(kovacs);
  });
});

describe('a briefing prints no key figure or timeline item that names someone it never introduces', () => {
  const docs = FLOOD.map((text, i) => ({ id: `${i}.txt`, text, meta: { published: '2026-03-06' } }));
  const library = createLibrary('flood', docs);
  const sentencesOf = sentencesFrom(docs);
  const asPoint = (x: { text: string; parts?: string[]; citation: Point['citations'][number] }): Point => ({ text: x.text, citations: [x.citation], ...(x.parts ? { parts: x.parts } : {}) });

  for (const query of ['Drava floods', 'How many people left their homes in the Drava valley?']) {
    it(`"${query}"`, () => {
      const r = library.brief(query, { length: 'long' });
      if (!r.ok) throw new Error('no briefing');
      const b: Briefing = r.briefing;
      const printed = [...b.summary, ...b.keyPoints, ...b.quotes.map(asPoint), ...b.figures.map(asPoint), ...b.timeline.map(asPoint)];
      const namesShown = new Set(printed.flatMap((p) => [...namesIn(p.text).full]));
      for (const item of [...b.figures, ...b.timeline].filter((x) => !x.shownAt && !x.after)) {
        const leans = leansOnIntroduction(asPoint(item), b.sources, sentencesOf);
        if (leans === 'name' && /Kovacs/.test(item.text)) expect(namesShown.has('Kovacs')).toBe(true);
        else expect(leans).toBe(false);
      }
      expect(b.figures.length + b.timeline.length).toBeGreaterThan(0);
    });
  }
});
