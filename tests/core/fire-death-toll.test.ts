import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/core/facts/figures.js';
import { findDifferingFigures } from '../../src/core/facts/figures-differ.js';
import { createLibrary } from '../../src/core/library/open-folder.js';
import { sentence } from '../eval/made-up-cluster.js';

/** A made-up fire story told by three wire updates whose death toll moves: 60, then 65, then 67. */
const updates = [
  {
    id: 'wire-1.md',
    published: '2024-05-03',
    text: [
      'Dance hall fire in Harbour Town.',
      'A fire at the Harbour Street dance hall killed 60 people and injured 162 others, police said.',
      'The fire broke out shortly before midnight on the second floor of the dance hall.',
      'Firefighters reached the dance hall within minutes but could not enter the upper floor.',
    ],
  },
  {
    id: 'wire-2.md',
    published: '2024-05-03',
    text: [
      'Dance hall fire in Harbour Town.',
      'A fire at the Harbour Street dance hall killed 65 people and injured 162 others, police said.',
      'The fire broke out shortly before midnight on the second floor of the dance hall.',
      'Relatives gathered outside the dance hall through the night waiting for news.',
    ],
  },
  {
    id: 'wire-3.md',
    published: '2024-05-04',
    text: [
      'Dance hall fire in Harbour Town.',
      'Police revised the count on Saturday, saying the fire at the Harbour Street dance hall killed 67 people and injured 162 others.',
      'Investigators searched the dance hall for the cause of the fire on Saturday.',
    ],
  },
];

describe('a death toll that moves across wire updates', () => {
  it('is one entry of figures that differ, latest first, the revision marked', () => {
    const sentences = updates.map((u) => sentence(u.id, 1, u.text[1]!)).map((s, i) => ({ ...s, position: i }));
    const published = new Map(updates.map((u) => [u.id, u.published]));
    const order = new Map(updates.map((u, i) => [u.id, i]));
    const found = findDifferingFigures(
      findFigures(sentences),
      (id) => published.get(id),
      (id) => order.get(id)!,
      3,
    );
    const toll = found.find((d) => d.counts.includes('killed'));
    // Same day: the later document in the set's order comes first.
    expect(toll?.values.map((v) => [v.value, v.published, v.revised])).toEqual([
      ['67', '2024-05-04', true],
      ['65', '2024-05-03', false],
      ['60', '2024-05-03', false],
    ]);
    // All three agree on 162 injured: no entry for it.
    expect(found.some((d) => d.values.some((v) => v.value === '162'))).toBe(false);
  });

  it('is never merged into one point that cites a document stating another value', () => {
    const library = createLibrary(
      'fire',
      updates.map((u) => ({ id: u.id, text: u.text.join('\n\n'), meta: { published: u.published } })),
    );
    const r = library.brief('dance hall fire');
    if (!r.ok) throw new Error('no briefing');
    const b = r.briefing;
    const textOf = new Map(updates.map((u) => [u.id, u.text.join(' ')]));
    for (const point of [...b.summary, ...b.keyPoints]) {
      const numbers = point.text.match(/\d+/g) ?? [];
      for (const c of point.citations) {
        const doc = textOf.get(b.sources.find((s) => s.n === c.source)!.docId)!;
        for (const n of numbers) expect(doc, `${point.text} cites a source without ${n}`).toContain(n);
      }
    }
    // The same sentence with the same numbers (the fire broke out…) still cites both wire copies.
    expect([...b.summary, ...b.keyPoints].some((p) => p.citations.length > 1)).toBe(true);
    expect(b.figuresThatDiffer?.[0]?.values.map((v) => v.value)).toEqual(['67', '65', '60']);
  });
});
