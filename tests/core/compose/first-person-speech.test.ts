import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../../src/core/briefing.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/**
 * Made-up wire copy on a ferry fire. docs/quality.md, "Sixteenth round (issue 16fix2)", rule 1: a key point or key figure
 * that prints someone's first-person words ("We pulled…", "Our crews…") says whose they are, or is not shown there.
 */
const OTHERS = [
  'The ferry fire near Tarvik left 12 passengers dead and 30 injured, officials said on Tuesday.\n\nInvestigators said the ferry fire began in the engine room shortly after midnight.\n\nThe ferry carried 190 passengers and crew when the fire broke out, the operator said.',
  'Families gathered at the port of Tarvik on Tuesday for news of the ferry fire.\n\nThe ferry fire is the worst on the coast in a decade, the port authority said.\n\n"I have never seen a ferry fire like this one. We will find out why it spread so fast," the port\'s director said on Tuesday.',
];
const RESCUE = (introduction: string) =>
  `A ferry fire off the port of Tarvik killed 12 passengers on Monday, the coast guard said.\n\n${introduction}\n\n"We pulled 140 passengers from the water before dawn. Our crews saw the ferry fire spread to the car deck within minutes," she told reporters in Tarvik.\n\nThe ferry fire started in the engine room, investigators said on Tuesday.`;
const WE_PULLED = '"We pulled 140 passengers';

function brief(introduction: string): Briefing {
  const library = createLibrary(
    'made-up',
    [RESCUE(introduction), ...OTHERS].map((text, i) => ({ id: `${i + 1}.txt`, text })),
  );
  const r = library.brief('ferry fire', { length: 'standard', now: new Date('2026-11-29T00:00:00Z') });
  if (!r.ok) throw new Error('no briefing');
  return r.briefing;
}

describe('first-person speech in key points and key figures', () => {
  it('names the speaker the article gives for "she", as who said what does', () => {
    const b = brief('The rescue of the burning ferry went on through the night, the coast guard commander, Lena Holt, said.');
    const point = b.keyPoints.find((p) => p.text.startsWith(WE_PULLED));
    expect(point?.attribution).toBe('quoting Lena Holt');
    // Rule LR (docs/quality.md, "Session 61"): introduced as the subject after a role in lower case, she is named too.
    expect(brief('Coast guard commander Lena Holt led the rescue of the burning ferry through the night.').keyPoints.find((p) => p.text.startsWith(WE_PULLED))?.attribution).toBe('quoting Lena Holt');
    // A speaker the text itself writes ("the port's director said") needs no saying.
    expect(b.keyPoints.find((p) => p.text.includes('I have never seen'))?.attribution).toBeUndefined();
  });

  it('says whose first-person words a digest point prints, as the briefing does', () => {
    const text = [
      'Coast guard commander Lena Holt described the ferry fire rescue off Tarvik to reporters on Tuesday.',
      '"We pulled 140 passengers from the ferry fire before dawn.',
      'Our crews saw the ferry fire spread to the car deck within minutes.',
      'We searched the ferry fire wreck until noon and found 12 passengers dead," she said.',
      'The ferry fire was the worst seen on this coast in years, the port authority said.',
      'The ferry fire began in the engine room, investigators said.',
    ].join(' ');
    const library = createLibrary('made-up', [{ id: 'holt.txt', text }]);
    const points = library.digest({ since: null, now: new Date('2026-11-29T00:00:00Z') }).topics.flatMap((t) => t.points);
    const spoken = points.filter((p) => /\b(?:We|we|Our)\b/.test(p.text));
    expect(spoken.length).toBeGreaterThan(0);
    expect(spoken.every((p) => p.attribution === 'quoting Lena Holt')).toBe(true);
    // Rules DP2 and DP3 (docs/quality.md, session 51): the quotation is shown whole, from its opening words to "she said".
    expect(spoken.every((p) => p.parts?.[0]?.startsWith('"We pulled') && p.parts.at(-1)?.endsWith('she said.'))).toBe(true);
  });

  it('leaves out of key points and key figures the words of a speaker no name is found for', () => {
    const b = brief('The rescue of the burning ferry went on through the night.');
    const printed = [...b.keyPoints.map((p) => p.text), ...b.figures.filter((f) => !f.shownAt).map((f) => f.text)];
    expect(printed.some((t) => t.includes(WE_PULLED))).toBe(false);
    expect(b.keyPoints.length).toBeGreaterThan(0);
  });

  it('leaves out of the timeline the dated words of a speaker no name is found for', () => {
    const timeline = (introduction: string) => {
      const rescue = `A ferry fire off the port of Tarvik killed 12 passengers on Monday, the coast guard said.\n\n${introduction}\n\n"We pulled 140 passengers from the ferry fire on Nov. 23, before dawn," she told reporters in Tarvik.\n\nThe ferry fire started in the engine room, investigators said on Tuesday.`;
      const library = createLibrary(
        'made-up',
        [rescue, ...OTHERS].map((text, i) => ({ id: `${i + 1}.txt`, text, meta: { published: '2026-11-24' } })),
      );
      const r = library.brief('ferry fire', { length: 'standard', now: new Date('2026-11-29T00:00:00Z') });
      if (!r.ok) throw new Error('no briefing');
      return r.briefing.timeline.map((e) => e.text);
    };
    // With the speaker named in the sentence before, the entry is shown with it.
    expect(timeline('The rescue of the burning ferry went on through the night, the coast guard commander, Lena Holt, said.').some((t) => t.includes(WE_PULLED))).toBe(true);
    // With no name found for "she", the words are nobody's on that day.
    expect(timeline('The rescue of the burning ferry went on through the night.').some((t) => t.includes(WE_PULLED))).toBe(false);
  });
});

