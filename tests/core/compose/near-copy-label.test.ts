import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/adapters/console/render.js';
import { carriedBy } from '../../../src/core/compose/figures-and-dates.js';
import { shownOnce } from '../../../src/core/compose/shown-once.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { sentence } from '../../eval/made-up-cluster.js';

/**
 * Rule C of docs/quality.md, "Twenty-third round (issue 16once2)": a near copy with other numbers refers back to the
 * sentence printed before it only when the reader loses no figure or date (its label prints what its sentence adds).
 */
const noNear = () => [];

describe('a near copy printed in another section', () => {
  it('refers back when its own label prints the date its sentence adds', () => {
    const once = shownOnce(noNear);
    once.mark([sentence('a', 0, 'An army court martial found Sgt. Tomas Varga guilty of abusing prisoners at the harbour jail.')], 'summary', 1);
    const entry = sentence('b', 4, 'In January 2005, an army court martial found Sgt. Tomas Varga guilty of abusing prisoners at the harbour jail.');
    expect(once.find(entry).shownAt).toBeUndefined();
    expect(once.findCarrying(entry, 'In January 2005').shownAt).toEqual({ section: 'summary', n: 1 });
    // Without the date in a label (a quote prints its speaker alone), the sentence is printed: January 2005 is not lost.
    expect(once.findCarrying(entry, '').shownAt).toBeUndefined();
  });

  it('refers back when it is a shorter copy holding no figure the printed one lacks', () => {
    const once = shownOnce(noNear);
    once.mark([sentence('a', 2, 'Berg had been expected to name a new harbour master last week after polling the 40-member council.')], 'figures', 1);
    const entry = sentence('b', 7, 'Berg had been expected to name a new harbour master last week.');
    expect(once.findCarrying(entry, 'last week').shownAt).toEqual({ section: 'figures', n: 1 });
  });

  it('keeps an updated toll printed: the injured count its label does not print would be lost', () => {
    const once = shownOnce(noNear);
    once.mark([sentence('a', 0, 'A fire turned a harbour dance hall into a deathtrap, killing 60 people and injuring 162 others.')], 'summary', 1);
    const update = sentence('b', 0, 'A fire turned a harbour dance hall into a deathtrap, killing 65 people and injuring 157 others.');
    expect(once.findCarrying(update, '65 people killed').shownAt).toBeUndefined();
  });

  it('never points a figure at a sentence that states another value for it', () => {
    expect(carriedBy('The fire killed 65 people in the harbour hall.', 'The fire killed 60 people in the harbour hall.', '65 people killed')).toBe(false);
    expect(carriedBy('The fire killed 65 people in the harbour hall on Friday.', 'The fire killed 65 people in the harbour hall.', 'on Friday')).toBe(true);
    // Number words and day names count as figures and dates too.
    expect(carriedBy('Nine guards were charged on Friday.', 'Guards were charged on Friday.', '')).toBe(false);
  });

  it('in a briefing, a timeline entry that adds only its date to a summary point refers back and keeps its date', () => {
    // Made-up wire copy: a second agency's sentence is the first's with "In January 2005," before it.
    const docs = [
      'An army court martial found Sgt. Tomas Varga guilty of abusing prisoners at the harbour jail in Ostby. The jury sentenced Varga to ten years in prison. Varga, 36, was described as the ringleader during his four-day trial.',
      'In January 2005, an army court martial found Sgt. Tomas Varga guilty of abusing prisoners at the harbour jail in Ostby. Two other guards at the harbour jail stand accused. Photographs of the abuse were taken inside the jail in November 2003.',
      'The harbour jail in Ostby will be closed within months, army officers said. Its prisoners will be moved to other jails. Sgt. Tomas Varga was convicted of abusing prisoners at the jail.',
    ];
    const library = createLibrary(
      'jail',
      docs.map((text, i) => ({ id: `${i}.txt`, text, meta: { published: `2005-0${i + 1}-15` } })),
    );
    const r = library.brief('harbour jail abuse');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const entry = r.briefing.timeline.find((e) => e.text.startsWith('In January 2005'));
    expect(entry?.shownAt?.section).toBe('summary');
    const rendered = renderText({ kind: 'briefing', briefing: r.briefing }).split('\nSources:')[0]!;
    expect(rendered).toContain('2005-01: (see summary sentence 1)');
    expect(rendered).not.toContain('In January 2005');
  });
});
