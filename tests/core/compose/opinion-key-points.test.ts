import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/adapters/console/render.js';
import type { Briefing, Length } from '../../../src/core/briefing.js';
import { opinionPoints } from '../../../src/core/compose/opinion-share.js';
import type { Sentence } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { sentence } from '../../eval/made-up-cluster.js';

/**
 * Made-up copy: a columnist's piece arguing about a desalination plant, and wire copies reporting it.
 * docs/quality.md, "Fourteenth round (issue 16op)": reported key points come first, an opinion piece
 * holds at most its share of the topic's sources, and what it shows stays attributed.
 */
const OP_ED = [
  'The water board of Harlow made a costly mistake on Monday when it approved a desalination plant on the coast.',
  'The desalination plant will cost 310 million dollars, money the board should spend on fixing leaking pipes that lose a fifth of the region’s water.',
  'Unfortunately, the desalination plant has become a symbol of pride for the board rather than a tool for thirsty towns.',
  'The desalination plant would need as much power as a town of 40,000 people, a cost the board has never explained to residents.',
  'Brine from the desalination plant would be poured into the bay where the oyster beds lie, and fishing on the bay would suffer.',
  'The court hearing on the desalination plant in March is the last chance to stop it.',
  'A smaller desalination plant, built after the pipes are fixed, would serve the region better than this monument.',
  'The board’s own engineers warned in 2021 that a desalination plant of this size would run at half capacity in wet years.',
].join(' ');
/** Another columnist's reply: a set of two opinion pieces only. */
const ANSWER = [
  'Harlow needs its desalination plant, and the critics who fight it have no plan for the next dry summer.',
  'Three droughts in ten years have emptied the reservoirs that the desalination plant would back up.',
  'The desalination plant can run on the wind farm the county already owns, so its power bill is no argument.',
  'Brine from a desalination plant can be spread far from the oyster beds through a long outfall pipe.',
  'Every coastal city that built a desalination plant in the last decade has kept its taps running.',
].join(' ');
const WIRE = [
  'The water board of Harlow approved a desalination plant on the coast on Monday, officials said. The board voted seven to two after a three-hour debate. The desalination plant was opposed by two members, who said the board had not studied cheaper options.',
  'The desalination plant will cost 310 million dollars and open in 2029, the board’s chairwoman, Ruth Okafor, told reporters. The state will lend part of the money, the treasury said. Construction of the desalination plant is to begin next spring.',
  'Residents near the bay filed a complaint against the desalination plant on Tuesday, saying the brine would harm fishing. A court hearing is set for March. The oyster growers’ association said the desalination plant threatened 200 jobs on the bay.',
  'The engineering firm Keller Marine will build the desalination plant, the board said on Wednesday. The desalination plant would supply a third of the region’s drinking water by 2030, according to the board. The desalination plant will employ 80 people once it opens, Keller Marine said.',
];

function brief(articles: { text: string; opinion?: boolean }[], query: string, length: Length): Briefing {
  const library = createLibrary(
    'made-up',
    articles.map(({ text, opinion }, i) => ({ id: `${i}.txt`, text, ...(opinion ? { meta: { opinion, author: 'Dana Whitlock' } } : {}) })),
  );
  const r = library.brief(query, { length, now: new Date('2026-11-29T00:00:00Z') });
  if (!r.ok) throw new Error(`no briefing for ${query}`);
  return r.briefing;
}

