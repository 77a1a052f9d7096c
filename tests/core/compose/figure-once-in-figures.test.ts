import { describe, expect, it } from 'vitest';
import { labelNamesFigure } from '../../../src/core/facts/same-figure.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** Made-up wire copy in the style of 1998 newswire: a deadlocked parliament, two agencies, sentences with two numbers. */
const STORY = [
  [
    "Talks to form a government in Tarvia failed again on Friday, leaving the country without a cabinet after July's election.",
    'The ruling party won 64 of the 122 seats in parliament in the election, but not the two-thirds majority needed to form a government on its own.',
    'At least four demonstrators were killed by police in September, and the discovery of more than 20 bodies has raised fears the toll is higher.',
    'The opposition said its 14 lawmakers would stay abroad until their safety in Tarvia was guaranteed.',
  ],
  [
    'The king of Tarvia called the party leaders to new talks on forming a government on Monday.',
    'The opposition holds 58 seats and has refused to join a government led by the ruling party.',
    'Some 3,000 people marched in the capital of Tarvia on Sunday to demand new talks on a government.',
    'The talks on a government are the third round since the election, held over 11 days.',
  ],
];

const library = () =>
  createLibrary(
    't',
    STORY.map((sentences, i) => ({ id: `${i}.txt`, text: sentences.join('\n\n'), meta: { published: `1998-10-1${i + 6}` } })),
  );

describe('key figures', () => {
  it('lists a sentence once among the key figures: its second number takes no slot of its own', () => {
    const r = library().brief('Tarvia', { length: 'standard' });
    if (!r.ok) throw new Error('no briefing');
    const figures = r.briefing.figures;
    // No key figure is only a reference back to another key figure ("122 seats — (see figure 1)").
    expect(figures.filter((f) => f.shownAt?.section === 'figures').map((f) => `${f.value} ${f.counts}`)).toEqual([]);
    // The sentence with two numbers is a key figure once, and the slot goes to another sentence's figure.
    expect(figures.filter((f) => f.text.includes('64 of the 122 seats'))).toHaveLength(1);
    expect(figures.some((f) => f.text.includes('four demonstrators'))).toBe(true);
  });

  it('lists a sentence the summary prints once among the key figures too', () => {
    const r = library().brief('government', { length: 'standard' });
    if (!r.ok) throw new Error('no briefing');
    const texts = r.briefing.figures.map((f) => f.text);
    // "64 of the 122 seats won — (see summary)" then "122 seats — (see summary)" would list one sentence twice.
    expect(texts.filter((t) => t.includes('64 of the 122 seats'))).toHaveLength(1);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('reads a label as naming a figure by its number and the first word of what it counts', () => {
    expect(labelNamesFigure('64 of the 122 seats won', { value: '122', counts: 'seats' })).toBe(true);
    expect(labelNamesFigure('five of the 10 special police units had been removed', { value: '10', counts: 'special police units' })).toBe(true);
    // One number counting two things in one sentence: "killing two people and injuring two others".
    expect(labelNamesFigure('two people killed', { value: 'two', counts: 'others injured' })).toBe(false);
    expect(labelNamesFigure('64 of the 122 seats won', { value: '12', counts: 'seats' })).toBe(false);
  });
});
