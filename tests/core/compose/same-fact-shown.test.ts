import { describe, expect, it } from 'vitest';
import type { ShownAt } from '../../../src/core/briefing.js';
import { eventShownAt, figureShownAt, type PrintedSentence } from '../../../src/core/compose/same-fact-shown.js';
import { shownOnce } from '../../../src/core/compose/shown-once.js';
import { sentence } from '../../eval/made-up-cluster.js';

/**
 * Rules F and E with amendment A of docs/quality.md, "Twenty-sixth round (issue 16refer)": a key figure or timeline entry
 * whose fact a line printed before it gives, in another source's sentence, refers back to that line. Made-up wire copy.
 */
const SUMMARY_1: ShownAt = { section: 'summary', n: 1 };
const printedAs = (text: string, shownAt: ShownAt = SUMMARY_1, docId = 'a'): PrintedSentence => ({ sentence: sentence(docId, 0, text), shownAt });
const figure = (value: string, counts: string, text: string) => ({ value, counts, sentence: sentence('b', 3, text) });

describe('a key figure another source already gave', () => {
  const toll = printedAs('The ferry Marta sank in a storm off Vesta on Saturday, killing 43 passengers, the coast guard said.');

  it('refers back to the line that gives its amount of the same thing, told of the same event', () => {
    const line = figureShownAt(figure('43', 'passengers killed', 'The Marta sank in a storm off Vesta, killing all 43 passengers, the ferry line said.'), [toll]);
    expect(line?.shownAt).toEqual(SUMMARY_1);
  });

  it('stays printed for another amount, another noun, or a count below ten', () => {
    expect(figureShownAt(figure('44', 'passengers killed', 'The Marta sank in a storm off Vesta, killing all 44 passengers, the ferry line said.'), [toll])).toBeUndefined();
    expect(figureShownAt(figure('43', 'crew', 'The Marta sank in a storm off Vesta with 43 crew aboard, the ferry line said.'), [toll])).toBeUndefined();
    const two = printedAs('The ferry Marta sank in a storm off Vesta on Saturday, killing two passengers, the coast guard said.');
    expect(figureShownAt(figure('two', 'passengers killed', 'The Marta sank in a storm off Vesta, killing two passengers, the ferry line said.'), [two])).toBeUndefined();
  });

  it('stays printed when its sentence states another figure the line lacks', () => {
    const more = figure('43', 'passengers killed', 'The Marta sank in a storm off Vesta, killing 43 passengers, and 120 others were rescued, the ferry line said.');
    expect(figureShownAt(more, [toll])).toBeUndefined();
  });

  it('stays printed when it denies what the line affirms (rule NR)', () => {
    const claim = printedAs('The ferry union said the Marta disaster had cost 1,200 jobs on the Vesta line since 2023.');
    const dispute = figure('1,200', 'jobs', "The ferry union's claim that the Marta disaster cost 1,200 jobs on the Vesta line does not survive scrutiny.");
    expect(figureShownAt(dispute, [claim])).toBeUndefined();
    const restated = figure('1,200', 'jobs', 'The ferry union says the Marta disaster cost 1,200 jobs on the Vesta line.');
    expect(figureShownAt(restated, [claim])?.shownAt).toEqual(SUMMARY_1);
  });

  it('stays printed when a printed line that denies it carries its amount (amendment NR′)', () => {
    const once = shownOnce(() => []);
    once.mark([sentence('a', 0, 'The mayor said the review would cover contracts worth 14 million dollars, not the 12 million dollars the firm won.')], 'summary', 1);
    const affirmed = sentence('b', 3, 'The prosecutor said the firm won contracts worth 12 million dollars from the mayor.');
    expect(once.findCarrying(affirmed, '12 million dollars contracts').shownAt).toBeUndefined();
    once.mark([sentence('c', 0, 'The mayor said the review would cover contracts worth 12 million dollars that the firm won.')], 'summary', 2);
    expect(once.findCarrying(affirmed, '12 million dollars contracts').shownAt).toEqual({ section: 'summary', n: 2 });
  });

  it('stays printed when the same count is told of another event', () => {
    const funeral = printedAs('The victims of the ferry were mourned at a funeral in Ostby on Friday by 1,000 people.');
    const rally = figure('1,000', 'people', 'About 1,000 people rallied at the town hall to demand safer ferries.');
    expect(figureShownAt(rally, [funeral])).toBeUndefined();
  });

  it('reads an amount of money by its currency', () => {
    const pledge = printedAs('The government has pledged 350 million dollars in aid for the relief effort, officials said.');
    expect(figureShownAt(figure('$350 million', 'in aid', 'The government pledged $350 million in aid for the relief effort.'), [pledge])?.shownAt).toEqual(SUMMARY_1);
    expect(figureShownAt(figure('350 million euros', 'in aid', 'The government pledged 350 million euros in aid for the relief effort.'), [pledge])).toBeUndefined();
  });
});

describe('a timeline entry whose event a printed line already tells', () => {
  const dateOf = (dates: Record<string, string | null>) => (s: { text: string }) => dates[s.text] ?? null;
  const sinking = 'The ferry Marta sank in a storm off Vesta on Saturday, killing 43 passengers, the coast guard said.';
  const entryText = 'The Marta sank in a storm off Vesta on Saturday night, killing all 43 passengers aboard.';
  const entry = (date: string) => ({ date, sentence: sentence('b', 2, entryText) });

  it('refers back when the line reads the same day and most of the same words', () => {
    expect(eventShownAt(entry('2026-05-02'), [printedAs(sinking)], dateOf({ [sinking]: '2026-05-02' }))).toEqual(SUMMARY_1);
    expect(eventShownAt(entry('2026-05-02'), [printedAs(sinking)], dateOf({ [sinking]: '2026-05-09' }))).toBeUndefined();
  });

  it('does not read a month or a year as one event', () => {
    expect(eventShownAt(entry('2026-05'), [printedAs(sinking)], dateOf({ [sinking]: '2026-05' }))).toBeUndefined();
  });

  it('refers back to an undated line that states its figure, its own label keeping the date', () => {
    const undated = 'The ferry Marta sank in a storm off Vesta, killing 43 passengers, the coast guard said.';
    expect(eventShownAt(entry('2026-05-02'), [printedAs(undated)], dateOf({}))).toEqual(SUMMARY_1);
    const otherDay = 'The ferry Marta sank in a storm off Vesta on Friday, killing 43 passengers, the coast guard said.';
    expect(eventShownAt(entry('2026-05-02'), [printedAs(otherDay)], dateOf({ [otherDay]: '2026-05-01' }))).toBeUndefined();
  });
});