describe('key points of an op-ed and wire copies on the same story', () => {
  const articles = [{ text: OP_ED, opinion: true }, ...WIRE.map((text) => ({ text }))];

  for (const length of ['short', 'standard'] as const) {
    it(`show the reported facts first and the op-ed at most its share of the sources (${length})`, () => {
      const { keyPoints } = brief(articles, 'desalination plant', length);
      const opinion = keyPoints.filter((p) => p.attribution);
      // One op-ed among five sources: at most a fifth of the section, rounded up.
      const share = Math.ceil((length === 'short' ? 3 : 6) / 5);
      expect(keyPoints.length).toBeGreaterThan(opinion.length);
      expect(opinion.length).toBeLessThanOrEqual(share);
      // Reported points lead; the op-ed's come after them, each saying whose view it is.
      const firstOpinion = keyPoints.findIndex((p) => p.attribution);
      if (firstOpinion >= 0) expect(keyPoints.slice(firstOpinion).every((p) => p.attribution?.includes('Dana Whitlock'))).toBe(true);
    });
  }

  it('still show key points when every source is an opinion piece', () => {
    const { keyPoints } = brief(
      [
        { text: OP_ED, opinion: true },
        { text: ANSWER, opinion: true },
      ],
      'desalination plant',
      'standard',
    );
    expect(keyPoints.length).toBeGreaterThan(0);
    expect(keyPoints.every((p) => p.attribution)).toBe(true);
  });
});

describe('opinion attributed in every section, copies counted once (docs/quality.md, fifteenth round, issue 16fix)', () => {
  const articles = [{ text: OP_ED, opinion: true }, ...WIRE.map((text) => ({ text }))];
  const opEdSentences = new Set(OP_ED.split(/(?<=\.) /));

  it('says whose view a key figure or a timeline entry from the op-ed is, and prints it', () => {
    // A free query: "desalination plant" is the story's own name, which briefs the whole story (rule WS, session 53).
    const b = brief(articles, 'the desalination plant', 'standard');
    const fromOpEd = [...b.figures, ...b.timeline].filter((x) => !x.shownAt && opEdSentences.has(x.text));
    expect(fromOpEd.length).toBeGreaterThan(0);
    for (const x of fromOpEd) expect(x.attribution, x.text).toBe('writes Dana Whitlock, in an opinion piece');
    // A reported item says nothing of the kind.
    expect([...b.figures, ...b.timeline].filter((x) => !opEdSentences.has(x.text)).every((x) => !x.attribution)).toBe(true);
    const rendered = renderText({ kind: 'briefing', briefing: b });
    expect(rendered).toContain(`${fromOpEd[0]!.text} (writes Dana Whitlock, in an opinion piece)`);
  });

  it('says whose view a digest point from the op-ed is', () => {
    const library = createLibrary('made-up', [{ id: 'op.txt', text: OP_ED, meta: { opinion: true, author: 'Dana Whitlock' } }]);
    const digest = library.digest({ since: null, now: new Date('2026-11-29T00:00:00Z') });
    const points = digest.topics.flatMap((t) => t.points);
    expect(points.length).toBeGreaterThan(0);
    expect(points.every((p) => p.attribution === 'writes Dana Whitlock, in an opinion piece')).toBe(true);
  });

  it('counts two copies of one column as one source in the opinion share', () => {
    // A column and its reprint (one sentence the same, one a near copy), and two wire stories: one opinion source of three.
    const column = [sentence('col', 0, 'The plant is a costly mistake.'), sentence('col', 1, 'The board should fix the pipes first.')];
    const reprint = [sentence('rep', 0, 'The plant is a costly mistake.'), sentence('rep', 1, 'The board should fix the leaking pipes first.')];
    const wire = [sentence('w1', 0, 'The board approved the plant on Monday.'), sentence('w2', 0, 'The plant will cost 310 million dollars.')];
    const units: Sentence[] = [column[0]!, wire[0]!, reprint[1]!, wire[1]!, column[1]!, reprint[0]!];
    const near = (s: Sentence) => (s === reprint[1] ? [column[1]!] : s === column[1] ? [reprint[1]!] : []);
    const isOpinion = (s: Sentence) => s.docId === 'col' || s.docId === 'rep';
    // Counted as four documents, two of them opinion, the share would be 3 of 6.
    expect(opinionPoints(units, isOpinion, 6, near)).toBe(2);
  });
});
