import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../src/core/library/open-folder.js';

/**
 * A topic named by a few words of one story (the levee of a flood) reaches only the sentences
 * that use them; its briefing still shows the quotes, figures and dates of the documents that
 * story is told in, and not those of a document that mentions the topic once in passing.
 */
const flood = [
  'Floodwater broke through the river levee at Marlow early on Tuesday, officials said.',
  'The flood killed 14 people and forced 3,200 residents from their homes.',
  'Rescue crews pulled 41 people from rooftops by nightfall.',
  '"We have never seen the water rise this fast," said Mayor Ellen Darby, who toured the shelters.',
  'Engineers said the levee had been weakened by weeks of rain.',
].join('\n\n');
const flood2 = [
  'Engineers began repairing the breached levee near Marlow on Wednesday.',
  'About 600 soldiers were sent to fill sandbags along 12 kilometers of riverbank.',
  '"The levee will hold if the rain stops," said General Ian Marsh, who leads the troops.',
  'Insurers estimated the damage at $80 million.',
].join('\n\n');
const election = [
  'The city council election drew 52,000 voters on Sunday.',
  'Candidate Rosa Kell won 61 percent of the vote.',
  'One speaker at the count mentioned the levee in passing.',
  '"This is a victory for every street in the city," said Rosa Kell.',
].join('\n\n');

function levee() {
  const library = createLibrary('t', [
    { id: 'flood.md', text: flood, meta: { published: '2021-03-02' } },
    { id: 'flood2.md', text: flood2, meta: { published: '2021-03-03' } },
    { id: 'election.md', text: election, meta: { published: '2021-03-07' } },
  ]);
  const r = library.brief('levee');
  if (!r.ok) throw new Error('no briefing');
  return r.briefing;
}

describe('facts of a narrow topic', () => {
  it('come from the rest of the documents the topic is told in', () => {
    const b = levee();
    const figures = b.figures.map((f) => f.value);
    expect(figures).toEqual(expect.arrayContaining(['14', '600']));
    expect(b.quotes.map((q) => q.speaker)).toEqual(expect.arrayContaining(['Ellen Darby', 'Ian Marsh']));
  });

  it('do not come from a document that mentions the topic once', () => {
    const b = levee();
    const cited = new Set([...b.figures, ...b.quotes, ...b.timeline].map((item) => b.sources.find((s) => s.n === item.citation.source)?.docId));
    expect(cited.has('election.md')).toBe(false);
    expect(b.figures.map((f) => f.value)).not.toContain('52,000');
  });
});
