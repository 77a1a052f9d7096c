import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { readQuestion } from '../../../src/core/topics/read-query.js';

/**
 * Made-up wire copy: a question that writes an order or status word ("the very first prize") asks about one instance of
 * a thing the set tells many of (docs/quality.md, "Twentieth round (issue 16first)", M1).
 */
const library = createLibrary(
  'prize',
  [
    {
      id: 'a.txt',
      published: '2031-10-09',
      text: 'Poet Marta Lind of Ostia won the Freedonia Prize for poetry on Thursday. Marta Lind, 61, said she had not expected to win the Freedonia Prize. The academy praised her spare poems about the sea.',
    },
    {
      id: 'b.txt',
      published: '2031-10-10',
      text: 'A day after winning the Freedonia Prize for poetry, Marta Lind said the prize belonged to her readers. She will receive the prize at a ceremony in December. The prize for poetry has been awarded since 1950.',
    },
    {
      id: 'c.txt',
      published: '2031-10-08',
      text: 'The academy has often been criticised for its choices. The winner of the first Freedonia Prize, in 1950, was Anna Holm, a little-read poet today. The academy says its list speaks for itself.',
    },
  ].map(({ id, text, published }) => ({ id, text, meta: { published } })),
);
const lead = (query: string) => {
  const r = library.brief(query, { length: 'short' });
  expect(r.ok).toBe(true);
  return r.ok ? r.briefing.summary[0]!.text : '';
};

describe('a question about one instance of a thing the set tells many of', () => {
  it('leads with the instance the question writes ("the very first prize"), not the story\'s own prize', () => {
    expect(lead('who won the very first Freedonia Prize for poetry')).toContain('Anna Holm');
  });

  it("still leads with this year's winner when the question writes no order word", () => {
    expect(lead('who won the Freedonia Prize for poetry')).toContain('Marta Lind');
  });

  it('reads the modifier and what it qualifies, also "the first to" a verb', () => {
    expect(readQuestion('who won the very first Freedonia Prize for poetry')?.modifier).toMatchObject({ word: 'first', qualifies: ['freedonia', 'prize'] });
    expect(readQuestion('who was the first to carry the torch in Ostia')?.modifier).toMatchObject({ word: 'first', qualifies: ['carri'] });
  });

  it('reads no modifier that is part of a name or describes a person the question names', () => {
    expect(readQuestion('which judge presides over the former Ruritania')?.modifier).toBeUndefined();
    expect(readQuestion('who will head the new Senate in Ostia')?.modifier).toBeUndefined();
    expect(readQuestion("what did Rusk's former trade adviser John Marsh ask about Ostia")?.modifier).toBeUndefined();
  });
});

const airport = createLibrary(
  'airport',
  [
    {
      id: 'a.txt',
      published: '2031-11-25',
      text: 'A Norda Air flight from Cairo was the first to land at the new Ostia airport at 8:30 a.m. on Tuesday. Crowds cheered on the tarmac.',
    },
    {
      id: 'b.txt',
      published: '2031-11-24',
      text: 'Officials hinted the first international flight into Ostia may be reserved for a visiting president in December. The airport opened after years of delay.',
    },
  ].map(({ id, text, published }) => ({ id, text, meta: { published } })),
);

describe('an order told as "the first to" a verb', () => {
  it('states the order of the event itself: "the first to land" answers "the first flight"', () => {
    const r = airport.brief('which airline flew the first flight into Ostia', { length: 'short' });
    expect(r.ok && r.briefing.summary[0]!.text).toContain('Norda Air');
  });
});