/**
 * docs/quality.md, "Seventeenth round (issue 16first)": a pull quote printed without quotation marks ("We pulled 140
 * passengers …" as a paragraph of its own, its speaker named only in the paragraph before) is still first-person speech
 * whose speaker the text does not give; an opinion piece's writer speaking in the first person is not.
 */
describe('first-person words outside quotation marks', () => {
  const PULL_QUOTE = 'We pulled 140 passengers from the water before dawn. Our crews saw the ferry fire spread to the car deck within minutes.';
  const REPORT = `A ferry fire off the port of Tarvik killed 12 passengers on Monday, the coast guard said.\n\nCoast guard commander Lena Holt spoke to reporters in Tarvik on Tuesday about the ferry fire.\n\n${PULL_QUOTE}\n\nThe ferry fire started in the engine room, investigators said on Tuesday.`;
  const briefOf = (texts: readonly string[], meta?: { opinion: boolean }) => {
    const library = createLibrary(
      'made-up',
      texts.map((text, i) => ({ id: `${i + 1}.txt`, text, ...(i === 0 && meta ? { meta } : {}) })),
    );
    const r = library.brief('ferry fire', { length: 'standard', now: new Date('2026-11-29T00:00:00Z') });
    if (!r.ok) throw new Error('no briefing');
    return r.briefing;
  };
  const printed = (b: Briefing) => [...b.keyPoints.map((p) => p.text), ...b.figures.filter((f) => !f.shownAt).map((f) => f.text)];

  it('leaves an unmarked pull quote out of key points and key figures', () => {
    const b = briefOf([REPORT, ...OTHERS]);
    expect(printed(b).some((t) => t.includes('We pulled 140 passengers'))).toBe(false);
    expect(b.keyPoints.length).toBeGreaterThan(0);
  });

  it("keeps an opinion piece's own first person, attributed to the piece", () => {
    const b = briefOf([REPORT, ...OTHERS], { opinion: true });
    const items = [...b.keyPoints, ...b.figures.filter((f) => !f.shownAt)].filter((i) => i.text.includes('We pulled 140 passengers'));
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.attribution === 'from an opinion piece')).toBe(true);
  });
});
