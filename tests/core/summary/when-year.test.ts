import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** Made-up wire copy of 1998: the asked appointment was in an earlier year, the story's news is this week's. */
const ARTICLES = [
  {
    id: 'a.txt',
    published: '1998-10-16',
    text: 'Parliament elected army commander Jean Moreau president on Thursday. Moreau takes office next month. Lawmakers cheered as the vote was read out.',
  },
  {
    id: 'b.txt',
    published: '1998-10-16',
    text: 'Moreau became army commander in 1989 and rebuilt the force after the civil war. He is popular with voters. Diplomats said the vote was expected.',
  },
  { id: 'c.txt', published: '1998-10-17', text: 'The new president met the prime minister on Friday. They spoke for an hour. Moreau said the army would stay out of politics.' },
  {
    id: 'd.txt',
    published: '1998-10-18',
    text: 'Moreau, who had heart surgery in 1989, had groomed Dubois as his successor. Dubois was suddenly sacked by Moreau on Sept. 2 after the two differed on policy.',
  },
];
const library = createLibrary(
  'moreau',
  ARTICLES.map(({ id, text, published }) => ({ id, text, meta: { published } })),
);

describe('a when-question answered by an earlier year (16read, R3)', () => {
  it('leads with the year the asked event happened, though it is before the story', () => {
    const r = library.brief('when did Moreau become commander of the army', { length: 'short' });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.briefing.summary[0]!.text).toContain('became army commander in 1989');
  });

  it('holds a year beside an asked name, not the asked event, as background (R3′)', () => {
    const r = library.brief('when did Moreau sack Dubois', { length: 'short' });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.briefing.summary[0]!.text).toContain('sacked by Moreau on Sept. 2');
  });

  it('still holds an earlier year far from the asked words as background', () => {
    const r = library.brief('when was Moreau elected president', { length: 'short' });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.briefing.summary[0]!.text).toContain('on Thursday');
  });
});
